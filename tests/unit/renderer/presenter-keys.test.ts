import { describe, expect, it } from 'vitest'
import {
  presenterIntent,
  type KeyInfo
} from '../../../src/renderer/src/features/presenter/presenter-keys'

const key = (k: string, extra: Partial<KeyInfo> = {}): KeyInfo => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  inTextField: false,
  inMultiline: false,
  blanked: false,
  ...extra
})

describe('presenter keys', () => {
  it('moves with a clicker even while typing in the card input', () => {
    expect(presenterIntent(key('PageDown'))).toBe('next')
    expect(presenterIntent(key('PageUp'))).toBe('previous')
    expect(presenterIntent(key('PageDown', { inTextField: true }))).toBe('next')
  })

  it('leaves Page keys to a multi-line field and arrows and letters to any text field', () => {
    expect(presenterIntent(key('PageDown', { inTextField: true, inMultiline: true }))).toBeNull()
    expect(presenterIntent(key('ArrowRight', { inTextField: true }))).toBeNull()
    expect(presenterIntent(key('b', { inTextField: true }))).toBeNull()
  })

  it('moves with arrows and blanks with B outside text fields', () => {
    expect(presenterIntent(key('ArrowRight'))).toBe('next')
    expect(presenterIntent(key('ArrowLeft'))).toBe('previous')
    expect(presenterIntent(key('b'))).toBe('blank')
    expect(presenterIntent(key('B'))).toBe('blank')
  })

  it('brings the screen back with any key once blanked', () => {
    expect(presenterIntent(key('x', { blanked: true }))).toBe('unblank')
    expect(presenterIntent(key('PageDown', { blanked: true }))).toBe('unblank')
  })

  it('changes the text size with Ctrl plus and minus, and undoes with Ctrl+Z', () => {
    expect(presenterIntent(key('+', { ctrlKey: true }))).toBe('text-larger')
    expect(presenterIntent(key('=', { ctrlKey: true }))).toBe('text-larger')
    expect(presenterIntent(key('-', { ctrlKey: true }))).toBe('text-smaller')
    expect(presenterIntent(key('z', { ctrlKey: true }))).toBe('undo')
    // In a text field Ctrl+Z is the field's own undo.
    expect(presenterIntent(key('z', { ctrlKey: true, inTextField: true }))).toBeNull()
  })
})

describe('presenter keys for the audience view', () => {
  it('opens the shortcut list, the join info and the card bar by letter, never while typing', () => {
    expect(presenterIntent(key('?'))).toBe('show-shortcuts')
    expect(presenterIntent(key('j'))).toBe('toggle-join')
    expect(presenterIntent(key('N'))).toBe('toggle-composer')
    expect(presenterIntent(key('?', { inTextField: true }))).toBeNull()
    expect(presenterIntent(key('j', { inTextField: true }))).toBeNull()
  })
})
