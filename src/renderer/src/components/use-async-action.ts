import { useCallback, useState } from 'react'

/** Runs an intent and keeps its failure message for the screen to show. */
export function useAsyncAction() {
  const [error, setError] = useState<string | null>(null)
  const run = useCallback(async (action: () => Promise<unknown>): Promise<boolean> => {
    try {
      setError(null)
      await action()
      return true
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught))
      return false
    }
  }, [])
  return { error, setError, run }
}
