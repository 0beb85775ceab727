import { spawn, type ChildProcess } from 'node:child_process'
import { createRequire } from 'node:module'
import { join } from 'node:path'

const repoRoot = join(__dirname, '..', '..', '..')
const childScript = join(__dirname, 'crash-child.ts')
const resourcesDir = join(repoRoot, 'resources')

/** How to start a child: the Node arguments before the child's own, and its environment. */
export interface ChildCommand {
  args: string[]
  env: NodeJS.ProcessEnv
}

/**
 * Bundles crash-child.ts into one file with esbuild (which comes with tsx): a bundled child is
 * ready in about a quarter of the time tsx needs to load the app file by file, and the test
 * starts more than 200 of them. Falls back to tsx when esbuild cannot be loaded.
 */
export function prepareChildCommand(outDir: string): ChildCommand {
  const env = { ...process.env, NODE_COMPILE_CACHE: join(outDir, 'compile-cache') }
  let esbuild: typeof import('esbuild')
  try {
    const fromTsx = createRequire(require.resolve('tsx/package.json'))
    esbuild = fromTsx('esbuild') as typeof import('esbuild')
  } catch {
    return { args: ['--import', 'tsx', childScript], env }
  }
  const outfile = join(outDir, 'crash-child.cjs')
  // Native addons stay outside the bundle (esbuild cannot bundle a `.node` file). A failed build
  // throws: falling back to tsx silently once made this test four times slower.
  esbuild.buildSync({
    entryPoints: [childScript],
    outfile,
    bundle: true,
    platform: 'node',
    external: ['better-sqlite3', '@resvg/resvg-js'],
    logLevel: 'silent'
  })
  // The externals are found in node_modules (each binary beside its own files).
  return { args: [outfile], env: { ...env, NODE_PATH: join(repoRoot, 'node_modules') } }
}

/** One storage process of crash-child.ts, loaded and waiting for `go`. */
export interface CrashChild {
  ready: Promise<void>
  /** Resolves with the signal that ended the process (null when it exited by itself). */
  closed: Promise<NodeJS.Signals | null>
  /** Contribution ids the child reported as stored, in order. */
  acks: string[]
  /** Called after every ack, with the number so far. */
  onAck?: (count: number) => void
  go(): void
  kill(): void
}

function readLines(proc: ChildProcess, onLine: (line: string) => void): void {
  let pending = ''
  proc.stdout?.setEncoding('utf8')
  proc.stdout?.on('data', (chunk: string) => {
    const lines = (pending + chunk).split('\n')
    // A line without its newline is still being written; only whole lines count.
    pending = lines.pop() ?? ''
    lines.forEach(onLine)
  })
}

/** Spawns with the test's own Node, so better-sqlite3's binary matches. */
export function startCrashChild(command: ChildCommand, file: string): CrashChild {
  const proc = spawn(process.execPath, [...command.args, file, resourcesDir], {
    cwd: repoRoot,
    env: command.env,
    stdio: ['pipe', 'pipe', 'inherit']
  })
  let markReady = (): void => undefined
  const child: CrashChild = {
    ready: new Promise((resolve) => (markReady = resolve)),
    closed: new Promise((resolve) => proc.once('close', (_code, signal) => resolve(signal))),
    acks: [],
    go: () => void proc.stdin?.write('go\n'),
    kill: () => void proc.kill('SIGKILL')
  }
  readLines(proc, (line) => {
    if (line === 'ready') markReady()
    if (!line.startsWith('ack ')) return
    child.acks.push(line.slice(4))
    child.onAck?.(child.acks.length)
  })
  return child
}

/** Mulberry32: a seeded generator, so a failing run can be repeated with its seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
