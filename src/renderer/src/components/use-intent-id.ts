import { useRef } from 'react'

/**
 * The id of one creating intent: the same while it is in flight (a double click, a retry sends
 * it again and the store answers with what the first made), a new one once it succeeded.
 */
export function useIntentId(): { id(): string; done(): void } {
  const current = useRef<string | null>(null)
  return {
    id: () => (current.current ??= crypto.randomUUID()),
    done: () => {
      current.current = null
    }
  }
}
