import { useEffect, useState } from 'react'

/** Four ticks a second keep the seconds display exact without redrawing every frame. */
const tickMs = 250

/**
 * The current time, refreshed only until `until` (epoch ms) has passed: an idle, paused or
 * finished timer costs nothing. While it is not ticking the value is stale, which is fine because
 * a stopped timer does not read the clock.
 */
export function useNow(until: number | null): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    if (until === null) return
    const id = setInterval(() => {
      const current = Date.now()
      setNow(current)
      if (current >= until) clearInterval(id)
    }, tickMs)
    return () => clearInterval(id)
  }, [until])
  return now
}
