import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Session } from '../../../src/shared/domain/session'
import type { SessionFile } from '../../../src/shared/exchange/session-file'
import { maxContributionLength } from '../../../src/shared/domain/workspace'
import { makeTestCore, rowCounts, type TestCore } from '../../helpers/test-core'
import { openTransport, transportNames, type Transport } from '../../helpers/transports'
import { richSession } from './rich-session'

vi.mock('electron', async () => (await import('../electron/electron-mock')).electronMock)

const open: Transport[] = []
afterEach(async () => {
  for (const transport of open.splice(0)) await transport.close()
})

async function through(name: (typeof transportNames)[number], core: TestCore) {
  const transport = await openTransport(name, core.dispatch)
  open.push(transport)
  const call = async <T>(method: string, input: unknown): Promise<T> => {
    const result = await transport.dispatch(method, input)
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`)
    return result.data as T
  }
  const fails = async (method: string, input: unknown) => {
    const result = await transport.dispatch(method, input)
    if (result.ok) throw new Error(`${method} should have failed`)
    return result.error
  }
  return { call, fails }
}

/** Every row of every table, as text, so "nothing changed" can be checked row by row. */
function allRows(core: TestCore): Map<string, Set<string>> {
  const tables = core.db
    .prepare<[], string>(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    )
    .pluck()
    .all()
  return new Map(
    tables.map((table) => [
      table,
      new Set(
        core.db
          .prepare(`SELECT * FROM "${table}"`)
          .all()
          .map((row) => JSON.stringify(row))
      )
    ])
  )
}

function exportedFile(core: TestCore, sessionId: string) {
  return core.dispatch('session.export', { sessionId }).then((result) => {
    if (!result.ok) throw new Error(result.error.message)
    const { contentBase64 } = result.data as { contentBase64: string }
    return JSON.parse(Buffer.from(contentBase64, 'base64').toString('utf8')) as SessionFile
  })
}

describe.each(transportNames)('importing only ever creates (%s)', (name) => {
  it("does not set an existing session's action to klaar through the file's actionReviews", async () => {
    const core = makeTestCore()
    const api = await through(name, core)
    const { session, previous } = await richSession(core)
    const file = await exportedFile(core, session.id)
    // The reported fault: a file that says "klaar" for an action that is still running here.
    file.actionReviews = file.actionReviews.map((review) =>
      review.actionId === previous.carried.id ? { ...review, outcome: 'klaar' } : review
    )
    const before = allRows(core)
    const imported = await api.call<Session>('session.import', {
      content: JSON.stringify(file),
      again: true
    })
    const after = allRows(core)
    // Every row that was there is still there, byte for byte: nothing but additions.
    for (const [table, rows] of before) {
      for (const row of rows) expect(after.get(table)?.has(row), `${table}: ${row}`).toBe(true)
    }
    const status = core.db.prepare('SELECT status FROM actions WHERE id = ?').pluck()
    expect(status.get(previous.carried.id)).toBe('bezig')
    expect(imported.id).not.toBe(session.id)
  })

  it('refuses a card of 0, of only spaces, or of 5,000,000 characters, and stores nothing', async () => {
    const core = makeTestCore()
    const api = await through(name, core)
    const { session } = await richSession(core)
    const file = await exportedFile(core, session.id)
    const texts = ['', '   ', 'x'.repeat(maxContributionLength + 1), 'y'.repeat(5_000_000)]
    for (const text of texts) {
      const bad = structuredClone(file)
      bad.workspace.contributions[0]!.text = text
      const before = rowCounts(core.db)
      const error = await api.fails('session.import', {
        content: JSON.stringify(bad),
        again: true
      })
      expect(error.code).toBe('validation')
      expect(error.message).toMatch(
        /meer dan Samenspel bewaart: veld "workspace\.contributions\.0\.text": een bijdrage (zonder tekst|van meer dan 100000 tekens)/
      )
      expect(rowCounts(core.db)).toEqual(before)
    }
  })

  it('refuses more actions than the plan can order, and stores nothing', async () => {
    const core = makeTestCore()
    const api = await through(name, core)
    const { session } = await richSession(core)
    const file = await exportedFile(core, session.id)
    const template = file.actions[0]!
    file.actions = Array.from({ length: 5_001 }, (_, i) => ({
      ...template,
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      origin: 'vrij' as const,
      originRef: null,
      position: i
    }))
    const before = rowCounts(core.db)
    const error = await api.fails('session.import', { content: JSON.stringify(file), again: true })
    expect(error.message).toMatch(/veld "actions": meer dan 5000 acties/)
    expect(rowCounts(core.db)).toEqual(before)
  })
})

describe.each(transportNames)('importing the same file twice (%s)', (name) => {
  it('says so and imports again only when asked', async () => {
    const source = makeTestCore()
    const { session } = await richSession(source)
    const text = JSON.stringify(await exportedFile(source, session.id))
    const core = makeTestCore()
    const api = await through(name, core)

    expect(await api.call('session.importCheck', { content: text })).toEqual({ earlier: [] })
    const first = await api.call<Session>('session.import', { content: text })

    const check = await api.call<{ earlier: { sessionId: string; title: string }[] }>(
      'session.importCheck',
      { content: text }
    )
    expect(check.earlier).toEqual([
      expect.objectContaining({ sessionId: first.id, title: session.title })
    ])
    const before = rowCounts(core.db)
    const refused = await api.fails('session.import', { content: text })
    expect(refused.code).toBe('validation')
    expect(refused.message).toBe(
      `Dit bestand staat al in Samenspel, als sessie "${session.title}". Kies "Toch importeren" als je echt een tweede kopie wilt.`
    )
    expect(rowCounts(core.db)).toEqual(before)

    const second = await api.call<Session>('session.import', { content: text, again: true })
    expect(second.id).not.toBe(first.id)
    const sessions = await api.call<{ title: string }[]>('session.list', {})
    expect(sessions.filter((s) => s.title === session.title)).toHaveLength(2)
  })

  it('notices a later export of the same session, and the session the file came from', async () => {
    const core = makeTestCore()
    const api = await through(name, core)
    const { session } = await richSession(core)
    const text = JSON.stringify(await exportedFile(core, session.id))
    const check = await api.call<{ earlier: { sessionId: string; importedAt: string | null }[] }>(
      'session.importCheck',
      { content: text }
    )
    expect(check.earlier).toEqual([
      expect.objectContaining({ sessionId: session.id, importedAt: null })
    ])
    const before = rowCounts(core.db)
    await api.fails('session.import', { content: text })
    expect(rowCounts(core.db)).toEqual(before)
  })
})

describe.each(transportNames)('"Met namen: wie wat zei" is remembered per session (%s)', (name) => {
  it('is off until chosen, and the choice stays with its own session', async () => {
    const core = makeTestCore()
    const api = await through(name, core)
    const { session } = await richSession(core)
    const other = await api.call<Session>('session.create', {
      title: 'Andere sessie',
      date: '2026-11-30',
      facilitator: 'Mira'
    })
    expect(await api.call('report.choices', { sessionId: session.id })).toEqual({
      attributions: false
    })
    await api.call('report.setAttributions', { sessionId: session.id, attributions: true })
    expect(await api.call('report.choices', { sessionId: session.id })).toEqual({
      attributions: true
    })
    expect(await api.call('report.choices', { sessionId: other.id })).toEqual({
      attributions: false
    })
    const before = rowCounts(core.db)
    const missing = await api.fails('report.setAttributions', {
      sessionId: '00000000-0000-4000-8000-000000000000',
      attributions: true
    })
    expect(missing.code).toBe('not_found')
    const bad = await api.fails('report.setAttributions', {
      sessionId: session.id,
      attributions: 'ja'
    })
    expect(bad.code).toBe('validation')
    expect(rowCounts(core.db)).toEqual(before)
  })
})
