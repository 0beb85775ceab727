import { join } from 'node:path'
import { version } from '../../../package.json'
import { describeStartupProblem } from '../backup/startup-problem-text'
import { cliText } from '../cli-text'
import { contentOverrideFolder } from '../content/load-content'
import { openAppCore } from '../core'
import { startBrowserHost } from './browser-host'
import { CliUsageError, parseHostArgs } from './cli-args'
import { openInBrowser } from './open-browser'

const say = cliText()

async function main(): Promise<void> {
  const options = parseHostArgs(process.argv.slice(2))
  // out/main/host.js → the repository's (or the unpacked app's) resources/.
  const resourcesDir = join(__dirname, '..', '..', 'resources')
  // The renderer dir also holds participant.html, served to joined devices.
  const core = openAppCore({
    dataDir: options.dataDir,
    host: 'browser',
    version,
    resourcesDir,
    contentOverrideDir: join(options.dataDir, contentOverrideFolder),
    rendererDir: join(__dirname, '..', 'renderer')
  })
  const host = await startBrowserHost({
    dispatch: core.dispatch,
    rendererDir: join(__dirname, '..', 'renderer'),
    port: options.port
  })
  console.log(say('cli.host.dataDir', { dataDir: options.dataDir }))
  console.log(say('cli.host.running', { url: host.url }))
  console.log(say('cli.host.openHint'))
  if (core.startupProblem) console.warn(`\n${describeStartupProblem(core.startupProblem)}`)
  for (const problem of core.contentProblems) {
    console.warn(`\n${problem.message}\n${say('cli.host.contentFallback')}`)
  }
  if (options.open) openInBrowser(host.url)

  const stop = (): void => {
    void host.close().then(() => {
      core.close()
      process.exit(0)
    })
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

main().catch((error: unknown) => {
  if (error instanceof CliUsageError) {
    console.error(error.message)
    process.exit(2)
  }
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'EADDRINUSE') {
    console.error(say('cli.host.portInUse'))
  } else {
    console.error(say('cli.host.failed', { reason: (error as Error).message }))
  }
  process.exit(1)
})
