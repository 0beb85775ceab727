import { useEffect, useRef } from 'react'
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
 * Keeps `text` under `key` in localStorage: shortly after typing, when the page is left (reload,
 * tab or window closed, hidden), when the composer goes away, and at once when it is emptied
 * (a sent card's draft must not come back after a reload).
 */
export function useSavedDraft(key: string | undefined, text: string): void {
  const pending = useRef<{ key: string; text: string } | null>(null)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)

  useEffect(() => {
    const flush = () => {
      if (timer.current) clearTimeout(timer.current)
      timer.current = null
      const waiting = pending.current
      pending.current = null
      if (waiting) writeDraft(waiting.key, waiting.text)
    }
    const unregister = flushOnLeave(flush)
    return () => {
      unregister()
      flush()
    }
  }, [])

  const first = useRef(true)
  useEffect(() => {
    // The text as read from storage needs no writing back.
    if (first.current) {
      first.current = false
      return
    }
    if (!key) return
    if (text === '') {
      if (timer.current) clearTimeout(timer.current)
      timer.current = null
      pending.current = null
      writeDraft(key, '')
      return
    }
    pending.current = { key, text }
    // Not pushed back by the next keystroke: typing on and on is still written as it goes.
    timer.current ??= setTimeout(() => {
      timer.current = null
      const waiting = pending.current
      pending.current = null
      if (waiting) writeDraft(waiting.key, waiting.text)
    }, draftPauseMs)
  }, [key, text])
}
