type Flush = () => void

const flushers = new Set<Flush>()

/**
 * Text fields store themselves a moment after typing pauses. When the page goes away in that
 * moment (reload, tab closed, the Electron window closed: Chromium fires `pagehide` and
 * `beforeunload` there too), each still-waiting edit is handed to the write queue, which
 * keeps it in localStorage synchronously, so the next start sends it.
 */
export function flushOnLeave(flush: Flush): () => void {
  flushers.add(flush)
  return () => flushers.delete(flush)
}

/** Stores every edit still waiting for its pause; also used before a session is closed. */
export function flushPendingEdits(): void {
  for (const flush of [...flushers]) flush()
}

export function installFlushOnLeave(target: Window): void {
  target.addEventListener('pagehide', flushPendingEdits)
  target.addEventListener('beforeunload', flushPendingEdits)
  target.document.addEventListener('visibilitychange', () => {
    if (target.document.visibilityState === 'hidden') flushPendingEdits()
  })
}
