// Starts the desktop app where Electron's binary is available and the browser host where it
// is not (e.g. machines that cannot download Electron). Extra arguments go to the browser host.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const forceBrowser = args.includes('--browser') || process.env.SAMENSPEL_BROWSER === '1'
const hostArgs = args.filter((arg) => arg !== '--browser')

/** Resolving 'electron' downloads the binary on first use; run it apart so its noise stays out. */
function findElectronBinary() {
  const result = spawnSync(
    process.execPath,
    ['-e', "process.stdout.write('\\n' + require('electron'))"],
    {
      cwd: root,
      encoding: 'utf8',
      timeout: 180_000
    }
  )
  const path = result.stdout?.trim().split('\n').pop()
  return result.status === 0 && path && existsSync(path) ? path : null
}

function run(command, commandArgs, env = process.env) {
  const child = spawn(command, commandArgs, { cwd: root, stdio: 'inherit', env })
  const forward = (signal) => child.kill(signal)
  process.on('SIGINT', forward)
  process.on('SIGTERM', forward)
  child.on('exit', (code) => process.exit(code ?? 0))
}

const electron = forceBrowser ? null : findElectronBinary()
if (electron) {
  run(electron, ['.'])
} else {
  console.log(
    forceBrowser
      ? 'Samenspel start in de browser (gevraagd met --browser).'
      : 'Electron is op deze computer niet beschikbaar (het programma kon niet worden gedownload), dus Samenspel start in de browser: zelfde app, zelfde gegevens.'
  )
  run(process.execPath, [join(root, 'out', 'main', 'host.js'), ...hostArgs])
}
