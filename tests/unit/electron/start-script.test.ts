import { EventEmitter } from 'node:events'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
// @ts-expect-error -- a plain .mjs script without types; what it exports is exercised below.
import { startApp, startWindowMs } from '../../../scripts/start-lib.mjs'

const root = '/repo'
const electronDir = join(root, 'node_modules', 'electron')
const binary = join(electronDir, 'dist', 'electron')

/** How one spawned process behaves: exits, dies by a signal, fails to spawn, or prints first. */
type Script =
  | { exit: number; after?: number; stderr?: string }
  | { signal: string; after?: number; stderr?: string }
  | { spawnError: string }
  | { throws: string }
  | { installs: true }

class FakeChild extends EventEmitter {
  readonly stderr = new EventEmitter()
  exitCode: number | null = null
  kill() {
    return true
  }
}

/** A machine with fake processes, files and clock; records what was run and said. */
function machine(scripts: Script[], files: string[] = [join(electronDir, 'package.json')]) {
  const present = new Set(files)
  const spawned: { command: string; args: string[] }[] = []
  const said: string[] = []
  let clock = 0
  const ticks: (() => void)[] = []
  const deps = {
    root,
    args: [] as string[],
    env: {} as Record<string, string>,
    execPath: '/usr/bin/node22',
    exists: (path: string) => present.has(path),
    readFile: () => 'electron',
    log: (text: string) => said.push(text),
    error: (text: string) => said.push(text),
    writeErr: () => undefined,
    now: () => clock,
    setInterval: (tick: () => void) => ticks.push(tick),
    clearInterval: () => undefined,
    forwardedSignal: () => null as string | null,
    spawn(command: string, args: string[]) {
      spawned.push({ command, args })
      const script = scripts.shift()
      if (!script) throw new Error(`unexpected spawn of ${command}`)
      if ('throws' in script) throw Object.assign(new Error(script.throws), { code: script.throws })
      const child = new FakeChild()
      setTimeout(() => {
        if ('spawnError' in script) {
          child.emit('error', Object.assign(new Error('spawn failed'), { code: script.spawnError }))
          return
        }
        if ('installs' in script) {
          // The download takes a while; the heartbeat speaks meanwhile.
          clock += 12_000
          ticks.forEach((tick) => tick())
          present.add(join(electronDir, 'path.txt'))
          present.add(binary)
          child.emit('exit', 0, null)
          return
        }
        if (script.stderr) child.stderr.emit('data', Buffer.from(script.stderr))
        clock += script.after ?? 1_000
        if ('signal' in script) child.emit('exit', null, script.signal)
        else child.emit('exit', script.exit, null)
      }, 0)
      return child
    }
  }
  return { deps, spawned, said: () => said.join('\n') }
}

const installed = [join(electronDir, 'package.json'), join(electronDir, 'path.txt'), binary]
const hostScript = join(root, 'out', 'main', 'host.js')
const sandboxAbort =
  '[1:FATAL:setuid_sandbox_host.cc(163)] The SUID sandbox helper binary was found, but is not configured correctly.'

describe('npm start', () => {
  it('runs the desktop app and ends with its exit code', async () => {
    const { deps, spawned } = machine([{ exit: 0, after: 60_000 }], installed)
    expect(await startApp(deps)).toBe(0)
    expect(spawned).toEqual([{ command: binary, args: ['.'] }])
  })

  it('does not report success when Electron is killed at start, and falls back to the browser', async () => {
    const { deps, spawned, said } = machine(
      [{ signal: 'SIGTRAP', stderr: sandboxAbort }, { exit: 0 }],
      installed
    )
    expect(await startApp(deps)).toBe(0)
    expect(spawned.map((s) => s.args[0])).toEqual(['.', hostScript])
    expect(said()).toContain('Electron kon niet starten: het programma werd afgebroken (SIGTRAP)')
    expect(said()).toContain('AppArmor')
    expect(said()).toContain('Samenspel start daarom in de browser')
  })

  it('falls back when Electron exits with an error at start, and says so in Dutch', async () => {
    const { deps, spawned, said } = machine([{ exit: 1 }, { exit: 0 }], installed)
    await startApp(deps)
    expect(spawned).toHaveLength(2)
    expect(said()).toContain('Electron kon niet starten: foutcode 1.')
  })

  it('survives a spawn that fails, either way it fails', async () => {
    for (const failure of [{ spawnError: 'EACCES' }, { throws: 'ENOENT' }] as Script[]) {
      const { deps, spawned, said } = machine([failure, { exit: 0 }], installed)
      expect(await startApp(deps)).toBe(0)
      expect(spawned[1]?.args[0]).toBe(hostScript)
      expect(said()).toMatch(/Electron kon niet worden gestart \((EACCES|ENOENT)\)/)
    }
  })

  it('does not fall back after a long session, but reports the crash as a failure', async () => {
    const { deps, spawned, said } = machine(
      [{ signal: 'SIGSEGV', after: startWindowMs + 60_000 }],
      installed
    )
    expect(await startApp(deps)).toBe(128 + 11)
    expect(spawned).toHaveLength(1)
    expect(said()).toContain('Samenspel is onverwacht afgebroken (SIGSEGV)')
  })

  it('ends quietly when the user pressed Ctrl+C', async () => {
    const { deps, spawned } = machine([{ signal: 'SIGINT' }], installed)
    deps.forwardedSignal = () => 'SIGINT'
    expect(await startApp(deps)).toBe(130)
    expect(spawned).toHaveLength(1)
  })

  it('shows progress while Electron downloads the first time, then starts it', async () => {
    const { deps, spawned, said } = machine([{ installs: true }, { exit: 0, after: 60_000 }])
    expect(await startApp(deps)).toBe(0)
    expect(spawned).toEqual([
      { command: '/usr/bin/node22', args: [join(electronDir, 'install.js')] },
      { command: binary, args: ['.'] }
    ])
    expect(said()).toContain('Electron wordt de eerste keer gedownload')
    expect(said()).toContain('Electron downloaden, nog bezig (12 s)')
  })

  it('falls back to the browser when the download fails', async () => {
    const { deps, spawned, said } = machine([{ exit: 1 }, { exit: 0 }])
    expect(await startApp(deps)).toBe(0)
    expect(spawned[1]?.args[0]).toBe(hostScript)
    expect(said()).toContain('Electron kon niet worden gedownload')
  })

  it('passes a signal death of the browser host on as a failure', async () => {
    const { deps } = machine([{ signal: 'SIGKILL' }])
    deps.args = ['--browser', '--port', '0']
    expect(await startApp(deps)).toBe(128 + 9)
  })

  it('gives the browser host its arguments, without --browser', async () => {
    const { deps, spawned } = machine([{ exit: 0 }], installed)
    deps.args = ['--browser', '--no-open']
    await startApp(deps)
    expect(spawned).toEqual([{ command: '/usr/bin/node22', args: [hostScript, '--no-open'] }])
  })
})
