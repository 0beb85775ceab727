/**
 * A room of phones in its own process, so their work does not share the bench's event loop:
 * every device joins from its own loopback address (127.0.x.y) over its own socket, under the
 * participant server's production limits, then sends (or waits) as told. Latency is counted
 * from when the device wanted to send, so a device held up by its own queue counts it.
 *
 * Usage (argv[2], JSON): { port, code, devices, addressOffset, mode, ... } — see `Plan`.
 * Prints "ready" once its devices joined (in `wait` mode: once they are waiting), then one
 * JSON line with the results.
 */
import { Agent, request } from 'node:http'

interface Plan {
  port: number
  code: string
  devices: number
  /** Where this run's addresses start, so runs do not share a join allowance. */
  addressOffset: number
  screenId: string
  mode: 'burst' | 'steady' | 'wait'
  /** burst: cards per device, all at once. */
  perDevice?: number
  /** steady: cards per second across all devices, for `durationMs`. */
  perSecond?: number
  durationMs?: number
}

const now = () => performance.timeOrigin + performance.now()

function addressOf(index: number): string {
  const n = index + 2
  return `127.0.${Math.floor(n / 250)}.${(n % 250) + 2}`
}

interface Device {
  agent: Agent
  token: string
}

function post(
  plan: Plan,
  agent: Agent,
  path: string,
  body: unknown,
  token?: string
): Promise<{ status: number; body: string }> {
  const data = JSON.stringify(body)
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: plan.port,
        method: 'POST',
        path,
        agent,
        headers: {
          'Content-Type': 'application/json',
          'X-Samenspel-Deelnemer': '1',
          'Content-Length': Buffer.byteLength(data),
          ...(token ? { Authorization: `Bearer ${token}` } : {})
        }
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() })
        )
      }
    )
    req.on('error', reject)
    req.end(data)
  })
}

async function join(plan: Plan, index: number): Promise<Device> {
  const localAddress = addressOf(plan.addressOffset + index)
  const agent = new Agent({ keepAlive: true, maxSockets: 1, localAddress })
  const res = await post(plan, agent, '/api/join', {
    code: plan.code,
    name: `Toestel ${index + 1}`
  })
  if (res.status !== 200) throw new Error(`join from ${localAddress}: ${res.status} ${res.body}`)
  return { agent, token: (JSON.parse(res.body) as { token: string }).token }
}

interface Sent {
  wantedAt: number
  doneAt: number
  status: number
}

async function send(plan: Plan, device: Device, text: string, wantedAt: number): Promise<Sent> {
  const body = { screenId: plan.screenId, text }
  const res = await post(plan, device.agent, '/api/contributions', body, device.token)
  return { wantedAt, doneAt: now(), status: res.status }
}

async function burst(plan: Plan, devices: Device[]) {
  const startedAt = now()
  const sent = await Promise.all(
    devices.flatMap((device, d) =>
      Array.from({ length: plan.perDevice ?? 1 }, (_, i) =>
        send(plan, device, `Toestel ${d + 1}, idee ${i + 1}`, startedAt)
      )
    )
  )
  return { startedAt, sent }
}

async function steady(plan: Plan, devices: Device[]) {
  const perSecond = plan.perSecond ?? 8
  const total = Math.round((perSecond * (plan.durationMs ?? 20_000)) / 1000)
  const startedAt = now() + 50
  const gap = 1000 / perSecond
  const sends: Promise<Sent>[] = []
  for (let i = 0; i < total; i++) {
    const wantedAt = startedAt + i * gap
    const device = devices[i % devices.length] as Device
    const delay = Math.max(0, wantedAt - now())
    sends.push(
      new Promise((resolve) => setTimeout(resolve, delay)).then(() =>
        send(plan, device, `Gestaag idee ${i + 1}`, wantedAt)
      )
    )
  }
  return { startedAt, sent: await Promise.all(sends) }
}

async function wait(plan: Plan, devices: Device[]) {
  const versions = await Promise.all(
    devices.map(async (device) => {
      const res = await new Promise<string>((resolve, reject) => {
        request(
          {
            host: '127.0.0.1',
            port: plan.port,
            path: '/api/state',
            agent: device.agent,
            headers: { 'X-Samenspel-Deelnemer': '1', Authorization: `Bearer ${device.token}` }
          },
          (r) => {
            let text = ''
            r.on('data', (chunk: Buffer) => (text += chunk.toString()))
            r.on('end', () => resolve(text))
          }
        )
          .on('error', reject)
          .end()
      })
      return (JSON.parse(res) as { version: number }).version
    })
  )
  const answers = devices.map((device, i) =>
    post(
      plan,
      device.agent,
      '/api/state/changes',
      { since: versions[i], waitMs: 10_000 },
      device.token
    ).then((res) => ({ doneAt: now(), status: res.status, bytes: Buffer.byteLength(res.body) }))
  )
  // Give the long polls a moment to arrive before the change is made.
  await new Promise((resolve) => setTimeout(resolve, 300))
  process.stdout.write('ready\n')
  return { answers: await Promise.all(answers) }
}

async function main(): Promise<void> {
  const plan = JSON.parse(process.argv[2] ?? '{}') as Plan
  const devices: Device[] = []
  // Joining a few at a time, as a room does when the code goes up.
  for (let i = 0; i < plan.devices; i += 20) {
    const batch = Array.from({ length: Math.min(20, plan.devices - i) }, (_, k) =>
      join(plan, i + k)
    )
    devices.push(...(await Promise.all(batch)))
  }
  if (plan.mode === 'wait') {
    const result = await wait(plan, devices)
    process.stdout.write(`${JSON.stringify(result)}\n`)
  } else {
    process.stdout.write('ready\n')
    const result = plan.mode === 'burst' ? await burst(plan, devices) : await steady(plan, devices)
    process.stdout.write(`${JSON.stringify(result)}\n`)
  }
  for (const device of devices) device.agent.destroy()
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`)
  process.exit(1)
})
