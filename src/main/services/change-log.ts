import type { ChangePart } from '../../shared/domain/session-changes'

/** What part of a session a change touched; cards are tracked one by one instead. */
export type { ChangePart }

/** What changed in a session after the version a caller has. */
export interface ChangesSince {
  version: number
  /** The log does not reach back that far (or the change is of a kind it cannot name). */
  reload: boolean
  /** Cards written since: added, changed, moved or deleted (the store says which). */
  cardIds: string[]
  parts: ChangePart[]
}

/** Where a session's version lives between runs (a column of `sessions`). */
export interface VersionStore {
  read(sessionId: string): number
  write(sessionId: string, version: number): void
}

interface Entry {
  version: number
  /** Filled when its turn ends (shared by the entries of that turn) and not changed after. */
  cards: readonly string[]
  parts: readonly ChangePart[]
}

interface SessionLog {
  version: number
  /** The oldest version the entries reach back to: a caller below it reloads. */
  floor: number
  entries: Entry[]
}

/**
 * Arrays, not sets and maps: a turn is nearly always one card of one session, and storing a card
 * is the hottest write of a meeting; each set cost more than the card's own insert's share.
 */
interface Turn {
  cards: string[]
  parts: ChangePart[]
  /** The sessions this turn opened, and the entry of each at the same index (usually one). */
  sessions: string[]
  entries: Entry[]
}

/** An afternoon of 40 phones is a few thousand versions; older callers reload instead. */
const maxEntries = 5_000
/** How far past `maxEntries` the log may grow before its oldest entries are dropped at once. */
const trimStep = 500
/** Past this many cards one reload is cheaper than the delta. */
const maxCards = 10_000

const none: readonly never[] = []
const other: readonly ChangePart[] = ['other']
const distinct = <T>(items: T[]): readonly T[] => (items.length < 2 ? items : [...new Set(items)])

export interface ChangeLog {
  version(sessionId: string): number
  /**
   * Opens this turn's version of the session (once per turn: a transaction is one version) and
   * stores it, unless the caller's own write stored it already: `written` is then the version
   * `opening` gave it.
   */
  open(sessionId: string, written?: number): void
  /** The version this turn gives the session, before it is opened: for a write that stores it. */
  opening(sessionId: string): number
  isOpen(sessionId: string): boolean
  addCards(ids: Iterable<string>): void
  addPart(part: ChangePart): void
  since(sessionId: string, version: number): ChangesSince
  forget(sessionId: string): void
  /** Called once a turn's versions are complete: their waiters may wake. */
  onClosed(listener: (sessionId: string) => void): void
}

/**
 * Everything written in one turn of the event loop (a transaction, a batch of phones' cards)
 * becomes one version; what the turn wrote is attached when the turn ends, because a write may
 * name its cards before or after the session marks itself.
 */
export function changeLog(store: VersionStore): ChangeLog {
  const logs = new Map<string, SessionLog>()
  const listeners: ((sessionId: string) => void)[] = []
  let turn: Turn | null = null

  /** `stored`: the session's version before this turn, when the store already holds the next. */
  const logOf = (sessionId: string, stored?: number): SessionLog => {
    let log = logs.get(sessionId)
    if (!log) {
      const version = stored ?? store.read(sessionId)
      log = { version, floor: version, entries: [] }
      logs.set(sessionId, log)
    }
    return log
  }

  const closeTurn = (): void => {
    const closing = turn
    turn = null
    if (!closing) return
    const cards = distinct(closing.cards)
    // A change that says nothing about itself may be anything: callers reload.
    const parts = cards.length === 0 && closing.parts.length === 0 ? other : distinct(closing.parts)
    for (const entry of closing.entries) {
      entry.cards = cards
      entry.parts = parts
    }
    for (const sessionId of closing.sessions) for (const listener of listeners) listener(sessionId)
  }

  const currentTurn = (): Turn => {
    if (!turn) {
      turn = { cards: [], parts: [], sessions: [], entries: [] }
      // A promise's reaction, not queueMicrotask: the same place in the queue, without the
      // async resource Node makes for every queueMicrotask call.
      void Promise.resolve().then(closeTurn)
    }
    return turn
  }

  const openedEntry = (sessionId: string): Entry | undefined =>
    turn?.entries[turn.sessions.indexOf(sessionId)]

  // Trimmed in steps, not by one entry per write: splicing the head off a full log moved all
  // 5,000 entries on every write of a long afternoon.
  const trim = (log: SessionLog): void => {
    if (log.entries.length <= maxEntries + trimStep) return
    const dropped = log.entries.splice(0, log.entries.length - maxEntries)
    log.floor = dropped.at(-1)?.version ?? log.floor
  }

  const reload = (version: number): ChangesSince => ({
    version,
    reload: true,
    cardIds: [],
    parts: []
  })

  return {
    version: (sessionId) => logOf(sessionId).version,
    open(sessionId, written) {
      const current = currentTurn()
      if (current.sessions.includes(sessionId)) return
      const log = logOf(sessionId, written === undefined ? undefined : written - 1)
      log.version += 1
      if (written === undefined) store.write(sessionId, log.version)
      const entry: Entry = { version: log.version, cards: none, parts: none }
      log.entries.push(entry)
      trim(log)
      current.sessions.push(sessionId)
      current.entries.push(entry)
    },
    opening(sessionId) {
      const opened = openedEntry(sessionId)
      if (opened) return opened.version
      // Read without keeping a log: the session may not exist (the write then changes nothing).
      return (logs.get(sessionId)?.version ?? store.read(sessionId)) + 1
    },
    isOpen: (sessionId) => turn?.sessions.includes(sessionId) ?? false,
    addCards(ids) {
      const { cards } = currentTurn()
      for (const id of ids) cards.push(id)
    },
    addPart(part) {
      currentTurn().parts.push(part)
    },
    since(sessionId, given) {
      const log = logOf(sessionId)
      const { version } = log
      if (given === version) return { version, reload: false, cardIds: [], parts: [] }
      if (given < log.floor || given > version) return reload(version)
      const cards = new Set<string>()
      const parts = new Set<ChangePart>()
      for (let i = log.entries.length - 1; i >= 0; i--) {
        const entry = log.entries[i]
        if (!entry || entry.version <= given) break
        for (const id of entry.cards) cards.add(id)
        for (const part of entry.parts) parts.add(part)
        if (cards.size > maxCards || parts.has('other')) return reload(version)
      }
      return { version, reload: false, cardIds: [...cards], parts: [...parts] }
    },
    forget(sessionId) {
      logs.delete(sessionId)
    },
    onClosed(listener) {
      listeners.push(listener)
    }
  }
}
