import type { Repositories } from '../db/repositories'
import {
  changeLog,
  type ChangeLog,
  type ChangePart,
  type ChangesSince,
  type VersionStore
} from './change-log'

export type { ChangePart, ChangesSince, VersionStore } from './change-log'

/**
 * A per-session version with a log of what each version changed, so the facilitator's screen
 * (over IPC or HTTP) and the phones can wait for a change and then fetch only what changed,
 * instead of polling or reloading the whole session.
 */
export interface ChangeNotifier {
  version(sessionId: string): number
  /**
   * Something in the session changed in this turn of the event loop (`part`: what). `written`:
   * the version `nextVersion` gave the caller, which its own write stored.
   */
  changed(sessionId: string, part?: ChangePart, written?: number): void
  /** The version a change to the session in this turn has, for a write that stores it. */
  nextVersion(sessionId: string): number
  /** These cards were written in this turn (their session marks itself through `changed`). */
  cardsChanged(ids: Iterable<string>): void
  /** A part of some session was written in this turn. */
  partChanged(part: ChangePart): void
  /** The session is gone: waiters wake up, listeners (joining) let go of it. */
  removed(sessionId: string): void
  onRemoved(listener: (sessionId: string) => void): void
  /**
   * Resolves with what changed after `version` as soon as the session's version differs from
   * it, or after `timeoutMs` with nothing changed.
   */
  waitForChange(sessionId: string, version: number, timeoutMs: number): Promise<ChangesSince>
  /** What changed after `version`, at once. */
  since(sessionId: string, version: number): ChangesSince
  /** Wakes every waiter, so a closing app is not held open by a long poll. */
  close(): void
}

/** Counters for tests and the in-memory database: every run starts every session at 1. */
const memoryVersions = (): VersionStore => {
  const stored = new Map<string, number>()
  return { read: (id) => stored.get(id) ?? 1, write: (id, version) => stored.set(id, version) }
}

export function createChangeNotifier(store: VersionStore = memoryVersions()): ChangeNotifier {
  const log: ChangeLog = changeLog(store)
  const waiters = new Map<string, Set<() => void>>()
  const removedListeners: ((sessionId: string) => void)[] = []

  const wake = (sessionId: string) => {
    const set = waiters.get(sessionId)
    waiters.delete(sessionId)
    for (const resolve of set ?? []) resolve()
  }
  log.onClosed(wake)

  return {
    version: (sessionId) => log.version(sessionId),
    changed(sessionId, part, written) {
      log.open(sessionId, written)
      if (part) log.addPart(part)
    },
    nextVersion: (sessionId) => log.opening(sessionId),
    cardsChanged: (ids) => log.addCards(ids),
    partChanged: (part) => log.addPart(part),
    removed(sessionId) {
      log.forget(sessionId)
      wake(sessionId)
      for (const listener of removedListeners) listener(sessionId)
    },
    onRemoved(listener) {
      removedListeners.push(listener)
    },
    since: (sessionId, given) => log.since(sessionId, given),
    waitForChange(sessionId, given, timeoutMs) {
      // A version still being written in this turn is not answered before its turn ends.
      if ((given !== log.version(sessionId) && !log.isOpen(sessionId)) || timeoutMs === 0) {
        return Promise.resolve(log.since(sessionId, given))
      }
      return new Promise((resolve) => {
        const done = () => {
          clearTimeout(timer)
          waiters.get(sessionId)?.delete(done)
          resolve(log.since(sessionId, given))
        }
        // unref: a pending long poll must never keep a quitting process alive.
        const timer = setTimeout(done, timeoutMs).unref()
        const set = waiters.get(sessionId) ?? new Set()
        set.add(done)
        waiters.set(sessionId, set)
      })
    },
    close() {
      for (const sessionId of [...waiters.keys()]) wake(sessionId)
    }
  }
}

/** Which part of a session each repository holds; cards are tracked one by one instead. */
const partOfRepository: Partial<Record<keyof Repositories, ChangePart>> = {
  sessions: 'session',
  participants: 'session',
  focus: 'workspace',
  notes: 'workspace',
  stap2: 'workspace',
  stap3: 'workspace',
  actions: 'actions',
  reviews: 'actions',
  quickscans: 'quickscan',
  respondents: 'quickscan',
  devices: 'joining',
  votes: 'votes',
  themes: 'themes',
  // A school's or team's name is part of the session's details.
  schools: 'session'
}

