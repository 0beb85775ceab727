import { describe, expect, it } from 'vitest'
import { participantPorts } from '../../helpers/participant-ports'
import { createDispatch } from '../../../src/main/services/dispatch'
import { createServices } from '../../../src/main/services'
import type { Action, ActionReviewItem } from '../../../src/shared/domain/action-plan'
import type { Quickscan } from '../../../src/shared/domain/quickscan'
import type { Session } from '../../../src/shared/domain/session'
import { tallyVotes } from '../../../src/shared/domain/vote-tally'
import type { CardTheme, VoteRound } from '../../../src/shared/domain/votes'
import type { Workspace } from '../../../src/shared/domain/workspace'
import { sessionFileSchema, type SessionFile } from '../../../src/shared/exchange/session-file'
import {
  call,
  callFails,
  makeTestCore,
  repoResourcesDir,
  rowCounts,
  testAppInfo,
  testContent,
  type TestCore
} from '../../helpers/test-core'
import { richSession } from './rich-session'

interface FileDownload {
  fileName: string
  mimeType: string
  contentBase64: string
}

async function exportText(core: TestCore, sessionId: string): Promise<string> {
  const file = await call<FileDownload>(core, 'session.export', { sessionId })
  return Buffer.from(file.contentBase64, 'base64').toString('utf8')
}

const uuid = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g

/** The file without what an import changes: ids (numbered in order), the session's own times. */
function normalised(text: string): unknown {
  const file = JSON.parse(text) as SessionFile
  const withoutTimes = {
    ...file,
    exportedAt: null,
    session: { ...file.session, createdAt: null, updatedAt: null }
  }
  const numbers = new Map<string, string>()
  const renumbered = JSON.stringify(withoutTimes).replace(uuid, (id) => {
    if (!numbers.has(id)) numbers.set(id, `id-${numbers.size}`)
    return numbers.get(id) as string
  })
  return JSON.parse(renumbered)
}

describe('exporting a session', () => {
  it('writes the whole session as a valid, readable .samenspel.json file', async () => {
    const core = makeTestCore()
    const { session, previous } = await richSession(core)
    const download = await call<FileDownload>(core, 'session.export', { sessionId: session.id })
    expect(download.fileName).toBe(
      `Voorbeeldsessie - samenwerken met ouders ${session.date}.samenspel.json`
    )
    expect(download.mimeType).toBe('application/json')
    const text = Buffer.from(download.contentBase64, 'base64').toString('utf8')
    expect(text).toContain('\n  "format": "samenspel-session",\n')
    const file = sessionFileSchema.parse(JSON.parse(text))
    expect(file).toMatchObject({
      appVersion: testAppInfo.version,
      content: {
        kwaliteitskaart: { id: 'kwaliteitskaart', version: 1 },
        quickscan: { id: 'quickscan', version: 1 }
      },
      session: { id: session.id, title: session.title },
      nextMeeting: { date: '2027-02-14' }
    })
    expect(file.participants).toHaveLength(session.participants.length)
    expect(file.actions.map((a) => a.origin)).toEqual(['prioriteit', 'bijdrage', 'ondersteuning'])
    expect(file.actionReviews).toEqual([
      { actionId: previous.done.id, outcome: 'klaar', note: '' },
      { actionId: previous.carried.id, outcome: 'loopt-door', note: '' },
      { actionId: previous.dropped.id, outcome: 'vervallen', note: 'Ouders lezen liever de app' }
    ])
    expect(file.session).toMatchObject({ school: session.school, team: session.team })
    expect(file.quickscan?.respondents).toHaveLength(3)
    expect(file.workspace.contributions.some((c) => c.screenId === 'qs-03')).toBe(true)
    expect(file.themes?.map((t) => t.title)).toEqual([
      'Ouders betrekken bij het leren',
      'Vaste momenten van contact'
    ])
    expect(file.votes?.map((v) => [v.title, v.status, v.options.map((o) => o.kind)])).toEqual([
      ['Waar beginnen we mee?', 'gesloten', ['theme', 'card', 'card', 'card', 'card', 'card']],
      ['Welke verbeterpunten eerst?', 'open', ['question', 'question']]
    ])
    // Voters are numbered in the file: no phone's device id leaves the laptop.
    expect(file.votes?.[0]?.ballots.map((b) => b.voterId)).toEqual(['1', '2', '3', '4', '5'])
    expect(file.votes?.[1]?.paper.people).toBe(3)
  })

  it('answers not_found for a session that is gone', async () => {
    const core = makeTestCore()
    const error = await callFails(core, 'session.export', {
      sessionId: '00000000-0000-4000-8000-000000000000'
    })
    expect(error.code).toBe('not_found')
  })
})

