import type { Repositories } from '../db/repositories'

/**
 * A per-session change counter in memory, so the facilitator's screen (over IPC or HTTP) can
 * wait for participants' cards instead of polling the database.
 */
export interface ChangeNotifier {
  version(sessionId: string): number
  changed(sessionId: string): void
  /** The session is gone: waiters wake up, listeners (joining) let go of it. */
  removed(sessionId: string): void
  onRemoved(listener: (sessionId: string) => void): void
  /**
   * Resolves with the session's version as soon as it differs from `version`, or after
   * `timeoutMs` with the current one.
   */
  waitForChange(sessionId: string, version: number, timeoutMs: number): Promise<number>
  /** Wakes every waiter, so a closing app is not held open by a long poll. */
  close(): void
}

export function createChangeNotifier(): ChangeNotifier {
  // Versions start at the clock, so a screen that waited on an earlier run of the app (whose
  // counters were lower) does not wait for a number this run will never reach.
  const base = Date.now()
  const versions = new Map<string, number>()
  const waiters = new Map<string, Set<() => void>>()
  const removedListeners: ((sessionId: string) => void)[] = []

  const version = (sessionId: string) => versions.get(sessionId) ?? base
  const wake = (sessionId: string) => {
    const set = waiters.get(sessionId)
    waiters.delete(sessionId)
    for (const resolve of set ?? []) resolve()
  }

  return {
    version,
    changed(sessionId) {
      versions.set(sessionId, version(sessionId) + 1)
      wake(sessionId)
    },
    removed(sessionId) {
      versions.set(sessionId, version(sessionId) + 1)
      wake(sessionId)
      for (const listener of removedListeners) listener(sessionId)
    },
    onRemoved(listener) {
      removedListeners.push(listener)
    },
    waitForChange(sessionId, given, timeoutMs) {
      if (given !== version(sessionId) || timeoutMs === 0) {
        return Promise.resolve(version(sessionId))
      }
      return new Promise((resolve) => {
        const done = () => {
          clearTimeout(timer)
          waiters.get(sessionId)?.delete(done)
          resolve(version(sessionId))
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

/**
 * Every write to a session marks it through one of these session-repository calls (directly or
 * through `changeSession`), so hearing them catches every change, whichever service made it.
 * Inside a transaction the waiters only run after it committed: they wake on a later tick.
 */
export function notifyingRepositories(repos: Repositories, changes: ChangeNotifier): Repositories {
  const { sessions } = repos
  const marking =
    <A extends unknown[]>(write: (id: string, ...rest: A) => boolean) =>
    (id: string, ...rest: A): boolean => {
      const done = write(id, ...rest)
      if (done) changes.changed(id)
      return done
    }
  return {
    ...repos,
    sessions: {
      ...sessions,
      touch: marking(sessions.touch),
      update: marking(sessions.update),
      setPosition: marking(sessions.setPosition),
      setNextMeeting: marking(sessions.setNextMeeting),
      delete: (id) => {
        const done = sessions.delete(id)
        if (done) changes.removed(id)
        return done
      }
    }
  }
}
