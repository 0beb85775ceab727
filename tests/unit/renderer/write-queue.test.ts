import { describe, expect, it } from 'vitest'
import { ApiCallError, type ApiClient } from '../../../src/renderer/src/api/client'
import { createWriteQueue } from '../../../src/renderer/src/api/write-queue'

function memoryStorage() {
  const data = new Map<string, string>()
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v)
  }
}

/** A client whose 'note.set' fails as the test script says, and records what reached it. */
type Outcome = 'ok' | 'offline' | 'refused' | 'unauthorized' | 'full' | 'internal' | 'gone'

function scriptedClient(outcomes: Outcome[]) {
  const received: unknown[] = []
  const client = {
    'note.set': async (input: { text: string }) => {
      const outcome = outcomes.shift() ?? 'ok'
      if (outcome === 'offline') throw new ApiCallError('unavailable', 'weg')
      if (outcome === 'unauthorized') throw new ApiCallError('unauthorized', 'Geen toegang')
      if (outcome === 'refused') throw new ApiCallError('validation', 'Ongeldige invoer')
      if (outcome === 'full') throw new ApiCallError('storage', 'De schijf is vol.', 'full')
      if (outcome === 'internal') throw new ApiCallError('internal', 'Er ging iets mis')
      if (outcome === 'gone') throw new ApiCallError('not_found', 'Niet gevonden')
      received.push(input.text)
      return { screenId: 'stap1', text: input.text }
    }
  } as unknown as ApiClient
  return { client, received }
}

const note = (text: string) => ({
  sessionId: '00000000-0000-4000-8000-000000000000',
  screenId: 'stap1',
  text
})

describe('write queue', () => {
  it('stores writes one at a time in the order they were made', async () => {
    const { client, received } = scriptedClient([])
    const queue = createWriteQueue({ client, storage: memoryStorage() })
    void queue.enqueue('note.set', note('a'))
    void queue.enqueue('note.set', note('b'))
    await queue.enqueue('note.set', note('c'))
    expect(received).toEqual(['a', 'b', 'c'])
    expect(queue.status().pending).toBe(0)
  })

  it('keeps retrying while the store is unreachable and loses nothing', async () => {
    const { client, received } = scriptedClient(['offline', 'offline', 'ok', 'ok'])
    const statuses: unknown[] = []
    const queue = createWriteQueue({
      client,
      storage: memoryStorage(),
      retryDelayMs: () => 1,
      onStatus: (s) => statuses.push(s.offline)
    })
    void queue.enqueue('note.set', note('first'))
    await queue.enqueue('note.set', note('second'))
    expect(received).toEqual(['first', 'second'])
    expect(statuses).toContain('unreachable')
    expect(queue.status()).toEqual({ pending: 0, offline: false })
  })

  it('replays writes a closed tab left in storage', async () => {
    const storage = memoryStorage()
    const offline = scriptedClient(['offline', 'offline', 'offline', 'offline'])
    const first = createWriteQueue({ client: offline.client, storage, retryDelayMs: () => 60_000 })
    void first.enqueue('note.set', note('typed before the crash'))
    await new Promise((resolve) => setTimeout(resolve, 5))

    const { client, received } = scriptedClient([])
    const second = createWriteQueue({ client, storage })
    expect(second.status().pending).toBe(1)
    await second.idle()
    expect(received).toEqual(['typed before the crash'])
  })

  it('keeps writes the restarted host refuses for a stale access code, until a new code works', async () => {
    const { client, received } = scriptedClient(['unauthorized', 'unauthorized', 'ok'])
    const statuses: unknown[] = []
    const refused: string[] = []
    const queue = createWriteQueue({
      client,
      storage: memoryStorage(),
      retryDelayMs: () => 1,
      onStatus: (s) => statuses.push(s.offline),
      onRejected: (error) => refused.push(error.message)
    })
    await queue.enqueue('note.set', note('kept'))
    expect(received).toEqual(['kept'])
    expect(statuses).toContain('unauthorized')
    expect(refused).toEqual([])
  })

  it('drops a write the store refuses and reports it, then carries on', async () => {
    const { client, received } = scriptedClient(['refused', 'ok'])
    const refused: string[] = []
    const queue = createWriteQueue({
      client,
      storage: memoryStorage(),
      onRejected: (error) => refused.push(error.message)
    })
    void queue.enqueue('note.set', note('bad'))
    await queue.enqueue('note.set', note('good'))
    expect(refused).toEqual(['Ongeldige invoer'])
    expect(received).toEqual(['good'])
  })

  it('keeps a write the store could not write (disk full, bug) and says why until it is stored', async () => {
    const { client, received } = scriptedClient(['full', 'full', 'internal', 'ok'])
    const statuses: unknown[] = []
    const refused: string[] = []
    const queue = createWriteQueue({
      client,
      storage: memoryStorage(),
      retryDelayMs: () => 1,
      onStatus: (s) => statuses.push({ offline: s.offline, cause: s.storageCause }),
      onRejected: (error) => refused.push(error.message)
    })
    await queue.enqueue('note.set', note('typed on a full disk'))
    expect(received).toEqual(['typed on a full disk'])
    expect(statuses).toContainEqual({ offline: 'storage', cause: 'full' })
    expect(statuses).toContainEqual({ offline: 'internal', cause: undefined })
    expect(refused).toEqual([])
    expect(queue.status()).toEqual({ pending: 0, offline: false })
  })

  it('hands a refused write its input, so the text typed in it can be shown and copied', async () => {
    const { client } = scriptedClient(['refused', 'gone', 'ok'])
    const refused: unknown[] = []
    const queue = createWriteQueue({
      client,
      storage: memoryStorage(),
      onRejected: (error, method, input) => refused.push({ code: error.code, method, input })
    })
    void queue.enqueue('note.set', note('te lang'))
    void queue.enqueue('note.set', note('sessie weg'))
    await queue.enqueue('note.set', note('goed'))
    expect(refused).toEqual([
      { code: 'validation', method: 'note.set', input: note('te lang') },
      { code: 'not_found', method: 'note.set', input: note('sessie weg') }
    ])
  })

  it('keeps a write in storage at once and sends it only when the frame lets it go', async () => {
    const { client, received } = scriptedClient([])
    const storage = memoryStorage()
    const released: (() => void)[] = []
    const queue = createWriteQueue({ client, storage, sendAfter: (send) => released.push(send) })
    const first = queue.enqueue('note.set', note('a'))
    void queue.enqueue('note.set', note('b'))
    // Nothing sent yet, both kept: a crash now loses neither.
    await Promise.resolve()
    expect(received).toEqual([])
    expect(JSON.parse(storage.getItem('samenspel.outbox') ?? '[]')).toHaveLength(2)
    // Two writes in one frame wait for one send, and go in order.
    expect(released).toHaveLength(1)
    released[0]?.()
    await first
    await queue.idle()
    expect(received).toEqual(['a', 'b'])
    // The next write waits for its own frame again.
    void queue.enqueue('note.set', note('c'))
    expect(released).toHaveLength(2)
  })

  it('sends right away when asked whether it is idle, without waiting for the frame', async () => {
    const { client, received } = scriptedClient([])
    const queue = createWriteQueue({
      client,
      storage: memoryStorage(),
      sendAfter: () => {}
    })
    void queue.enqueue('note.set', note('a'))
    await queue.idle()
    expect(received).toEqual(['a'])
  })
})