describe('importing a session file', () => {
  it('gives back the same session: exporting the import gives the same file', async () => {
    const core = makeTestCore()
    const { session } = await richSession(core)
    const first = await exportText(core, session.id)
    const imported = await call<Session>(core, 'session.import', { again: true, content: first })
    expect(imported.id).not.toBe(session.id)
    expect(imported.title).toBe(session.title)
    const second = await exportText(core, imported.id)
    expect(normalised(second)).toEqual(normalised(first))
  })

  it('gives every record a new id and keeps the references inside the session', async () => {
    const core = makeTestCore()
    const { session } = await richSession(core)
    const imported = await call<Session>(core, 'session.import', {
      again: true,
      content: await exportText(core, session.id)
    })
    const workspace = await call<Workspace>(core, 'workspace.get', { sessionId: imported.id })
    const actions = await call<Action[]>(core, 'action.list', { sessionId: imported.id })
    const scan = await call<Quickscan>(core, 'quickscan.get', { sessionId: imported.id })
    const participantIds = new Set(imported.participants.map((p) => p.id))
    const cardIds = new Set(workspace.contributions.map((c) => c.id))
    expect(imported.participants.map((p) => p.name)).toEqual(
      session.participants.map((p) => p.name)
    )
    for (const card of workspace.contributions) {
      if (card.participantId) expect(participantIds.has(card.participantId)).toBe(true)
    }
    const fromCard = actions.find((a) => a.origin === 'bijdrage')
    expect(cardIds.has(fromCard?.originRef ?? '')).toBe(true)
    expect(participantIds.has(fromCard?.ownerParticipantId ?? '')).toBe(true)
    expect(scan.sessionId).toBe(imported.id)
    const original = await call<Quickscan>(core, 'quickscan.get', { sessionId: session.id })
    expect(scan.respondents.map((r) => r.id)).not.toContain(original.respondents[0]!.id)
  })

  it('keeps themes and votes: the same cards grouped, the same dots per option', async () => {
    const core = makeTestCore()
    const { session } = await richSession(core)
    // Imported beside its own original on purpose: the copy is compared with it.
    const imported = await call<Session>(core, 'session.import', {
      again: true,
      content: await exportText(core, session.id)
    })
    const workspace = await call<Workspace>(core, 'workspace.get', { sessionId: imported.id })
    const textOf = new Map(workspace.contributions.map((c) => [c.id, c.text]))
    const themes = await call<CardTheme[]>(core, 'theme.list', { sessionId: imported.id })
    const before = await call<CardTheme[]>(core, 'theme.list', { sessionId: session.id })
    const beforeText = await call<Workspace>(core, 'workspace.get', { sessionId: session.id })
    const beforeTextOf = new Map(beforeText.contributions.map((c) => [c.id, c.text]))
    expect(themes.map((t) => [t.title, t.cardIds.map((id) => textOf.get(id))])).toEqual(
      before.map((t) => [t.title, t.cardIds.map((id) => beforeTextOf.get(id))])
    )
    const rounds = await call<VoteRound[]>(core, 'vote.list', { sessionId: imported.id })
    const original = await call<VoteRound[]>(core, 'vote.list', { sessionId: session.id })
    const standings = (round: VoteRound) =>
      tallyVotes(round).results.map((r) => [r.option.label, r.dots, r.fromPaper])
    expect(rounds.map(standings)).toEqual(original.map(standings))
    // A theme option points at the imported theme, a card option at the imported card.
    const [first] = rounds
    expect(first!.options[0]).toMatchObject({ kind: 'theme', refId: themes[0]!.id })
    expect(textOf.get(first!.options[1]!.refId)).toBe(first!.options[1]!.label)
    expect(rounds.map((r) => r.status)).toEqual(['gesloten', 'open'])
  })

  it('keeps reviews of actions that exist here, and skips those that do not', async () => {
    const core = makeTestCore()
    const { session, previous } = await richSession(core)
    const text = await exportText(core, session.id)
    const kept = await call<Session>(core, 'session.import', { again: true, content: text })
    const reviews = core.db
      .prepare(
        'SELECT action_id, outcome, note FROM action_reviews WHERE session_id = ? ORDER BY rowid'
      )
      .all(kept.id)
    expect(reviews).toEqual([
      { action_id: previous.done.id, outcome: 'klaar', note: '' },
      { action_id: previous.carried.id, outcome: 'loopt-door', note: '' },
      { action_id: previous.dropped.id, outcome: 'vervallen', note: 'Ouders lezen liever de app' }
    ])
    // The imported session joined the same team: its school and team were found by name.
    expect(kept).toMatchObject({ teamId: session.teamId, schoolId: session.schoolId })

    await call(core, 'session.delete', { id: previous.earlier.id })
    const elsewhere = await call<Session>(core, 'session.import', { again: true, content: text })
    const count = core.db.prepare('SELECT COUNT(*) FROM action_reviews WHERE session_id = ?')
    expect(count.pluck().get(elsewhere.id)).toBe(0)
    // Its previous session is now the original (same team, same day, created earlier).
    const items = await call<ActionReviewItem[]>(core, 'review.list', { sessionId: elsewhere.id })
    expect(items.every((item) => item.outcome === null)).toBe(true)
  })
})

