import { execFileSync } from 'node:child_process'
import { statfsSync } from 'node:fs'
import { availableParallelism, cpus, loadavg, release, tmpdir, totalmem } from 'node:os'

/** Debian's package puts it here; SAMENSPEL_CHROMIUM points elsewhere, as for the e2e tests. */
export function chromiumPath(): string {
  // `||`, not `??`: an empty variable means "not set", as in playwright.config.ts.
  return process.env.SAMENSPEL_CHROMIUM || '/usr/bin/chromium'
}

function chromiumVersion(): string {
  try {
    const out = execFileSync(chromiumPath(), ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 10_000
    })
    return out.trim().split('\n').at(-1) ?? 'unknown'
  } catch {
    return `not found at ${chromiumPath()}`
  }
}

const tmpfsMagic = 0x01021994

/** On tmpfs an fsync costs nothing, so the "disk" figures would flatter the store. */
export function isTmpfs(path: string): boolean {
  try {
    return statfsSync(path).type === tmpfsMagic
  } catch {
    return false
  }
}

export function machineInfo(): string[] {
  const [one, five] = loadavg()
  const cpu = cpus()[0]?.model.trim() ?? 'unknown'
  return [
    `cpus: ${availableParallelism()} (${cpu})`,
    `memory: ${(totalmem() / 2 ** 30).toFixed(1)} GiB, load average ${one?.toFixed(2)} (1 min), ${five?.toFixed(2)} (5 min)`,
    `os: ${process.platform} ${release()}, node ${process.version}`,
    `chromium: ${chromiumVersion()}`,
    `temp dir: ${tmpdir()}${isTmpfs(tmpdir()) ? ' (tmpfs: fsync is free there)' : ''}`
  ]
}
