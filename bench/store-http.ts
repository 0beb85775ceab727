import { spawn } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { Agent, request } from 'node:http'
import { join } from 'node:path'
import { apiClient } from '../tests/e2e/support/api-client'
import { startHost, type RunningHost } from '../tests/e2e/support/browser-host'
import { makeTempDir } from '../tests/helpers/temp-dir'
import { summarize, summaryRows, type Bench, type BenchRow } from './report'

const warmUp = 30
const rounds = 1000
const text = (i: number) => `Bijdrage ${i}: ouders helpen mee bij de voorleesochtend`

export function post(agent: Agent, port: number, path: string, body: string, token?: string) {
  return new Promise<number>((resolve, reject) => {
    const start = performance.now()
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: 'POST',
        agent,
        headers: {
          'Content-Type': 'application/json',
          'Content-Length': Buffer.byteLength(body),
          ...(token ? { Authorization: `Bearer ${token}` } : {})
        }
      },
      (res) => {
        res.resume()
        res.on('end', () =>
          res.statusCode === 200
            ? resolve(performance.now() - start)
            : reject(new Error(`${path}: ${res.statusCode}`))
        )
      }
    )
    req.on('error', reject)
    req.end(body)
  })
}

export function startBare(file: string): Promise<{ port: number; stop(): void }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(__dirname, 'bare-insert-server.ts'), file],
    {
      stdio: ['ignore', 'pipe', 'inherit']
    }
  )
  return new Promise((resolve, reject) => {
    // A server that dies before printing its port fails the bench instead of hanging it.
    child.once('exit', (code) => reject(new Error(`bare server exited ${code}`)))
    child.stdout.once('data', (chunk: Buffer) =>
      resolve({ port: Number(chunk.toString().trim()), stop: () => child.kill() })
    )
  })
}

/** A session to store cards in, and what a client needs to reach the host's API. */
export async function benchSession(host: RunningHost) {
  const { id: sessionId } = await apiClient(host)<{ id: string }>('session.create', {
    title: 'Benchmark',
    school: '',
    team: '',
    date: '2026-11-22',
    facilitator: ''
  })
  const token = /#token=([\w-]+)/.exec(host.url)?.[1] ?? ''
  return { sessionId, token, port: Number(new URL(host.origin).port) }
}

/** Storing a card through the transport the renderer uses, next to a bare server's insert. */
export const storeHttp: Bench = {
  name: 'Storing a card over HTTP: browser host vs a bare node:http insert (both on disk)',
  async run(context): Promise<BenchRow[]> {
    const hostDir = makeTempDir('samenspel-bench-')
    const bareDir = makeTempDir('samenspel-bench-')
    const host = await startHost(hostDir.path)
    const bare = await startBare(join(bareDir.path, 'anker.db'))
    try {
      const { sessionId, token, port: hostPort } = await benchSession(host)
      const agents = {
        host: new Agent({ keepAlive: true, maxSockets: 1 }),
        bare: new Agent({ keepAlive: true, maxSockets: 1 })
      }
      const samples = { host: [] as number[], bare: [] as number[] }
      context.log(`store-http: ${warmUp}+${rounds} cards each, alternating`)
      for (let i = 0; i < warmUp + rounds; i++) {
        const card = { sessionId, id: randomUUID(), screenId: 'stap1-vraag-1', text: text(i) }
        const viaHost = () =>
          post(agents.host, hostPort, '/api/contribution.add', JSON.stringify(card), token)
        const viaBare = () =>
          post(agents.bare, bare.port, '/insert', JSON.stringify({ ...card, id: randomUUID() }))
        const [first, second] = i % 2 === 0 ? [viaHost, viaBare] : [viaBare, viaHost]
        const a = await first()
        const b = await second()
        if (i < warmUp) continue
        samples.host.push(i % 2 === 0 ? a : b)
        samples.bare.push(i % 2 === 0 ? b : a)
      }
      agents.host.destroy()
      agents.bare.destroy()
      const bareSummary = summarize(samples.bare)
      return [
        ...summaryRows('contribution.add over HTTP to the browser host', summarize(samples.host), {
          target: { max: 1.2, of: 'ratio' },
          comparison: { name: 'bare node:http insert', value: bareSummary.median }
        }),
        ...summaryRows('bare node:http insert, same pragmas', bareSummary)
      ]
    } finally {
      bare.stop()
      await host.stop()
      hostDir.remove()
      bareDir.remove()
    }
  }
}