describe('a file from before schools and teams were records', () => {
  /** What Samenspel wrote then: no sector or board, no review notes, `meegenomen` reviews. */
  async function olderFile() {
    const source = makeTestCore()
    const { session, previous } = await richSession(source)
    const file = JSON.parse(await exportText(source, session.id)) as SessionFile
    delete file.session.sector
    delete file.session.board
    file.actionReviews = file.actionReviews.map(({ actionId, outcome }) => ({
      actionId,
      outcome: outcome === 'loopt-door' ? 'meegenomen' : outcome
    }))
    return { file, session, previous }
  }

  it('still imports, into the team of that name, or a new one with the sector unknown', async () => {
    const { file, session } = await olderFile()
    const fresh = makeTestCore()
    const imported = await call<Session>(fresh, 'session.import', {
      again: true,
      content: JSON.stringify(file)
    })
    expect(imported).toMatchObject({ school: session.school, team: session.team, sector: null })
    // A second import joins the same school and team rather than making another.
    const again = await call<Session>(fresh, 'session.import', {
      again: true,
      content: JSON.stringify(file)
    })
    expect(again).toMatchObject({ schoolId: imported.schoolId, teamId: imported.teamId })
  })

  it('keeps its old "meegenomen" review, which ends the original action', async () => {
    const core = makeTestCore()
    const { session, previous } = await richSession(core)
    const file = JSON.parse(await exportText(core, session.id)) as SessionFile
    file.actionReviews = file.actionReviews.map((review) =>
      review.actionId === previous.carried.id ? { ...review, outcome: 'meegenomen' } : review
    )
    const imported = await call<Session>(core, 'session.import', {
      again: true,
      content: JSON.stringify(file)
    })
    const items = await call<ActionReviewItem[]>(core, 'review.list', { sessionId: imported.id })
    expect(items.find((i) => i.action.id === previous.carried.id)?.outcome).toBe('meegenomen')
  })
})

