import type { Contribution, ContributionTag } from '../../shared/domain/workspace'
import type { Db } from './types'

interface ContributionRow {
  id: string
  session_id: string
  screen_id: string
  text: string
  tag: ContributionTag | null
  participant_id: string | null
  carry_to_plan: number
  position: number
  deleted_at: string | null
  created_at: string
  updated_at: string
  origin: Contribution['origin']
  device_id: string | null
  device_name: string | null
  held: number
  hidden: number
  sent_text: string | null
  merged_into: string | null
  merged_from: string
}

/** A card as its sending device may see it: the text it sent, the state of where it went. */
export interface SentCard {
  id: string
  screenId: string
  text: string
  createdAt: string
  held: boolean
  hidden: boolean
}

/** A card as stored, with whether it is (soft) deleted. */
export interface StoredContribution {
  card: Contribution
  deleted: boolean
}

/** Where a card came from; the facilitator's own cards leave these out. */
export type ContributionSource = Pick<Contribution, 'origin' | 'deviceId' | 'deviceName' | 'held'>

export type NewContribution = Pick<
  Contribution,
  'id' | 'sessionId' | 'screenId' | 'text' | 'tag' | 'participantId' | 'carryToPlan'
> &
  Partial<ContributionSource>

export type ContributionFields = Pick<
  Contribution,
  'text' | 'tag' | 'participantId' | 'carryToPlan' | 'held' | 'hidden'
>

function toContribution(row: ContributionRow): Contribution {
  return {
    id: row.id,
    sessionId: row.session_id,
    screenId: row.screen_id,
    text: row.text,
    tag: row.tag,
    participantId: row.participant_id,
    carryToPlan: row.carry_to_plan === 1,
    position: row.position,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    origin: row.origin,
    deviceId: row.device_id,
    deviceName: row.device_name,
    held: row.held === 1,
    hidden: row.hidden === 1,
    mergedFrom: parseNames(row.merged_from)
  }
}

function parseNames(json: string): string[] {
  try {
    const parsed: unknown = JSON.parse(json)
    return Array.isArray(parsed) ? parsed.filter((name) => typeof name === 'string') : []
  } catch {
    return []
  }
}

const toStored = (row: ContributionRow): StoredContribution => ({
  card: toContribution(row),
  deleted: row.deleted_at !== null
})

const flag = (value: boolean): number => (value ? 1 : 0)

