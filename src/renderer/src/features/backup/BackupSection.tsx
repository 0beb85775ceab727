import { useState } from 'react'
import type { Backup } from '../../../../shared/api/backup-methods'
import { api } from '../../api'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { ErrorMessage } from '../../components/ErrorMessage'
import { intlLocale, useLocaleStore, useT } from '../../i18n'
import { dateTimeFormat } from '../../../../shared/i18n/intl-formats'

export function formatDateTime(iso: string, locale: string): string {
  return dateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso))
}

/** The list of backups, making one now, and restoring one (after asking). */
export function BackupSection({ onRestored }: { onRestored(): void }) {
  const t = useT()
  const locale = intlLocale(useLocaleStore((s) => s.locale))
  const [backups, setBackups] = useState<Backup[] | null>(null)
  const [toRestore, setToRestore] = useState<Backup | null>(null)
  const [notice, setNotice] = useState('')
  const [error, setError] = useState<string | null>(null)
  const run = async (action: () => Promise<void>) => {
    setError(null)
    await action().catch((e: Error) => setError(e.message))
  }
  const load = () => run(async () => setBackups(await api['backup.list']({})))

  return (
    <details
      className="card backup-section"
      onToggle={(e) => (e.currentTarget.open && !backups ? void load() : undefined)}
    >
      <summary>{t('backup.title')}</summary>
      <p>{t('backup.intro')}</p>
      {error && <ErrorMessage message={error} onDismiss={() => setError(null)} />}
      <p className="notice" role="status">
        {notice}
      </p>
      <button
        type="button"
        onClick={() =>
          void run(async () => {
            await api['backup.create']({})
            setNotice(t('backup.created'))
            setBackups(await api['backup.list']({}))
          })
        }
      >
        {t('backup.create')}
      </button>
      {backups?.length === 0 && <p className="empty">{t('backup.none')}</p>}
      <ul className="backup-list">
        {backups?.map((backup) => {
          const date = formatDateTime(backup.createdAt, locale)
          return (
            <li key={backup.fileName}>
              <span>
                {date} · {t(`backup.reason.${backup.reason}`)}
                {backup.sessionTitle && ` · ${backup.sessionTitle}`}
              </span>
              <button
                type="button"
                onClick={() => setToRestore(backup)}
                aria-label={t('backup.restoreLabel', { date })}
              >
                {t('backup.restore')}
              </button>
            </li>
          )
        })}
      </ul>
      {toRestore && (
        <ConfirmDialog
          title={t('backup.confirmTitle')}
          body={t('backup.confirmBody', { date: formatDateTime(toRestore.createdAt, locale) })}
          confirmLabel={t('backup.restore')}
          onCancel={() => setToRestore(null)}
          onConfirm={() => {
            const chosen = toRestore
            setToRestore(null)
            void run(async () => {
              await api['backup.restore']({ fileName: chosen.fileName })
              setNotice(t('backup.restored'))
              setBackups(await api['backup.list']({}))
              onRestored()
            })
          }}
        />
      )}
    </details>
  )
}
