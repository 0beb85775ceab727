import { useCallback, useRef, useState } from 'react'
import type { OwnContribution } from '../../../shared/participant/protocol'
import { participantApi, type ApiError } from './api'
import { t } from './i18n'

/** A card on its way to the laptop: shown at once, so the participant sees it went. */
export interface PendingContribution {
  key: number
  screenId: string
  text: string
}

interface SendOptions {
  token: string
  refresh(): Promise<void>
  /** The session ended or this phone's joining did; the error says which. */
  onEnded(error?: ApiError): void
  /** Puts the text of a failed send back in the field, so nothing typed is lost. */
  restore(text: string): void
}

/**
 * Sends run in the background: the field is free again at once and several sends may be under
 * way, so a participant never waits for the network before typing the next thought.
 */
export function useSendContribution({ token, refresh, onEnded, restore }: SendOptions) {
  const [pending, setPending] = useState<PendingContribution[]>([])
  const [sent, setSent] = useState<OwnContribution[]>([])
  const [error, setError] = useState<string | null>(null)
  const nextKey = useRef(0)

  const send = useCallback(
    async (screenId: string, text: string) => {
      const key = nextKey.current++
      setError(null)
      setPending((list) => [...list, { key, screenId, text }])
      const result = await participantApi.submit(token, screenId, text)
      setPending((list) => list.filter((item) => item.key !== key))
      if (!result.ok) {
        if (result.error.kind === 'unauthorized') return onEnded(result.error)
        restore(text)
        setError(t('phone.contribute.notSent', { reason: result.error.message }))
        return
      }
      const card = result.data
      if (card) setSent((list) => [...list, card])
      await refresh()
    },
    [token, refresh, onEnded, restore]
  )

  return { send, pending, sent, error }
}
