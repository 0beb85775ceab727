import { useEffect } from 'react'
import { fullscreen } from '../../platform/fullscreen'
import { presenterIntent, type PresenterIntent } from './presenter-keys'
import { usePresenterStore } from './presenter-store'

export interface PresenterHandlers {
  next(): void
  previous(): void
  undo(): void
  toggleTimer(): void
  toggleJoin(): void
  toggleComposer(): void
  showShortcuts(): void
}

/** Text fields, and the controls whose arrow keys the browser already uses (radios, selects). */
function ownsKeys(element: Element | null): boolean {
  if (!element) return false
  if (element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement) return true
  if (element instanceof HTMLInputElement) {
    return !['checkbox', 'button', 'submit', 'reset'].includes(element.type)
  }
  return element instanceof HTMLElement && element.isContentEditable
}

/** One keydown listener for the whole session screen: clicker, blanking, text size, undo. */
export function usePresenterKeys(handlers: PresenterHandlers): void {
  useEffect(() => {
    const perform: Record<PresenterIntent, () => void> = {
      next: handlers.next,
      previous: handlers.previous,
      undo: handlers.undo,
      'toggle-timer': handlers.toggleTimer,
      'toggle-join': handlers.toggleJoin,
      'toggle-composer': handlers.toggleComposer,
      'show-shortcuts': handlers.showShortcuts,
      blank: () => usePresenterStore.getState().setBlanked(true),
      unblank: () => usePresenterStore.getState().setBlanked(false),
      'text-larger': () => usePresenterStore.getState().changeTextScale(1),
      'text-smaller': () => usePresenterStore.getState().changeTextScale(-1),
      'text-reset': () => usePresenterStore.getState().resetTextScale(),
      'exit-presenting': () => {
        if (!usePresenterStore.getState().presenting) return
        usePresenterStore.getState().setPresenting(false)
        void fullscreen.exit()
      }
    }
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return
      const active = document.activeElement
      const intent = presenterIntent({
        key: event.key,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        altKey: event.altKey,
        shiftKey: event.shiftKey,
        inTextField: ownsKeys(active),
        // The card composer is a textarea for Shift+Enter, but a clicker must still work in it.
        inMultiline: active instanceof HTMLTextAreaElement && active.dataset.clickerKeys !== 'on',
        blanked: usePresenterStore.getState().blanked
      })
      if (!intent) return
      // An open dialog owns the keyboard.
      if (document.querySelector('dialog[open]')) return
      event.preventDefault()
      perform[intent]()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [handlers])
}
