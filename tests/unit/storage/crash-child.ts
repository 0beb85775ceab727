/**
 * The storage layer as the app runs it, for crash-safety.test.ts, which kills this process with
 * SIGKILL at random moments. Protocol: prints `ready` once loaded; on a line on stdin it opens
 * the database, takes the session in it (creating it the first time), and adds contributions
 * through the real dispatch until killed, printing `ack <id>` after each call has returned.
 * Arguments: the database file and the resources/ folder (this file may run as a bundle).
 */
import { randomUUID } from 'node:crypto'
import { participantPorts } from '../../helpers/participant-ports'
import { writeSync } from 'node:fs'
import { loadContent } from '../../../src/main/content/load-content'
import { openDatabase } from '../../../src/main/db/open-database'
import { createDispatch, type Dispatch } from '../../../src/main/services/dispatch'
import { createServices } from '../../../src/main/services'

const [file = '', resourcesDir = ''] = process.argv.slice(2)
const content = loadContent(resourcesDir)

/**
 * Straight to the pipe: an ack must be out of this process before the next write starts. The
 * pipe is non-blocking, so a full one (the test is busy checking) is waited out, not skipped.
 */
function print(line: string): void {
  const bytes = Buffer.from(`${line}\n`)
  for (let done = 0; done < bytes.length;) {
    try {
      done += writeSync(1, bytes, done)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error
    }
  }
}

async function data<T>(dispatch: Dispatch, method: string, input: unknown): Promise<T> {
  const result = await dispatch(method, input)
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`)
  return result.data as T
}

async function theSession(dispatch: Dispatch): Promise<string> {
  const sessions = await data<{ id: string }[]>(dispatch, 'session.list', {})
  if (sessions[0]) return sessions[0].id
  const details = { title: 'Crashtest', school: '', team: '', date: '2026-11-22', facilitator: '' }
  return (await data<{ id: string }>(dispatch, 'session.create', details)).id
}

async function addUntilKilled(): Promise<void> {
  const db = openDatabase(file)
  const appInfo = { version: '0.0.0-crash', host: 'browser', dataDir: '' } as const
  const dispatch = createDispatch(
    createServices({
      ...participantPorts(),
      db,
      content,
      appInfo,
      resourcesDir
    })
  )
  const sessionId = await theSession(dispatch)
  for (;;) {
    const id = randomUUID()
    const card = { sessionId, id, screenId: 'stap1-vraag-1', text: `Kaartje ${id}` }
    await data(dispatch, 'contribution.add', card)
    print(`ack ${id}`)
  }
}

process.stdin.once('data', () => {
  addUntilKilled().catch((error: unknown) => {
    console.error(error)
    process.exit(1)
  })
})
print('ready')
