// The developer loop. Where Electron's binary is installed: `electron-vite dev` (the desktop
// window with hot reload). Where it is not (as on build machines without its download server):
// the browser host runs the main side once, built, and Vite serves the renderer with hot reload,
// passing /api on to the host. Changes to src/main need a restart of `npm run dev`.
// Two knobs for the test of this loop (tests/e2e/web/dev-loop.spec.ts), which runs after `npm test`
// has built out/ and beside other tests that use it: SAMENSPEL_DEV_SKIP_BUILD=1 uses the build
// that is there (rebuilding out/ under running tests would pull it from under them), and
// SAMENSPEL_DEV_PORT picks the dev server's port (0: any free one; default 5173).
import { spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { locateElectron } from './start-lib.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const bin = (name) => join(root, 'node_modules', '.bin', name)
const children = []
const stopAll = () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM')
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopAll()
    process.exit(0)
  })
}

function run(command, args, options = {}) {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit', ...options })
  children.push(child)
  return child
}

const electron = locateElectron({
  root,
  env: process.env,
  exists: existsSync,
  readFile: (path) => readFileSync(path, 'utf8')
})
if (electron.installed && !process.argv.includes('--browser')) {
  const child = run(bin('electron-vite'), ['dev'])
  child.on('exit', (code) => process.exit(code ?? 0))
} else {
  if (!process.argv.includes('--browser')) {
    console.log('Electron is hier niet geïnstalleerd: de browserversie met hot reload start.')
  }
  await startBrowserLoop()
}

async function startBrowserLoop() {
  if (process.env.SAMENSPEL_DEV_SKIP_BUILD !== '1') {
    const build = run(bin('electron-vite'), ['build'])
    const built = await new Promise((done) => build.on('exit', (code) => done(code === 0)))
    if (!built) process.exit(1)
  }

  // The host prints its address with the per-run access code; the dev page needs both.
  // Extra arguments go to the host (`npm run dev -- --data-dir /tmp/samenspel-dev`).
  const hostArgs = process.argv.slice(2).filter((arg) => arg !== '--browser')
  const host = run(
    process.execPath,
    ['out/main/host.js', '--port', '0', '--no-open', ...hostArgs],
    {
      stdio: ['ignore', 'pipe', 'inherit']
    }
  )
  const hostUrl = await new Promise((done, fail) => {
    let seen = ''
    host.stdout.on('data', (chunk) => {
      seen += chunk
      const match = /(http:\/\/127\.0\.0\.1:\d+)\/#token=([A-Za-z0-9_-]+)/.exec(seen)
      if (match) done({ origin: match[1], token: match[2] })
    })
    host.on('exit', () => fail(new Error('De browserhost stopte bij het starten.')))
  })
  // Without the host the dev page has no API: stop the loop rather than serve a page that fails.
  host.on('exit', () => {
    console.error('De browserhost is gestopt; npm run dev stopt ook. Start het opnieuw.')
    stopAll()
    process.exit(1)
  })

  const { createServer } = await import('vite')
  const react = (await import('@vitejs/plugin-react')).default
  const server = await createServer({
    configFile: false,
    root: resolve(root, 'src/renderer'),
    plugins: [react()],
    server: {
      host: '127.0.0.1',
      port: devServerPort(),
      proxy: {
        // The host refuses other origins (a page elsewhere must not reach the API): the dev
        // server passes requests on as the host's own page would send them.
        '/api': {
          target: hostUrl.origin,
          changeOrigin: true,
          configure: (proxy) =>
            proxy.on('proxyReq', (request) => request.setHeader('origin', hostUrl.origin))
        }
      }
    }
  })
  await server.listen()
  const address = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:5173/'
  console.log(`Browserhost (API, zonder hot reload): ${hostUrl.origin}/`)
  console.log(`Samenspel (ontwikkeling, hot reload): ${address}#token=${hostUrl.token}`)
  console.log('Wijzigingen in src/main vragen om een herstart van npm run dev. Stoppen: Ctrl+C.')
}

function devServerPort() {
  const wanted = Number(process.env.SAMENSPEL_DEV_PORT ?? '5173')
  return Number.isInteger(wanted) && wanted >= 0 && wanted <= 65535 ? wanted : 5173
}
