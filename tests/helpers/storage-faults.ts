import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { closeSync, mkdirSync, openSync, rmSync, writeSync } from 'node:fs'
import { join } from 'node:path'

const repoRoot = join(__dirname, '..', '..')

/**
 * Another program with Samenspel's database open in a write transaction (a sync tool, a
 * second copy of the app, "DB Browser for SQLite" with unsaved changes), until `release`.
 */
export async function holdWriteLock(file: string) {
  const script = `
    const Database = require('better-sqlite3')
    const db = new Database(process.argv[1])
    db.exec('BEGIN IMMEDIATE')
    process.stdout.write('locked\\n')
    process.stdin.once('data', () => { db.exec('ROLLBACK'); db.close(); process.exit(0) })
  `
  const child = spawn(process.execPath, ['-e', script, file], {
    cwd: repoRoot,
    stdio: ['pipe', 'pipe', 'inherit']
  })
  await new Promise<void>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`lock holder ended early (${code})`)))
    child.stdout.once('data', () => resolve())
  })
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  return {
    release: async () => {
      child.stdin.write('release\n')
      await exited
    }
  }
}

/** Whether this process may mount a tmpfs (root on Linux); the full-disk test needs one. */
export function canMountTmpfs(): boolean {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false
  const probe = join(repoRoot, 'node_modules', '.cache', 'tmpfs-probe')
  mkdirSync(probe, { recursive: true })
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe]).status === 0
  if (mounted) spawnSync('umount', [probe])
  rmSync(probe, { recursive: true, force: true })
  return mounted
}

/** A small disk of its own at `dir`, to be filled up. */
export function mountSmallDisk(dir: string, size: string) {
  mkdirSync(dir, { recursive: true })
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir])
  return { unmount: () => execFileSync('umount', ['-l', dir]) }
}

/** Fills the disk holding `dir` to the last byte; `free()` gives the room back. */
export function fillDisk(dir: string) {
  const file = join(dir, 'filler.bin')
  const fd = openSync(file, 'w')
  const block = Buffer.alloc(4096, 1)
  try {
    for (;;) writeSync(fd, block)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error
  }
  // Whatever is smaller than a block goes too.
  try {
    for (;;) writeSync(fd, block, 0, 1)
  } catch {
    // ENOSPC: the disk is full.
  }
  closeSync(fd)
  return { free: () => rmSync(file) }
}

/** chattr +i: not even root may write the file; the closest to "read-only" root can feel. */
export function canMakeImmutable(dir: string): boolean {
  const probe = join(dir, 'immutable-probe')
  closeSync(openSync(probe, 'w'))
  const ok = spawnSync('chattr', ['+i', probe]).status === 0
  if (ok) spawnSync('chattr', ['-i', probe])
  rmSync(probe, { force: true })
  return ok
}

export function setImmutable(file: string, on: boolean): void {
  execFileSync('chattr', [on ? '+i' : '-i', file])
}
