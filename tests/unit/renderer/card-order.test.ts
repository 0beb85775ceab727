import { describe, expect, it } from 'vitest'
import {
  moveId,
  placeBefore,
  splitTagPrefix
} from '../../../src/renderer/src/features/cards/card-order'
import { cardIntent } from '../../../src/renderer/src/features/cards/card-keys'

describe('card order', () => {
  it('moves a card one place and stops at the ends', () => {
    expect(moveId(['a', 'b', 'c'], 'b', -1)).toEqual(['b', 'a', 'c'])
    expect(moveId(['a', 'b', 'c'], 'b', 1)).toEqual(['a', 'c', 'b'])
    expect(moveId(['a', 'b', 'c'], 'a', -1)).toEqual(['a', 'b', 'c'])
    expect(moveId(['a', 'b', 'c'], 'c', 1)).toEqual(['a', 'b', 'c'])
  })

  it('drops a dragged card just before the card it lands on', () => {
    expect(placeBefore(['a', 'b', 'c', 'd'], 'd', 'b')).toEqual(['a', 'd', 'b', 'c'])
    expect(placeBefore(['a', 'b', 'c'], 'a', 'c')).toEqual(['b', 'a', 'c'])
    expect(placeBefore(['a', 'b'], 'x', 'a')).toEqual(['a', 'b'])
  })

  it('reads a tag from the typed prefix and keeps the rest of the text', () => {
    expect(splitTagPrefix('+ ouderavond goed bezocht')).toEqual({
      text: 'ouderavond goed bezocht',
      tag: 'gaat-goed'
    })
    expect(splitTagPrefix('- te weinig tijd')).toEqual({ text: 'te weinig tijd', tag: 'kan-beter' })
    expect(splitTagPrefix('! koffieochtend')).toEqual({ text: 'koffieochtend', tag: 'idee' })
    expect(splitTagPrefix('-5 graden buiten')).toEqual({ text: '-5 graden buiten', tag: null })
    expect(splitTagPrefix('+ ')).toEqual({ text: '+', tag: null })
  })
})

describe('keys on a focused card', () => {
  it('maps editing, deleting, moving, tagging and marking', () => {
    expect(cardIntent('Enter', false, false)).toEqual({ type: 'edit' })
    expect(cardIntent('Delete', false, false)).toEqual({ type: 'delete' })
    expect(cardIntent('ArrowUp', true, false)).toEqual({ type: 'move', delta: -1 })
    expect(cardIntent('ArrowDown', false, false)).toEqual({ type: 'focus', delta: 1 })
    expect(cardIntent('2', false, false)).toEqual({ type: 'tag', tag: 'kan-beter' })
    expect(cardIntent('0', false, false)).toEqual({ type: 'tag', tag: null })
    expect(cardIntent('p', false, false)).toEqual({ type: 'toggle-plan' })
  })

  it('leaves Left/Right and Ctrl combinations to the presenter keys', () => {
    expect(cardIntent('ArrowRight', false, false)).toBeNull()
    expect(cardIntent('z', false, true)).toBeNull()
  })
})
