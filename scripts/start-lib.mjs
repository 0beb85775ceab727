// What `npm start` does, with its effects injected so that tests can drive it with fake
// processes (tests/unit/electron/start-script.test.ts). scripts/start.mjs wires the real ones.
import { constants } from 'node:os'
import { join } from 'node:path'

/** How long an Electron that dies counts as "did not start" (and the browser host takes over). */
export const startWindowMs = 20_000

/** The Electron binary the npm package would run, and whether it is there (no download). */
export function locateElectron({ root, env, exists, readFile }) {
  const packageDir = join(root, 'node_modules', 'electron')
  const pathFile = join(packageDir, 'path.txt')
  const relative = exists(pathFile) ? readFile(pathFile).trim() : null
  const distDir = env.ELECTRON_OVERRIDE_DIST_PATH || join(packageDir, 'dist')
  const binary = relative ? join(distDir, relative) : null
  return {
    binary,
    installed: binary !== null && exists(binary),
    installer: join(packageDir, 'install.js'),
    packageInstalled: exists(join(packageDir, 'package.json'))
  }
}

/** What the facilitator reads when Electron died at start, from what it printed. */
export function explainElectronDeath({ code, signal, stderr }) {
  const how = signal ? `het programma werd afgebroken (${signal})` : `foutcode ${code}`
  if (
    /SUID sandbox helper|setuid_sandbox_host|No usable sandbox|zygote_host_impl_linux/i.test(stderr)
  ) {
    return (
      `Electron kon niet starten: ${how}. Op Ubuntu 23.10 en nieuwer staat AppArmor ` +
      'programma\'s als Electron geen eigen "sandbox" toe zonder een profiel. Het geïnstalleerde ' +
      'Samenspel-pakket (.deb) regelt dat zelf; voor `npm start` kan een beheerder het tijdelijk ' +
      'toestaan met `sudo sysctl -w kernel.apparmor_restrict_unprivileged_userns=0` ' +
      '(zie docs/desktop.md).'
    )
  }
  if (
    /cannot open display|Missing X server|ozone_platform|Failed to connect to Wayland/i.test(stderr)
  ) {
    return `Electron kon niet starten: ${how}. Er is geen beeldscherm (X11 of Wayland) gevonden.`
  }
  return `Electron kon niet starten: ${how}.`
}

const exitCodeOf = (code, signal) =>
  signal ? 128 + (constants.signals[signal] ?? 1) : typeof code === 'number' ? code : 1

/**
 * Runs a child and resolves with how it ended: `{ code, signal, stderr, error }`. Never throws:
 * a spawn that fails (missing or non-executable file) resolves with `error` set.
 */
function runChild(deps, command, args, { captureStderr = false, env } = {}) {
  return new Promise((resolve) => {
    let child
    let stderr = ''
    let settled = false
    const done = (result) => {
      if (settled) return
      settled = true
      resolve({ stderr, ...result })
    }
    try {
      child = deps.spawn(command, args, {
        cwd: deps.root,
        env: env ?? deps.env,
        stdio: captureStderr ? ['inherit', 'inherit', 'pipe'] : 'inherit'
      })
    } catch (error) {
      done({ code: null, signal: null, error })
      return
    }
    deps.onChild?.(child)
    child.stderr?.on('data', (chunk) => {
      deps.writeErr(chunk)
      // The last part is enough to recognise why it died.
      stderr = (stderr + String(chunk)).slice(-16_384)
    })
    child.on('error', (error) => done({ code: null, signal: null, error }))
    child.on('exit', (code, signal) => done({ code, signal, error: null }))
  })
}

/** Electron's first run downloads its binary: say so, and show that it is still going. */
async function downloadElectron(deps, installer) {
  deps.log(
    'Electron wordt de eerste keer gedownload (ongeveer 100 MB); dat kan een paar minuten duren…'
  )
  const started = deps.now()
  const timer = deps.setInterval(() => {
    const seconds = Math.round((deps.now() - started) / 1000)
    deps.log(`  … Electron downloaden, nog bezig (${seconds} s)`)
  }, 5_000)
  const result = await runChild(deps, deps.execPath, [installer])
  deps.clearInterval(timer)
  return result.error === null && result.code === 0
}

async function runBrowserHost(deps, hostArgs) {
  const result = await runChild(deps, deps.execPath, [
    join(deps.root, 'out', 'main', 'host.js'),
    ...hostArgs
  ])
  if (result.error) {
    deps.error(
      `De browserversie van Samenspel kon niet starten (${result.error.code ?? result.error.message}).`
    )
    return 1
  }
  return exitCodeOf(result.code, result.signal)
}

/** `npm start`: the desktop app where Electron runs, the browser host where it does not. */
export async function startApp(deps) {
  const forceBrowser = deps.args.includes('--browser') || deps.env.SAMENSPEL_BROWSER === '1'
  const hostArgs = deps.args.filter((arg) => arg !== '--browser')
  const fallback = (why) => {
    deps.log(`${why}\nSamenspel start daarom in de browser: zelfde app, zelfde gegevens.`)
    return runBrowserHost(deps, hostArgs)
  }
  if (forceBrowser) {
    deps.log('Samenspel start in de browser (gevraagd met --browser).')
    return runBrowserHost(deps, hostArgs)
  }
  let electron = locateElectron(deps)
  if (!electron.packageInstalled) return fallback('Electron is niet geïnstalleerd (npm install).')
  if (!electron.installed) {
    const downloaded = await downloadElectron(deps, electron.installer)
    electron = locateElectron(deps)
    if (!downloaded || !electron.installed) {
      return fallback('Electron kon niet worden gedownload (geen verbinding met de downloadsite?).')
    }
  }
  const startedAt = deps.now()
  const result = await runChild(deps, electron.binary, ['.'], { captureStderr: true })
  if (result.error) {
    return fallback(
      `Electron kon niet worden gestart (${result.error.code ?? result.error.message}).`
    )
  }
  // Ctrl+C in the terminal reached Electron too: the user ended it, nothing to report.
  if (result.signal && deps.forwardedSignal() === result.signal)
    return exitCodeOf(null, result.signal)
  if (result.code === 0 && !result.signal) return 0
  if (deps.now() - startedAt < startWindowMs) return fallback(explainElectronDeath(result))
  const how = result.signal
    ? `afgebroken (${result.signal})`
    : `gestopt met foutcode ${result.code}`
  deps.error(`Samenspel is onverwacht ${how}. Je gegevens staan in de gegevensmap; start opnieuw.`)
  return exitCodeOf(result.code, result.signal)
}
