import { useEffect, useState } from 'react'
import type { ParticipantQuickscan } from '../../../shared/participant/protocol'
import { participantApi, type ApiError } from './api'
import { ErrorAlert } from './ErrorAlert'
import { QuickscanFlow } from './QuickscanFlow'
import { t } from './i18n'

interface QuickscanScreenProps {
  token: string
  onLeave(): void
  /** The session ended or this phone's joining did; the error says which. */
  onEnded(error?: ApiError): void
}

type Load =
  | { status: 'loading' }
  | { status: 'failed'; message: string }
  | { status: 'ready'; scan: ParticipantQuickscan }

/** Loads the scan with this device's answers so far, then hands over to the flow. */
export function QuickscanScreen({ token, onLeave, onEnded }: QuickscanScreenProps) {
  const [load, setLoad] = useState<Load>({ status: 'loading' })
  const [attempt, setAttempt] = useState(0)

  useEffect(() => {
    let current = true
    void participantApi.quickscan(token).then((result) => {
      if (!current) return
      if (result.ok) setLoad({ status: 'ready', scan: result.data })
      else if (result.error.kind === 'unauthorized') onEnded(result.error)
      else setLoad({ status: 'failed', message: result.error.message })
    })
    return () => {
      current = false
    }
  }, [token, attempt, onEnded])

  const retry = () => {
    setLoad({ status: 'loading' })
    setAttempt((count) => count + 1)
  }

  if (load.status === 'ready')
    return <QuickscanFlow scan={load.scan} token={token} onLeave={onLeave} onEnded={onEnded} />
  return (
    <section className="p-section" aria-labelledby="quickscan-heading">
      <h2 id="quickscan-heading">{t('phone.quickscan.heading')}</h2>
      {load.status === 'loading' ? (
        <p role="status">{t('phone.quickscan.loading')}</p>
      ) : (
        <>
          <ErrorAlert message={load.message} />
          <button type="button" className="p-primary" onClick={retry}>
            {t('phone.quickscan.retry')}
          </button>
        </>
      )}
      <button type="button" onClick={onLeave}>
        {t('phone.quickscan.backToContribute')}
      </button>
    </section>
  )
}
