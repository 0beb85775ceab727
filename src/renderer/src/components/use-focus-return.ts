import { useLayoutEffect, useRef } from 'react'

/**
 * While `open`, remembers what had the focus before; when it closes, puts the focus back there,
 * so a keyboard user continues where they were after a dialog or panel.
 */
export function useFocusReturn(open: boolean): void {
  const before = useRef<HTMLElement | null>(null)
  useLayoutEffect(() => {
    if (open) {
      before.current = document.activeElement instanceof HTMLElement ? document.activeElement : null
      return
    }
    const target = before.current
    before.current = null
    if (target?.isConnected) target.focus()
  }, [open])
}