describe('refusing a session file', () => {
  async function exported() {
    const core = makeTestCore()
    const { session } = await richSession(core)
    return { core, text: await exportText(core, session.id) }
  }

  /** Refuses `content` with a validation error and leaves every table as it was. */
  async function refuses(core: TestCore, content: string, message: RegExp | string) {
    const before = rowCounts(core.db)
    const error = await callFails(core, 'session.import', { again: true, content })
    expect(error.code).toBe('validation')
    expect(error.message).toMatch(message)
    expect(rowCounts(core.db)).toEqual(before)
  }

  /** The file with the value at `path` replaced. */
  const changed = (text: string, path: (string | number)[], value: unknown): string => {
    const file: unknown = JSON.parse(text)
    let at = file as Record<string | number, unknown>
    for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>
    at[path.at(-1) as string | number] = value
    return JSON.stringify(file)
  }

  it('refuses text that is not JSON, and a truncated file', async () => {
    const { core, text } = await exported()
    const broken =
      /^Dit bestand is geen geldig Samenspel-bestand \(het is beschadigd of onvolledig\)\.$/
    await refuses(core, 'Beste collega’s, hierbij het verslag.', broken)
    await refuses(core, text.slice(0, Math.floor(text.length / 2)), broken)
    await refuses(core, '', broken)
  })

  it('refuses JSON that is not a Samenspel session file', async () => {
    const { core, text } = await exported()
    await refuses(
      core,
      changed(text, ['format'], 'samenspel-rapport'),
      /geen Samenspel-sessiebestand/
    )
    await refuses(core, '{"naam": "iets anders"}', /geen Samenspel-sessiebestand/)
    await refuses(core, '[1, 2, 3]', /geen Samenspel-sessiebestand/)
  })

  it('asks to update Samenspel for a file from a newer version', async () => {
    const { core, text } = await exported()
    await refuses(
      core,
      changed(text, ['formatVersion'], 2),
      'Dit bestand is gemaakt met een nieuwere versie van Samenspel (bestandsversie 2); werk Samenspel bij om het te openen.'
    )
  })

  it('names a field of the wrong type', async () => {
    const { core, text } = await exported()
    await refuses(
      core,
      changed(text, ['participants', 1, 'name'], 42),
      /ongeldig: veld "participants\.1\.name"/
    )
    await refuses(
      core,
      changed(text, ['actions', 0, 'status'], 'misschien'),
      /veld "actions\.0\.status"/
    )
  })

  it('names a content id this version does not know', async () => {
    const { core, text } = await exported()
    await refuses(
      core,
      changed(text, ['workspace', 'contributions', 0, 'screenId'], 'stap9'),
      /niet kent: veld "workspace\.contributions\.0\.screenId": Onbekend scherm: "stap9"/
    )
    await refuses(
      core,
      changed(text, ['quickscan', 'respondents', 0, 'answers', 'qs-77'], '+'),
      /veld "quickscan\.respondents\.0\.answers\.qs-77"/
    )
    await refuses(
      core,
      changed(text, ['content', 'kwaliteitskaart', 'id'], 'kwaliteitskaart-mbo'),
      /ander inhoudspakket/
    )
  })

  it('refuses references to participants the file does not hold, and repeated ids', async () => {
    const { core, text } = await exported()
    await refuses(
      core,
      changed(text, ['actions', 1, 'ownerParticipantId'], '00000000-0000-4000-8000-000000000000'),
      /veld "actions\.1\.ownerParticipantId"/
    )
    await refuses(
      core,
      changed(text, ['actions', 1, 'id'], (JSON.parse(text) as SessionFile).actions[0]!.id),
      /veld "actions\.1"/
    )
  })

  it('refuses themes and votes that point at what the file does not hold', async () => {
    const { core, text } = await exported()
    const file = JSON.parse(text) as SessionFile
    const elsewhere = file.workspace.contributions.find(
      (c) => c.screenId !== file.themes![0]!.screenId
    )!
    await refuses(
      core,
      changed(text, ['themes', 0, 'cardIds', 0], elsewhere.id),
      /veld "themes\.0\.cardIds\.0".*niet op het scherm van dit thema/
    )
    await refuses(
      core,
      changed(text, ['votes', 0, 'options', 0, 'refId'], '00000000-0000-4000-8000-000000000000'),
      /veld "votes\.0\.options\.0\.refId".*staat niet bij themes/
    )
    await refuses(
      core,
      changed(text, ['votes', 1, 'options', 0, 'refId'], 'qs-77'),
      /veld "votes\.1\.options\.0\.refId"/
    )
    await refuses(
      core,
      changed(text, ['votes', 0, 'ballots', 0, 'allocation'], {
        '00000000-0000-4000-8000-000000000000': 1
      }),
      /veld "votes\.0\.ballots\.0".*geen punt van deze stemronde/
    )
    await refuses(
      core,
      changed(text, ['votes', 0, 'status'], 'misschien'),
      /veld "votes\.0\.status"/
    )
  })

  it('still imports a file from before themes and votes', async () => {
    const { core, text } = await exported()
    const older = JSON.parse(text) as SessionFile
    delete older.themes
    delete older.votes
    const imported = await call<Session>(core, 'session.import', {
      again: true,
      content: JSON.stringify(older)
    })
    expect(await call(core, 'vote.list', { sessionId: imported.id })).toEqual([])
    expect(await call(core, 'theme.list', { sessionId: imported.id })).toEqual([])
  })

  it('stores nothing when storing fails half-way', async () => {
    const core = makeTestCore()
    const { session } = await richSession(core)
    const text = await exportText(core, session.id)
    // Every new record gets the same id: the second participant cannot be stored.
    const dispatch = createDispatch(
      createServices({
        ...participantPorts(),
        db: core.db,
        content: testContent(),
        appInfo: testAppInfo,
        resourcesDir: repoResourcesDir,
        newId: () => '11111111-1111-4111-8111-111111111111'
      }),
      { logError: () => undefined }
    )
    const before = rowCounts(core.db)
    const result = await dispatch('session.import', { again: true, content: text })
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } })
    expect(rowCounts(core.db)).toEqual(before)
  })
})
