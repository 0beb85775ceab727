import fc from 'fast-check'
import { participantPorts } from '../../helpers/participant-ports'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { z } from 'zod'
import { createParticipantHost } from '../../../src/main/participant/participant-host'
import { defaultParticipantLimits } from '../../../src/main/participant/participant-limits'
import { deviceRoutes, joinRoute } from '../../../src/main/participant/participant-routes'
import { createDispatch } from '../../../src/main/services/dispatch'
import { createServices } from '../../../src/main/services'
import type { ApiOutput } from '../../../src/shared/api/contract'
import {
  participantCsrfHeader,
  participantErrorSchema
} from '../../../src/shared/participant/protocol'
import {
  makeTestDb,
  repoResourcesDir,
  testAppInfo,
  testContent,
  type TestCore
} from '../../helpers/test-core'
import { databaseChecksum } from './db-checksum'
import { describeInput, fuzzSeed, isPolluted, prototypeSnapshot } from './fuzz-support'
import { exampleFromSchema } from './example-from-schema'
import { hugeMutants, mutantsOf } from './mutate'

const samplesPerRoute = 200
const { maxBodyBytes } = defaultParticipantLimits

/** The routes that take a body: joining, and what a joined device sends. */
const bodyRoutes: { path: string; body: z.ZodType }[] = [
  { path: joinRoute.path, body: joinRoute.body },
  ...Object.entries(deviceRoutes).flatMap(([path, route]) =>
    route.method === 'POST' && route.body ? [{ path, body: route.body }] : []
  )
]

let db: TestCore['db']
let origin: string
let token: string
let validBodies: Record<string, unknown>
let stopJoining: () => Promise<void>
let checksumBefore: string
let prototypesBefore: string
const participants = createParticipantHost({
  preferredPort: 0,
  // Fuzzing the validation, not the rate limits (tested with the server itself).
  limits: { joinsPerMinute: 1e6, submitBurst: 1e6, otherBurst: 1e6 }
})

async function call<T>(
  dispatch: ReturnType<typeof createDispatch>,
  method: string,
  input: unknown
) {
  const result = await dispatch(method, input)
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`)
  return result.data as T
}

function post(path: string, body: string, withToken = true) {
  return fetch(`${origin}${path}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      [participantCsrfHeader]: '1',
      ...(withToken ? { Authorization: `Bearer ${token}` } : {})
    },
    body
  })
}

beforeAll(async () => {
  db = makeTestDb()
  const dispatch = createDispatch(
    createServices({
      db,
      content: testContent(),
      appInfo: testAppInfo,
      resourcesDir: repoResourcesDir,
      ...participantPorts(participants)
    })
  )
  const { id: sessionId } = await call<{ id: string }>(dispatch, 'session.createDemo', {})
  await call(dispatch, 'quickscan.create', { sessionId })
  const content = testContent()
  const screenId = content.kwaliteitskaart.steps[0].questions[0]!.id
  const status = await call<ApiOutput<'joining.start'>>(dispatch, 'joining.start', {
    sessionId,
    address: '127.0.0.1',
    requireNames: false,
    moderation: false,
    openScreenIds: [screenId],
    quickscanOpen: true
  })
  stopJoining = () => participants.stop()
  origin = new URL(status.url).origin
  const joined = await post(
    joinRoute.path,
    JSON.stringify({ code: status.code, name: 'Fuzz' }),
    false
  )
  token = ((await joined.json()) as { token: string }).token
  validBodies = {
    [joinRoute.path]: { code: status.code, name: 'Anna' },
    '/api/contributions': { screenId, text: 'Ouders helpen bij het voorlezen' },
    '/api/quickscan/answer': { questionId: content.quickscan.questions[0]!.id, answer: '+' },
    '/api/quickscan/grade': { clusterId: content.quickscan.clusters[0]!.id, grade: 7 },
    '/api/quickscan/complete': {}
  }
  checksumBefore = databaseChecksum(db)
  prototypesBefore = prototypeSnapshot()
})

afterAll(async () => {
  await stopJoining?.()
  db?.close()
})

/** Bodies a participant's device could send that the route's schema refuses, after JSON. */
function malformedBodies(route: { path: string; body: z.ZodType }): string[] {
  const example = validBodies[route.path] ?? exampleFromSchema(route.body)
  expect(route.body.safeParse(example).success, `example for ${route.path}`).toBe(true)
  const bodies: string[] = []
  const candidates = [
    ...hugeMutants(example),
    ...fc.sample(mutantsOf(example), { numRuns: samplesPerRoute * 4, seed: fuzzSeed() })
  ]
  for (const input of candidates) {
    let body: string | undefined
    try {
      body = JSON.stringify(input)
    } catch {
      continue
    }
    if (body === undefined || route.body.safeParse(JSON.parse(body)).success) continue
    bodies.push(body)
    if (bodies.length === samplesPerRoute) break
  }
  return bodies
}

describe('the participant server, fuzzed', () => {
  it('has a route list to fuzz', () => {
    expect(bodyRoutes.map((route) => route.path)).toContain('/api/contributions')
  })

  it.each(bodyRoutes)(
    `$path answers ${samplesPerRoute} malformed bodies with 400 or 413 and a Dutch error`,
    async (route) => {
      const bodies = malformedBodies(route)
      expect(bodies.length).toBe(samplesPerRoute)
      for (const body of bodies) {
        const response = await post(route.path, body).catch((error: unknown) => error as Error)
        if (response instanceof Error) {
          // Past the limit the server answers 413 and hangs up without reading the rest, so the
          // client may see the connection reset before it sees the answer. Both are a refusal.
          expect(Buffer.byteLength(body), String(response.cause)).toBeGreaterThan(maxBodyBytes)
          continue
        }
        const reply = (await response.json()) as unknown
        const context = `${route.path} ${body.slice(0, 200)} → ${describeInput(reply)}`
        expect([400, 413], context).toContain(response.status)
        expect(participantErrorSchema.safeParse(reply).success, context).toBe(true)
      }
    },
    60_000
  )

  it('left the database exactly as it was, and no prototype polluted', () => {
    expect(databaseChecksum(db)).toBe(checksumBefore)
    expect(isPolluted()).toBe(false)
    expect(prototypeSnapshot()).toBe(prototypesBefore)
  })
})
