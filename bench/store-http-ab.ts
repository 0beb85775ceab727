/**
 * Two builds of the browser host side by side, each beside the bare server: for a change to the
 * server path whose effect is smaller than the noise between two runs of `npm run bench`.
 *
 *   cp -r out /tmp/out-before        # the build before the change
 *   (make the change) && npm run build
 *   npm run bench:ab -- /tmp/out-before [rounds]
 *
 * Each round stores one card in each of the three, in a new random order, so the machine's drift
 * falls on all of them alike; the ratios are of medians, as in `store-http.ts`.
 */
import { randomUUID } from 'node:crypto'
import { Agent } from 'node:http'
import { join } from 'node:path'
import { startHost } from '../tests/e2e/support/browser-host'
import { makeTempDir } from '../tests/helpers/temp-dir'
import { summarize } from './report'
import { benchSession, post, startBare } from './store-http'

const warmUp = 50
const text = (i: number) => `Bijdrage ${i}: ouders helpen mee bij de voorleesochtend`

interface Contender {
  name: string
  send(i: number): Promise<number>
  stop(): Promise<void>
}

async function hostOf(name: string, script: string): Promise<Contender> {
  const dir = makeTempDir('samenspel-bench-')
  const host = await startHost(dir.path, 0, script)
  const { sessionId, token, port } = await benchSession(host)
  const agent = new Agent({ keepAlive: true, maxSockets: 1 })
  return {
    name,
    send: (i) => {
      const card = { sessionId, id: randomUUID(), screenId: 'stap1-vraag-1', text: text(i) }
      return post(agent, port, '/api/contribution.add', JSON.stringify(card), token)
    },
    stop: async () => {
      agent.destroy()
      await host.stop()
      dir.remove()
    }
  }
}

async function bare(): Promise<Contender> {
  const dir = makeTempDir('samenspel-bench-')
  const server = await startBare(join(dir.path, 'anker.db'))
  const agent = new Agent({ keepAlive: true, maxSockets: 1 })
  return {
    name: 'bare node:http insert',
    send: (i) =>
      post(agent, server.port, '/insert', JSON.stringify({ id: randomUUID(), text: text(i) })),
    stop: async () => {
      agent.destroy()
      server.stop()
      dir.remove()
    }
  }
}

function shuffled<T>(items: readonly T[]): T[] {
  const copy = [...items]
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1))
    ;[copy[i], copy[j]] = [copy[j] as T, copy[i] as T]
  }
  return copy
}

async function main(): Promise<void> {
  const [baseline, roundsArg] = process.argv.slice(2)
  if (!baseline) throw new Error('usage: npm run bench:ab -- <baseline out dir> [rounds]')
  const rounds = Number(roundsArg ?? 1500)
  const contenders = [
    await hostOf(`baseline (${baseline})`, join(baseline, 'main', 'host.js')),
    await hostOf('this build (out/)', join(__dirname, '..', 'out', 'main', 'host.js')),
    await bare()
  ]
  const samples = new Map(contenders.map((c) => [c, [] as number[]]))
  try {
    for (let i = 0; i < warmUp + rounds; i++) {
      for (const contender of shuffled(contenders)) {
        const elapsed = await contender.send(i)
        if (i >= warmUp) samples.get(contender)?.push(elapsed)
      }
    }
  } finally {
    for (const contender of contenders) await contender.stop()
  }
  const medians = contenders.map((c) => summarize(samples.get(c) ?? []).median)
  const anchor = medians[2] ?? 1
  contenders.forEach((contender, k) => {
    const median = medians[k] ?? 0
    const ratio = (median / anchor).toFixed(3)
    process.stdout.write(`${contender.name}: median ${median.toFixed(3)} ms, ${ratio}× bare\n`)
  })
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
