import type { ApiHandlers, ApiParsedInput } from '../../shared/api/contract'
import { maxContributionLength, type Contribution } from '../../shared/domain/workspace'
import { ServiceError } from './service-error'
import type { ServiceContext } from './service-context'
import { changeSession, sessionNotFound } from './session-service'

type ContributionHandlers = Pick<
  ApiHandlers,
  | 'contribution.add'
  | 'contribution.update'
  | 'contribution.delete'
  | 'contribution.restore'
  | 'contribution.reorder'
  | 'contribution.merge'
>

const cardNotFound = (): ServiceError => new ServiceError('not_found', 'error.cardNotFound')

const invalid = (message: string): ServiceError => new ServiceError('validation', message)

const foreignParticipant = (): ServiceError =>
  new ServiceError('validation', 'error.participantForeign')

function belongsToSession(ctx: ServiceContext, sessionId: string, participantId: string | null) {
  return (
    participantId === null || ctx.repos.participants.get(participantId)?.sessionId === sessionId
  )
}

/**
 * A card with this id in this session is a retried call whose reply was lost: it gets the
 * stored card back, unchanged, even if the card could not be added now.
 */
function storedOr(
  ctx: ServiceContext,
  input: ApiParsedInput<'contribution.add'>,
  problem: () => ServiceError
): Contribution {
  const existing = ctx.repos.contributions.get(input.id)
  if (existing?.card.sessionId === input.sessionId) return existing.card
  if (existing) throw new ServiceError('validation', 'error.cardForeign')
  throw problem()
}

/**
 * SQLite's answer to a facilitator's card whose session is gone: of its foreign keys only the
 * session's can fail (it names no device, and its participant was found in the session first).
 */
const isMissingSession = (error: unknown): boolean =>
  (error as { code?: unknown } | null)?.code === 'SQLITE_CONSTRAINT_FOREIGNKEY'

/**
 * One statement stores the card and marks its session (migration 14), so adding a card, the
 * hottest write of a meeting, needs no transaction and no second write of its own.
 */
function add(ctx: ServiceContext, input: ApiParsedInput<'contribution.add'>): Contribution {
  const { repos } = ctx
  ctx.ids.check('cardScreen', input.screenId)
  if (!belongsToSession(ctx, input.sessionId, input.participantId)) {
    if (repos.sessions.position(input.sessionId) === undefined) throw sessionNotFound()
    return storedOr(ctx, input, foreignParticipant)
  }
  const card = { ...input, carryToPlan: false }
  try {
    return repos.contributions.insert(card, ctx.now()) ?? storedOr(ctx, input, cardNotFound)
  } catch (error) {
    if (isMissingSession(error)) throw sessionNotFound()
    throw error
  }
}

function update(ctx: ServiceContext, input: ApiParsedInput<'contribution.update'>): Contribution {
  const { repos } = ctx
  return repos.transaction(() => {
    const stored = repos.contributions.get(input.id)
    if (!stored || stored.deleted) throw cardNotFound()
    const { sessionId } = stored.card
    const next = { ...stored.card, ...input.patch }
    const attributed = input.patch.participantId !== undefined
    if (attributed && !belongsToSession(ctx, sessionId, next.participantId)) {
      throw foreignParticipant()
    }
    const now = ctx.now()
    repos.sessions.touch(sessionId, now)
    return repos.contributions.update(input.id, next, now) ?? stored.card
  })
}

/** Soft delete and its undo: the card keeps its position, so a restore puts it back in place. */
function setDeleted(ctx: ServiceContext, id: string, deleted: boolean): Contribution {
  const { repos } = ctx
  return repos.transaction(() => {
    const stored = repos.contributions.get(id)
    // Restoring a card that is not deleted is a repeated undo: harmless, so it succeeds.
    if (!stored || (deleted && stored.deleted)) throw cardNotFound()
    const now = ctx.now()
    repos.sessions.touch(stored.card.sessionId, now)
    return repos.contributions.setDeleted(id, deleted ? now : null) ?? stored.card
  })
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const set = new Set(a)
  return set.size === a.length && a.length === b.length && b.every((id) => set.has(id))
}

function reorder(ctx: ServiceContext, input: ApiParsedInput<'contribution.reorder'>) {
  const { sessionId, screenId, ids } = input
  return changeSession(ctx, sessionId, () => {
    ctx.ids.check('cardScreen', screenId)
    const current = ctx.repos.contributions.activeIdsOnScreen(sessionId, screenId)
    if (!sameSet(ids, current)) {
      throw new ServiceError('validation', 'error.cardOrderStale')
    }
    ctx.repos.contributions.setPositions(ids)
    return { ids }
  })
}

/** A card a participant sent from a joined device; the facilitator sees where it came from. */
export interface DeviceCard {
  sessionId: string
  screenId: string
  text: string
  device: { id: string; name: string }
  /** Waits for the facilitator's approval (moderation is on). */
  held: boolean
  /**
   * Throws when the card may not be added (its question closed meanwhile); run inside the
   * transaction that stores it, so what it reads cannot change before the card is written.
   */
  admit?: () => void
}

