import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react'

const itemSelector = ':scope > [data-card-id]'

/**
 * A card list is one tab stop: only the last-focused card (or the first) has tabindex 0, the
 * others -1; ↑/↓ (the cards' own keys) and Home/End move between them. Applied to the DOM after
 * each render so memoised cards keep skipping their renders.
 */
export function useRovingTabindex(
  listRef: RefObject<HTMLElement | null>,
  /** A virtualised list's own Home/End: its first or last card may not be rendered. */
  onEdge?: (edge: 'first' | 'last') => void
): void {
  const active = useRef<string | null>(null)

  useLayoutEffect(() => {
    const items = [...(listRef.current?.querySelectorAll<HTMLElement>(itemSelector) ?? [])]
    const current = items.find((item) => item.dataset.cardId === active.current) ?? items[0]
    for (const item of items) {
      if (!item.hasAttribute('tabindex')) continue
      item.tabIndex = item === current ? 0 : -1
    }
  })

  useEffect(() => {
    const list = listRef.current
    if (!list) return
    const items = () => [...list.querySelectorAll<HTMLElement>(itemSelector)]
    const onFocusIn = (event: FocusEvent) => {
      const item = (event.target as HTMLElement).closest<HTMLElement>('[data-card-id]')
      if (!item || item.parentElement !== list) return
      active.current = item.dataset.cardId ?? null
      for (const other of items()) if (other.hasAttribute('tabindex')) other.tabIndex = -1
      item.tabIndex = 0
    }
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Home' && event.key !== 'End') return
      if (!(event.target instanceof HTMLElement) || event.target.parentElement !== list) return
      if (onEdge) {
        event.preventDefault()
        return onEdge(event.key === 'Home' ? 'first' : 'last')
      }
      const all = items()
      const target = event.key === 'Home' ? all[0] : all.at(-1)
      if (!target) return
      event.preventDefault()
      target.focus()
    }
    list.addEventListener('focusin', onFocusIn)
    list.addEventListener('keydown', onKeyDown)
    return () => {
      list.removeEventListener('focusin', onFocusIn)
      list.removeEventListener('keydown', onKeyDown)
    }
  })
}
