import { parseArgs } from 'node:util'
import { cliText } from '../cli-text'
import { defaultDataDir } from './data-dir'

export interface HostCliOptions {
  port: number
  dataDir: string
  open: boolean
}

export class CliUsageError extends Error {}

export const hostUsage = (): string => cliText()('cli.host.usage', { dataDir: defaultDataDir() })

export function parseHostArgs(argv: readonly string[]): HostCliOptions {
  let values
  try {
    ;({ values } = parseArgs({
      args: [...argv],
      options: {
        port: { type: 'string' },
        'data-dir': { type: 'string' },
        'no-open': { type: 'boolean' }
      },
      strict: true,
      allowPositionals: false
    }))
  } catch (error) {
    throw new CliUsageError(`${(error as Error).message}\n${hostUsage()}`)
  }
  const port = values.port === undefined ? 5874 : Number(values.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new CliUsageError(
      `${cliText()('cli.host.badPort', { port: String(values.port) })}\n${hostUsage()}`
    )
  }
  return { port, dataDir: values['data-dir'] ?? defaultDataDir(), open: !values['no-open'] }
}
