import { useLayoutEffect, useState, type RefObject } from 'react'

/**
 * Picks the first of `steps` (largest first) at which `fits(element)` holds, measuring after
 * each render: a long question or many cards shrink step by step, never below the last step.
 * Starts over from the largest step whenever `resetKey` or the window's size changes.
 */
export function useFitStep<T extends HTMLElement>(
  ref: RefObject<T | null>,
  stepCount: number,
  fits: (element: T) => boolean,
  resetKey: string
): number {
  const [state, setState] = useState({ key: resetKey, step: 0 })
  const [size, setSize] = useState(() => `${window.innerWidth}x${window.innerHeight}`)
  const key = `${resetKey}|${size}`
  const step = state.key === key ? state.step : 0

  useLayoutEffect(() => {
    const onResize = () => setSize(`${window.innerWidth}x${window.innerHeight}`)
    window.addEventListener('resize', onResize)
    return () => window.removeEventListener('resize', onResize)
  }, [])

  useLayoutEffect(() => {
    const element = ref.current
    if (!element) return
    if (state.key !== key) return setState({ key, step: 0 })
    if (step < stepCount - 1 && !fits(element)) setState({ key, step: step + 1 })
  })
  return step
}
