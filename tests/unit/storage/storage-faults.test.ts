import { randomUUID } from 'node:crypto'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openAppCore, type AppCore } from '../../../src/main/core'
import type { ApiTransport } from '../../../src/shared/api/contract'
import { apiMethodNames } from '../../../src/shared/api/methods'
import type { ApiResult } from '../../../src/shared/api/result'
import { databasePath } from '../../../src/main/db/open-database'
import { startBrowserHost, type BrowserHost } from '../../../src/main/host/browser-host'
import { ApiCallError } from '../../../src/renderer/src/api/api-call-error'
import type { ApiClient } from '../../../src/renderer/src/api/client-types'
import { createHttpTransport } from '../../../src/renderer/src/api/http-transport'
import {
  createWriteQueue,
  type WriteQueue,
  type WriteQueueStatus
} from '../../../src/renderer/src/api/write-queue'
import {
  canMakeImmutable,
  canMountTmpfs,
  fillDisk,
  holdWriteLock,
  mountSmallDisk,
  setImmutable
} from '../../helpers/storage-faults'
import { makeTempDir } from '../../helpers/temp-dir'
import { repoResourcesDir, rowCounts, sampleDetails } from '../../helpers/test-core'

function memoryStorage() {
  const data = new Map<string, string>()
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v)
  }
}

async function until(what: string, condition: () => boolean): Promise<void> {
  for (let waited = 0; !condition(); waited += 10) {
    if (waited > 15_000) throw new Error(`waited too long for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

/** The renderer's client without its dictionary: the Dutch message as the host sent it. */
function clientOver(transport: ApiTransport): ApiClient {
  return Object.fromEntries(
    apiMethodNames.map((method) => [
      method,
      async (input: unknown) => {
        const result = await (transport[method] as (input: unknown) => Promise<ApiResult<unknown>>)(
          input
        )
        if (!result.ok) {
          throw new ApiCallError(result.error.code, result.error.message, result.error.cause)
        }
        return result.data
      }
    ])
  ) as ApiClient
}

interface App {
  core: AppCore
  host: BrowserHost
  client: ApiClient
  queue: WriteQueue
  status: () => WriteQueueStatus
  sessionId: string
}

const cleanups: (() => unknown)[] = []
afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup()
  cleanups.length = 0
})

/** The browser host over a real data directory, and the renderer's write queue talking HTTP. */
async function startApp(dataDir: string): Promise<App> {
  const core = openAppCore({
    dataDir,
    host: 'browser',
    version: '0.0.0-test',
    resourcesDir: repoResourcesDir
  })
  const host = await startBrowserHost({ dispatch: core.dispatch, rendererDir: dataDir })
  cleanups.push(
    () => core.close(),
    () => host.close()
  )
  const client = clientOver(createHttpTransport(() => host.token, `http://127.0.0.1:${host.port}`))
  let last: WriteQueueStatus = { pending: 0, offline: false }
  const queue = createWriteQueue({
    client,
    storage: memoryStorage(),
    retryDelayMs: () => 50,
    onStatus: (status) => (last = status)
  })
  const session = await client['session.create'](sampleDetails)
  return { core, host, client, queue, status: () => last, sessionId: session.id }
}

function typeCards(app: App, texts: string[]): string[] {
  return texts.map((text) => {
    const id = randomUUID()
    void app.queue.enqueue('contribution.add', {
      sessionId: app.sessionId,
      id,
      screenId: 'stap1-vraag-1',
      text
    })
    return id
  })
}

function storedTexts(app: App, ids: string[]): string[] {
  const select = app.core.db.prepare<[string], string>(
    'SELECT text FROM contributions WHERE id = ?'
  )
  return ids.map((id) => select.pluck().get(id) ?? '(missing)')
}

describe('cards typed while storage fails are kept until it works again', () => {
  it('waits for a database another program holds, says so, and stores every card after', async () => {
    const dir = makeTempDir()
    cleanups.push(() => dir.remove())
    const app = await startApp(dir.path)
    const lock = await holdWriteLock(databasePath(dir.path))
    cleanups.push(() => lock.release())

    const texts = ['Ouders bellen bij goed nieuws', 'Inloopochtend op vrijdag', 'Koffie']
    const ids = typeCards(app, texts)
    await until('the busy status', () => app.status().offline === 'storage')
    expect(app.status()).toMatchObject({ pending: 3, storageCause: 'busy' })
    // The host answers other requests meanwhile: the wait does not hold the event loop.
    const info = await app.client['app.info']({})
    expect(info.host).toBe('browser')
    expect(app.queue.status().pending).toBeGreaterThan(0)

    await lock.release()
    await app.queue.idle()
    expect(storedTexts(app, ids)).toEqual(texts)
    expect(app.queue.status()).toEqual({ pending: 0, offline: false })
  })

  it('answers a write to a held database with a Dutch storage error and stores nothing', async () => {
    const dir = makeTempDir()
    cleanups.push(() => dir.remove())
    const app = await startApp(dir.path)
    const before = rowCounts(app.core.db)
    const lock = await holdWriteLock(databasePath(dir.path))
    cleanups.push(() => lock.release())
    // The IPC host calls the same dispatch; this is what the desktop window receives.
    const result = await app.core.dispatch('contribution.add', {
      sessionId: app.sessionId,
      id: randomUUID(),
      screenId: 'stap1-vraag-1',
      text: 'Niet kwijtraken'
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'storage', cause: 'busy' } })
    if (!result.ok) expect(result.error.message).toMatch(/^Een ander programma houdt/)
    await lock.release()
    expect(rowCounts(app.core.db)).toEqual(before)
  })

  const tmpfs = canMountTmpfs()
  it.skipIf(!tmpfs)(
    'keeps cards typed on a full disk and stores them once there is room',
    async () => {
      const dir = makeTempDir()
      cleanups.push(() => dir.remove())
      const disk = mountSmallDisk(join(dir.path, 'disk'), '4m')
      cleanups.push(() => disk.unmount())
      const dataDir = join(dir.path, 'disk', 'data')
      const app = await startApp(dataDir)
      const filler = fillDisk(join(dir.path, 'disk'))

      const texts = Array.from(
        { length: 6 },
        (_, i) => `Kaart ${i + 1}: ${'tekst '.repeat(300).trim()}`
      )
      const ids = typeCards(app, texts)
      await until('the full-disk status', () => app.status().offline === 'storage')
      expect(app.status().storageCause).toBe('full')
      expect(app.status().pending).toBeGreaterThan(0)

      filler.free()
      await app.queue.idle()
      expect(storedTexts(app, ids)).toEqual(texts)
    }
  )

  it.skipIf(!canMakeImmutable(makeTempDir().path))(
    'keeps cards typed while the file may not be written and stores them after',
    async () => {
      const dir = makeTempDir()
      cleanups.push(() => dir.remove())
      const app = await startApp(dir.path)
      const wal = `${databasePath(dir.path)}-wal`
      setImmutable(wal, true)
      cleanups.push(() => setImmutable(wal, false))

      const texts = ['Alleen-lezen is geen reden om iets kwijt te raken', 'Tweede kaart']
      const ids = typeCards(app, texts)
      await until('the read-only status', () => app.status().offline === 'storage')
      expect(app.status()).toMatchObject({ pending: 2, storageCause: 'read_only' })

      setImmutable(wal, false)
      await app.queue.idle()
      expect(storedTexts(app, ids)).toEqual(texts)
    }
  )
})
