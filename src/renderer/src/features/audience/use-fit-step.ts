import { useLayoutEffect, type RefObject } from 'react'

/**
 * After every render, sets `target`'s font size to the first of `steps` (largest first) at
 * which `fits(container)` holds, measuring synchronously before the browser paints: a long
 * question or many cards shrink step by step, never below the last step. Done on the DOM, so
 * fitting costs no extra React renders.
 */
export function useFitFontSize<T extends HTMLElement>(
  containerRef: RefObject<T | null>,
  target: (container: T) => HTMLElement | null,
  steps: readonly string[],
  fits: (container: T) => boolean
): void {
  useLayoutEffect(() => {
    const container = containerRef.current
    const style = container ? target(container)?.style : undefined
    if (!container || !style) return
    for (const step of steps) {
      style.setProperty('font-size', step)
      if (fits(container)) return
    }
  })
}
