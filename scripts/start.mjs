// Starts the desktop app where Electron's binary is available and the browser host where it is
// not (or where Electron dies at start). Extra arguments go to the browser host. The logic is in
// start-lib.mjs; this file only hands it the real processes, clock and console.
import { spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { clearInterval, setInterval } from 'node:timers'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { startApp } from './start-lib.mjs'

let current = null
let forwarded = null
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    forwarded = signal
    if (current && current.exitCode === null) current.kill(signal)
    else process.exit(128 + (signal === 'SIGINT' ? 2 : 15))
  })
}

const code = await startApp({
  root: join(dirname(fileURLToPath(import.meta.url)), '..'),
  args: process.argv.slice(2),
  env: process.env,
  execPath: process.execPath,
  spawn,
  exists: existsSync,
  readFile: (path) => readFileSync(path, 'utf8'),
  log: (text) => console.log(text),
  error: (text) => console.error(text),
  writeErr: (chunk) => process.stderr.write(chunk),
  now: () => Date.now(),
  setInterval,
  clearInterval,
  onChild: (child) => {
    current = child
  },
  forwardedSignal: () => forwarded
})
process.exit(code)
