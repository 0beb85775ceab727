import './sync.css'
import { useState } from 'react'
import { ErrorMessage } from '../../components/ErrorMessage'
import { useT } from '../../i18n'
import { useSyncStore } from '../../stores/sync-store'

function useStatusText(): string {
  const t = useT()
  const pending = useSyncStore((state) => state.pending)
  const offline = useSyncStore((state) => state.offline)
  const storageCause = useSyncStore((state) => state.storageCause)
  const count = { count: pending }
  switch (offline) {
    case 'unauthorized':
      return t('sync.unauthorized', count)
    case 'unreachable':
      return t('sync.offline', count)
    case 'storage':
      return t(`sync.storage.${storageCause ?? 'io'}`, count)
    case 'internal':
      return t('sync.internal', count)
    default:
      return pending > 0 ? t('sync.saving') : t('sync.saved')
  }
}

/** A refused text, shown so it can be copied rather than lost. */
function RefusedText({ text }: { text: string }) {
  const t = useT()
  const [copied, setCopied] = useState(false)
  const copy = () => {
    void navigator.clipboard
      ?.writeText(text)
      .then(() => setCopied(true))
      .catch(() => undefined)
  }
  return (
    <li>
      <textarea className="refused-text" readOnly value={text} rows={2} />
      <button type="button" className="link" onClick={copy}>
        {copied ? t('sync.copied') : t('sync.copy')}
      </button>
    </li>
  )
}

/** Quiet while everything is stored; says so, and why, when writes wait or were refused. */
export function SyncIndicator() {
  const t = useT()
  const offline = useSyncStore((state) => state.offline)
  const rejected = useSyncStore((state) => state.rejected)
  const dismiss = useSyncStore((state) => state.dismiss)
  const text = useStatusText()
  return (
    <>
      <p className={`sync-indicator${offline ? ' offline' : ''}`} role="status">
        {text}
      </p>
      {rejected && (
        <>
          <ErrorMessage message={rejected.message} onDismiss={dismiss} />
          {rejected.texts.length > 0 && (
            <div className="refused-texts">
              <p>{t('sync.refusedTexts')}</p>
              <ul>
                {rejected.texts.map((refused, index) => (
                  <RefusedText key={index} text={refused} />
                ))}
              </ul>
            </div>
          )}
        </>
      )}
    </>
  )
}