export function createContributionRepository(db: Db) {
  // The session's next card position (migrations 13 and 14): every inserted card, deleted ones
  // too, moves it on in the insert's own statement, so a restored card never shares its place
  // with one added later. Read once per session; afterwards this connection's own inserts keep
  // the copy in step, the way the trigger moves the stored one.
  const nextPositionStmt = db
    .prepare<[string], number>('SELECT next_card_position FROM sessions WHERE id = ?')
    .pluck()
  const nextPositions = new Map<string, number>()
  // DO NOTHING on a known id: the service decides whether that is a retry or a conflict.
  const columns = `INSERT INTO contributions (id, session_id, screen_id, text, tag, participant_id,
       carry_to_plan, position, created_at, updated_at, origin, device_id, device_name, held,
       hidden, sent_text)`
  const insertExactlyStmt = db.prepare(
    `${columns} VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`
  )
  // The stored position is never below the session's own counter, even if another program
  // added cards meanwhile: the order on screen is the stored one.
  const insertStmt = db.prepare(
    `${columns} VALUES (?, ?, ?, ?, ?, ?, ?,
       MAX(?, COALESCE((SELECT next_card_position FROM sessions WHERE id = ?), 0)),
       ?, ?, ?, ?, ?, ?, 0, ?) ON CONFLICT (id) DO NOTHING`
  )
  // A card merged away stays on its sender's list, as sent, while the card it went into lives.
  const sentStmt = db.prepare<
    [string],
    Omit<SentCard, 'held' | 'hidden'> & { held: number; hidden: number }
  >(
    `SELECT c.id, c.screen_id AS screenId, COALESCE(c.sent_text, c.text) AS text,
       c.created_at AS createdAt, COALESCE(t.held, c.held) AS held,
       COALESCE(t.hidden, c.hidden) AS hidden
     FROM contributions c LEFT JOIN contributions t ON t.id = c.merged_into
     WHERE c.device_id = ?
       AND (c.deleted_at IS NULL OR (c.merged_into IS NOT NULL AND t.deleted_at IS NULL))
     ORDER BY c.created_at, c.rowid`
  )
  // The same view of one device's cards, limited to those that are (or went into) given cards,
  // with whether each is still on its sender's list: what a phone's delta needs, whatever the
  // session's size (the device's own cards only, by its index).
  const sentAmongStmt = db.prepare<
    [string, string, string],
    Omit<SentCard, 'held' | 'hidden'> & { held: number; hidden: number; listed: number }
  >(
    `SELECT c.id, c.screen_id AS screenId, COALESCE(c.sent_text, c.text) AS text,
       c.created_at AS createdAt, COALESCE(t.held, c.held) AS held,
       COALESCE(t.hidden, c.hidden) AS hidden,
       (c.deleted_at IS NULL OR (c.merged_into IS NOT NULL AND t.deleted_at IS NULL)) AS listed
     FROM contributions c LEFT JOIN contributions t ON t.id = c.merged_into
     WHERE c.device_id = ?
       AND (c.id IN (SELECT value FROM json_each(?))
         OR c.merged_into IN (SELECT value FROM json_each(?)))
     ORDER BY c.created_at, c.rowid`
  )
  const mergeStmt = db.prepare<[string, string]>(
    'UPDATE contributions SET merged_into = ? WHERE id = ?'
  )
  const mergedFromStmt = db.prepare<[string, string]>(
    'UPDATE contributions SET merged_from = ? WHERE id = ?'
  )
  const getStmt = db.prepare<[string], ContributionRow>('SELECT * FROM contributions WHERE id = ?')
  const listStmt = db.prepare<[string], ContributionRow>(
    `SELECT * FROM contributions WHERE session_id = ? AND deleted_at IS NULL
     ORDER BY screen_id, position, created_at, rowid`
  )
  const screenIdsStmt = db
    .prepare<[string, string], string>(
      `SELECT id FROM contributions WHERE session_id = ? AND screen_id = ? AND deleted_at IS NULL`
    )
    .pluck()
  const updateStmt = db.prepare<[Record<string, unknown>], ContributionRow>(
    `UPDATE contributions SET text = @text, tag = @tag, participant_id = @participantId,
       carry_to_plan = @carryToPlan, held = @held, hidden = @hidden, updated_at = @now
     WHERE id = @id AND deleted_at IS NULL RETURNING *`
  )
  const setDeletedStmt = db.prepare<[string | null, string], ContributionRow>(
    'UPDATE contributions SET deleted_at = ? WHERE id = ? RETURNING *'
  )
  const setPositionStmt = db.prepare('UPDATE contributions SET position = ? WHERE id = ?')

  return {
    /**
     * Inserts at the end of its screen, as one statement (adding a card is the hottest write of
     * a session; migration 14's trigger marks the session in it). Undefined when a card with this
     * id exists already; a session that is gone fails on the foreign key.
     */
    insert(card: NewContribution, now: string): Contribution | undefined {
      const { id, sessionId, screenId, text, tag, participantId, carryToPlan } = card
      const source = {
        origin: card.origin ?? 'gespreksleider',
        deviceId: card.deviceId ?? null,
        deviceName: card.deviceName ?? null,
        held: card.held ?? false
      }
      const position = nextPositions.get(sessionId) ?? nextPositionStmt.get(sessionId) ?? 0
      const row = [id, sessionId, screenId, text, tag, participantId, flag(carryToPlan)]
      const { origin, deviceId, deviceName, held } = source
      const more = [position, sessionId, now, now, origin, deviceId, deviceName, flag(held)]
      const sent = origin === 'deelnemer' ? text : null
      if (insertStmt.run(...row, ...more, sent).changes === 0) return undefined
      nextPositions.set(sessionId, position + 1)
      const stored = { id, sessionId, screenId, text, tag, participantId, carryToPlan, position }
      return { ...stored, createdAt: now, updatedAt: now, ...source, hidden: false, mergedFrom: [] }
    },
    /**
     * Stores the card as given, position and times included (an imported session's card); false
     * when a card with this id exists already.
     */
    insertExactly(card: Contribution): boolean {
      const { id, sessionId, screenId, text, tag, participantId, position } = card
      const row = [id, sessionId, screenId, text, tag, participantId, flag(card.carryToPlan)]
      const times = [position, card.createdAt, card.updatedAt]
      const source = [card.origin, card.deviceId, card.deviceName, flag(card.held)]
      const sent = card.origin === 'deelnemer' ? card.text : null
      if (insertExactlyStmt.run(...row, ...times, ...source, flag(card.hidden), sent).changes === 0)
        return false
      // The trigger moved the session's counter above this card: read it again when needed.
      nextPositions.delete(sessionId)
      if (card.mergedFrom.length > 0) mergedFromStmt.run(JSON.stringify(card.mergedFrom), id)
      return true
    },
    get(id: string): StoredContribution | undefined {
      const row = getStmt.get(id)
      return row ? toStored(row) : undefined
    },
    /** The session's cards that are not deleted, by screen id, then position. */
    listForSession(sessionId: string): Contribution[] {
      return listStmt.all(sessionId).map(toContribution)
    },
    /** What one joined device sent, exactly as sent, merged-away cards included. */
    listSentByDevice(deviceId: string): SentCard[] {
      return sentStmt
        .all(deviceId)
        .map((row) => ({ ...row, held: row.held === 1, hidden: row.hidden === 1 }))
    },
    /**
     * The device's cards among `ids` (or merged into one of them), as `listSentByDevice` shows
     * them; `listed: false` for one no longer on that list (deleted).
     */
    sentByDeviceAmong(
      deviceId: string,
      ids: readonly string[]
    ): { card: SentCard; listed: boolean }[] {
      if (ids.length === 0) return []
      const json = JSON.stringify(ids)
      return sentAmongStmt.all(deviceId, json, json).map(({ listed, ...row }) => ({
        card: { ...row, held: row.held === 1, hidden: row.hidden === 1 },
        listed: listed === 1
      }))
    },
    /** `sourceId` went into `targetId`, whose card now also credits `mergedFrom`. */
    markMerged(sourceId: string, targetId: string, mergedFrom: readonly string[]): void {
      mergeStmt.run(targetId, sourceId)
      mergedFromStmt.run(JSON.stringify(mergedFrom), targetId)
    },
    activeIdsOnScreen(sessionId: string, screenId: string): string[] {
      return screenIdsStmt.all(sessionId, screenId)
    },
    /** Undefined when the card is missing or deleted. */
    update(id: string, fields: ContributionFields, now: string): Contribution | undefined {
      const { text, tag, participantId } = fields
      const flags = {
        carryToPlan: flag(fields.carryToPlan),
        held: flag(fields.held),
        hidden: flag(fields.hidden)
      }
      const row = updateStmt.get({ text, tag, participantId, ...flags, id, now })
      return row ? toContribution(row) : undefined
    },
    /** `deletedAt` null restores the card. */
    setDeleted(id: string, deletedAt: string | null): Contribution | undefined {
      // A restored card stands on its own again.
      if (deletedAt === null) mergeStmt.run(null as unknown as string, id)
      const row = setDeletedStmt.get(deletedAt, id)
      return row ? toContribution(row) : undefined
    },
    setPositions(ids: readonly string[]): void {
      ids.forEach((id, position) => setPositionStmt.run(position, id))
    }
  }
}

export type ContributionRepository = ReturnType<typeof createContributionRepository>
