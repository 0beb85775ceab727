import { spawn, type ChildProcess } from 'node:child_process'
import { join } from 'node:path'

export interface RunningHost {
  url: string
  origin: string
  process: ChildProcess
  stop(): Promise<void>
}

const hostScript = join(__dirname, '..', '..', '..', 'out', 'main', 'host.js')

/**
 * Starts the built browser host the way a user would, on a free port, and waits for its URL.
 * `script`: another build's host (a benchmark comparing two builds).
 */
export function startHost(dataDir: string, port = 0, script = hostScript): Promise<RunningHost> {
  const child = spawn(
    process.execPath,
    [script, '--port', String(port), '--data-dir', dataDir, '--no-open'],
    {
      stdio: ['ignore', 'pipe', 'pipe']
    }
  )
  return new Promise((resolve, reject) => {
    let output = ''
    const timer = setTimeout(() => reject(new Error(`host did not start:\n${output}`)), 15_000)
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      const match = /(http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+)/.exec(output)
      if (!match?.[1]) return
      clearTimeout(timer)
      const url = match[1]
      resolve({
        url,
        origin: new URL(url).origin,
        process: child,
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null || child.signalCode !== null) return done()
            child.once('exit', () => done())
            child.kill('SIGTERM')
          })
      })
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.once('exit', (code) => {
      clearTimeout(timer)
      // After a successful start this rejection is ignored: the promise has settled.
      reject(new Error(`host exited with ${code}:\n${output}`))
    })
  })
}
