import { parseArgs } from 'node:util'
import { defaultDataDir } from './data-dir'

export interface HostCliOptions {
  port: number
  dataDir: string
  open: boolean
}

export class CliUsageError extends Error {}

export const hostUsage = `Gebruik: npm run serve -- [--port <poort>] [--data-dir <map>] [--no-open]
  --port      poort op 127.0.0.1 (standaard 5874; 0 kiest een vrije poort)
  --data-dir  map voor de database (standaard ${defaultDataDir()})
  --no-open   geen browser openen`

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
    throw new CliUsageError(`${(error as Error).message}\n${hostUsage}`)
  }
  const port = values.port === undefined ? 5874 : Number(values.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new CliUsageError(`Ongeldige poort: ${values.port}\n${hostUsage}`)
  }
  return { port, dataDir: values['data-dir'] ?? defaultDataDir(), open: !values['no-open'] }
}
