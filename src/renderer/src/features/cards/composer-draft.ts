import { useCallback, useEffect, useRef } from 'react'
import { flushOnLeave } from '../../api/pending-edits'

/**
 * A half-typed card is written to localStorage at most this long after a keystroke (at most
 * about three times a second while typing goes on). Writing on every keystroke cost the
 * facilitator's tab more than the rest of the keystroke's script; a reload or a closed tab
 * still keeps every character (the page's leave events write it at once), and a crash of the
 * tab loses at most what was typed in this last moment.
 */
export const draftPauseMs = 300

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