function insertFromDevice(ctx: ServiceContext, card: DeviceCard, now: string): Contribution {
  const { sessionId, screenId, text, device, held } = card
  ctx.ids.check('cardScreen', screenId)
  const fields = { id: ctx.newId(), sessionId, screenId, text, tag: null, participantId: null }
  const source = { origin: 'deelnemer' as const, deviceId: device.id, deviceName: device.name }
  const stored = ctx.repos.contributions.insert(
    { ...fields, carryToPlan: false, ...source, held },
    now
  )
  // A fresh random id cannot be taken; if it somehow were, saying so beats losing the card.
  if (!stored) throw new ServiceError('internal', 'error.cardNotStored')
  return stored
}

export type DeviceCardOutcome = { ok: true; card: Contribution } | { ok: false; error: unknown }

/**
 * Cards from phones that arrived together, in one transaction: each session gets one version for
 * all of them (not one per card), and each card is its own savepoint, so a refused card leaves
 * the others stored. The outcomes follow the order of `cards`; all of them are committed when
 * this returns (or, inside a caller's transaction, when that one commits).
 */
export function addFromDevices(
  ctx: ServiceContext,
  cards: readonly DeviceCard[]
): DeviceCardOutcome[] {
  return ctx.repos.transaction(() => {
    const sessions = new Map<string, boolean>()
    const stored = new Set<string>()
    const outcomes = cards.map((card): DeviceCardOutcome => {
      try {
        // Refused before anything is written: a batch of refused cards changes nothing.
        card.admit?.()
        let found = sessions.get(card.sessionId)
        if (found === undefined) {
          found = ctx.repos.sessions.position(card.sessionId) !== undefined
          sessions.set(card.sessionId, found)
        }
        if (!found) throw sessionNotFound()
        const now = ctx.now()
        const added = ctx.repos.transaction(() => insertFromDevice(ctx, card, now))
        stored.add(card.sessionId)
        return { ok: true, card: added }
      } catch (error) {
        return { ok: false, error }
      }
    })
    // Each card's insert counted a version of its session (migration 14); the batch is one
    // version, so that one is stored: a screen that kept it hears nothing changed after a restart.
    for (const sessionId of stored) ctx.repos.sessions.touch(sessionId, ctx.now())
    return outcomes
  })
}

/**
 * The source's text goes under the target's; the source is deleted like any card, so an undo
 * brings it back. A retry whose reply was lost finds the merge done and gets the target.
 */
function merge(ctx: ServiceContext, { targetId, sourceId }: ApiParsedInput<'contribution.merge'>) {
  const { repos } = ctx
  return repos.transaction(() => {
    if (targetId === sourceId) throw invalid('Een bijdrage kan niet met zichzelf samengaan.')
    const target = repos.contributions.get(targetId)
    const source = repos.contributions.get(sourceId)
    if (!target || target.deleted || !source) throw cardNotFound()
    const { sessionId, screenId } = target.card
    if (source.card.sessionId !== sessionId || source.card.screenId !== screenId) {
      throw invalid('Alleen bijdragen op hetzelfde scherm kunnen samengaan.')
    }
    const text = `${target.card.text}\n${source.card.text}`
    if (source.deleted) {
      if (target.card.text.endsWith(`\n${source.card.text}`)) return target.card
      throw cardNotFound()
    }
    if (text.length > maxContributionLength) throw invalid('Samen worden deze bijdragen te lang.')
    const now = ctx.now()
    repos.sessions.touch(sessionId, now)
    repos.contributions.setDeleted(sourceId, now)
    // Everyone whose words are in the merged card is credited on it.
    const own = creditOf(ctx, target.card)
    const mergedFrom = [
      ...new Set([...target.card.mergedFrom, creditOf(ctx, source.card), ...source.card.mergedFrom])
    ].filter((name): name is string => name !== null && name !== own)
    repos.contributions.markMerged(sourceId, targetId, mergedFrom)
    const merged = repos.contributions.update(targetId, { ...target.card, text }, now)
    return merged ? { ...merged, mergedFrom } : target.card
  })
}

/** Who a card is credited to: the participant chosen for it, or the name its device gave. */
function creditOf(ctx: ServiceContext, card: Contribution): string | null {
  if (card.participantId) return ctx.repos.participants.get(card.participantId)?.name ?? null
  return card.deviceName ? card.deviceName : null
}

export function createContributionService(ctx: ServiceContext): ContributionHandlers {
  return {
    'contribution.add': (input) => add(ctx, input),
    'contribution.update': (input) => update(ctx, input),
    'contribution.delete': ({ id }) => setDeleted(ctx, id, true),
    'contribution.restore': ({ id }) => setDeleted(ctx, id, false),
    'contribution.reorder': (input) => reorder(ctx, input),
    'contribution.merge': (input) => merge(ctx, input)
  }
}