/** Method names that write; reads never mark anything. */
const writing =
  /^(insert|update|set|delete|replace|mark|ensure|touch|keep|add|remove|restore|clear|upsert|save|put|create|record|cast|rename|assign|move|drop|repoint)/

type AnyRepository = Record<string, unknown>

/** Wraps every writing method of a repository so that calling it records `part`. */
function markingPart<R>(repository: R, part: ChangePart, changes: ChangeNotifier): R {
  const wrapped: AnyRepository = { ...(repository as AnyRepository) }
  for (const [name, value] of Object.entries(wrapped)) {
    if (typeof value !== 'function' || !writing.test(name)) continue
    const method = value as (...args: unknown[]) => unknown
    wrapped[name] = (...args: unknown[]) => {
      const result = method(...args)
      changes.partChanged(part)
      return result
    }
  }
  return wrapped as R
}

/** Cards are the session's bulk: their writes record which card changed. */
function markingCards(
  cards: Repositories['contributions'],
  changes: ChangeNotifier
): Repositories['contributions'] {
  const noting =
    <A extends unknown[], T>(write: (...args: A) => T, idOf: (...args: A) => string) =>
    (...args: A): T => {
      const result = write(...args)
      changes.cardsChanged([idOf(...args)])
      return result
    }
  // A stored card marks its session in the insert's own statement (migration 14's trigger stores
  // a version at least the one asked for here, before the insert); one not stored marks nothing.
  const inserting =
    <A extends [{ id: string; sessionId: string }, ...unknown[]], T>(insert: (...args: A) => T) =>
    (...args: A): T => {
      const [{ id, sessionId }] = args
      const version = changes.nextVersion(sessionId)
      const result = insert(...args)
      if (result === undefined || result === false) return result
      changes.changed(sessionId, undefined, version)
      changes.cardsChanged([id])
      return result
    }
  return {
    ...cards,
    insert: inserting(cards.insert),
    insertExactly: inserting(cards.insertExactly),
    update: noting(cards.update, (id) => id),
    setDeleted: noting(cards.setDeleted, (id) => id),
    markMerged(sourceId, targetId, mergedFrom) {
      cards.markMerged(sourceId, targetId, mergedFrom)
      changes.cardsChanged([sourceId, targetId])
    },
    setPositions(ids) {
      cards.setPositions(ids)
      changes.cardsChanged(ids)
    }
  }
}

/**
 * Every write to a session marks it through one of these session-repository calls (directly or
 * through `changeSession`) or by inserting a card, so hearing them catches every change, whichever
 * service made it; the other repositories' writes say which part changed. Inside a transaction
 * the waiters only run after it committed: they wake at the end of the turn.
 *
 * A repository this list does not know (a later feature's) marks the part `other`, which makes
 * every screen reload the whole session: slower, never wrong.
 */
export function notifyingRepositories(repos: Repositories, changes: ChangeNotifier): Repositories {
  const { sessions } = repos
  const marking =
    <A extends unknown[]>(write: (id: string, ...rest: A) => boolean) =>
    (id: string, ...rest: A): boolean => {
      const done = write(id, ...rest)
      if (done) changes.changed(id, 'session')
      return done
    }
  const wrapped: Record<string, unknown> = {}
  for (const [key, repository] of Object.entries(repos)) {
    if (key === 'transaction' || key === 'sessions' || key === 'contributions') continue
    const part = partOfRepository[key as keyof Repositories] ?? 'other'
    wrapped[key] = markingPart(repository, part, changes)
  }
  return {
    ...repos,
    ...(wrapped as Partial<Repositories>),
    contributions: markingCards(repos.contributions, changes),
    sessions: {
      ...sessions,
      touch: (id, now) => {
        // The version goes into the same statement: one write of the session's row, not two.
        const version = changes.nextVersion(id)
        const done = sessions.touch(id, now, version)
        // Touching marks the session without saying what changed: the other writes say that.
        if (done) changes.changed(id, undefined, version)
        return done
      },
      update: marking(sessions.update),
      setPosition: marking(sessions.setPosition),
      setNextMeeting: (id, next) => {
        const done = sessions.setNextMeeting(id, next)
        if (done) changes.changed(id, 'actions')
        return done
      },
      delete: (id) => {
        const done = sessions.delete(id)
        if (done) changes.removed(id)
        return done
      }
    }
  }
}
