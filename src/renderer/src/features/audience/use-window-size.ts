import { useSyncExternalStore } from 'react'

const subscribe = (onChange: () => void) => {
  window.addEventListener('resize', onChange)
  return () => window.removeEventListener('resize', onChange)
}
const snapshot = () => `${window.innerWidth}x${window.innerHeight}`

/** "1920x1080": re-renders on every resize, so the fitting measures the new size. */
export function useWindowSize(): string {
  return useSyncExternalStore(subscribe, snapshot)
}
