import { useCallback, useEffect, useRef } from 'react'
import { flushOnLeave } from '../../api/pending-edits'

/**
 * A half-typed card is written to localStorage in the task after its keystroke: keys that arrive
 * together (a paste, a burst the browser delivers at once) cost one write, and nothing typed is
 * left unwritten for longer than a task, so even a crash of the tab keeps every character.
 * At a typist's pace that is eight small writes a second; a longer pause (0.3 s was tried)
 * saved little at that pace and would lose the last keys on a crash.
 */
export const draftPauseMs = 0

export function readDraft(key: string | undefined): string {
  if (!key) return ''
  try {
    return window.localStorage.getItem(key) ?? ''
  } catch {
    return ''
  }
}

function writeDraft(key: string, text: string): void {
  try {
    if (text === '') window.localStorage.removeItem(key)
    else window.localStorage.setItem(key, text)
  } catch {
    // The browser's storage is full or off: the draft lives on screen only.
  }
}

/**
 * Keeps the composer's text under `key` in localStorage: `save(text)` after each change writes
 * it shortly after, when the page is left (reload, tab or window closed, hidden), when the
 * composer goes away, and at once when it is emptied (a sent card's draft must not come back
 * after a reload). `save` is the same function for the composer's whole life.
 */
export function useDraftSaver(key: string | undefined): (text: string) => void {
  const pending = useRef<string | null>(null)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const keyRef = useRef(key)

  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current)
    timer.current = null
    const waiting = pending.current
    pending.current = null
    if (waiting !== null && keyRef.current) writeDraft(keyRef.current, waiting)
  }, [])

  useEffect(() => {
    keyRef.current = key
  }, [key])

  useEffect(() => {
    const unregister = flushOnLeave(flush)
    return () => {
      unregister()
      flush()
    }
  }, [flush])

  return useCallback(
    (text: string) => {
      pending.current = text
      if (text === '') return flush()
      // Not pushed back by the next keystroke: typing on and on is still written as it goes.
      timer.current ??= setTimeout(flush, draftPauseMs)
    },
    [flush]
  )
}
