import { ErrorMessage } from '../../components/ErrorMessage'
import { useT } from '../../i18n'
import { useSyncStore } from '../../stores/sync-store'

/** Quiet while everything is stored; says so when writes wait for the store or were refused. */
export function SyncIndicator() {
  const t = useT()
  const pending = useSyncStore((state) => state.pending)
  const offline = useSyncStore((state) => state.offline)
  const rejected = useSyncStore((state) => state.rejected)
  const dismiss = useSyncStore((state) => state.dismiss)
  return (
    <>
      <p className={`sync-indicator${offline ? ' offline' : ''}`} role="status">
        {offline === 'unauthorized'
          ? t('sync.unauthorized', { count: pending })
          : offline
            ? t('sync.offline', { count: pending })
            : pending > 0
              ? t('sync.saving')
              : t('sync.saved')}
      </p>
      {rejected && <ErrorMessage message={rejected} onDismiss={dismiss} />}
    </>
  )
}
