/** What a key press means during a session, independent of React. */
export type PresenterIntent =
  | 'next'
  | 'previous'
  | 'blank'
  | 'unblank'
  | 'text-larger'
  | 'text-smaller'
  | 'text-reset'
  | 'undo'
  | 'exit-presenting'
  | 'toggle-timer'
  | 'toggle-join'
  | 'toggle-composer'
  | 'show-shortcuts'

export interface KeyInfo {
  key: string
  ctrlKey: boolean
  metaKey: boolean
  altKey: boolean
  shiftKey: boolean
  /** Focus is in a text field, so letters and arrows belong to the text. */
  inTextField: boolean
  /** The text field is multi-line: Page keys scroll it. */
  inMultiline: boolean
  blanked: boolean
}

/**
 * Clicker keys (PageDown/PageUp) work even while the caret is in the card input, because a
 * facilitator with a clicker in hand should never have to click away first.
 */
export function presenterIntent(k: KeyInfo): PresenterIntent | null {
  const mod = k.ctrlKey || k.metaKey
  if (k.blanked && !mod) return 'unblank'
  if (mod && !k.altKey) {
    if (k.key === '+' || k.key === '=') return 'text-larger'
    if (k.key === '-') return 'text-smaller'
    if (k.key === '0') return 'text-reset'
    if ((k.key === 'z' || k.key === 'Z') && !k.shiftKey && !k.inTextField) return 'undo'
    return null
  }
  if (k.altKey) return null
  if (k.key === 'PageDown' && !k.inMultiline) return 'next'
  if (k.key === 'PageUp' && !k.inMultiline) return 'previous'
  if (k.inTextField) return null
  if (k.key === 'ArrowRight' || k.key === 'ArrowDown') return 'next'
  if (k.key === 'ArrowLeft' || k.key === 'ArrowUp') return 'previous'
  if (k.key === 'b' || k.key === 'B' || k.key === '.') return 'blank'
  if (k.key === 't' || k.key === 'T') return 'toggle-timer'
  if (k.key === 'j' || k.key === 'J') return 'toggle-join'
  if (k.key === 'n' || k.key === 'N') return 'toggle-composer'
  if (k.key === '?') return 'show-shortcuts'
  if (k.key === 'Escape') return 'exit-presenting'
  return null
}
