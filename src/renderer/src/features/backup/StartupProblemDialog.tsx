import { useEffect, useRef, useState } from 'react'
import type { StartupProblem } from '../../../../shared/api/backup-methods'
import { api } from '../../api'
import { ErrorMessage } from '../../components/ErrorMessage'
import { intlLocale, useLocaleStore, useT } from '../../i18n'
import { formatDateTime } from './BackupSection'

/** Told once at start: the database was damaged, where it went, and the newest backup offered. */
export function StartupProblemDialog({
  problem,
  onDone
}: {
  problem: StartupProblem
  onDone(): void
}) {
  const t = useT()
  const locale = intlLocale(useLocaleStore((s) => s.locale))
  const ref = useRef<HTMLDialogElement>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    if (ref.current && !ref.current.open) ref.current.showModal()
  }, [])
  const backup = problem.newestBackup
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby="startup-title"
      onCancel={(event) => event.preventDefault()}
    >
      <h2 id="startup-title">{t('startup.title')}</h2>
      <p>{t(`startup.kind.${problem.kind}`)}</p>
      <p>{t('startup.moved', { path: problem.movedTo })}</p>
      <p>
        {backup
          ? t('startup.offer', { date: formatDateTime(backup.createdAt, locale) })
          : t('startup.noBackup')}
      </p>
      {error && <ErrorMessage message={error} />}
      <div className="dialog-actions">
        <button type="button" onClick={onDone} autoFocus={!backup}>
          {t('startup.continue')}
        </button>
        {backup && (
          <button
            type="button"
            className="primary"
            autoFocus
            onClick={() =>
              void api['backup.restore']({ fileName: backup.fileName })
                .then(onDone)
                .catch((e: Error) => setError(e.message))
            }
          >
            {t('startup.restore')}
          </button>
        )}
      </div>
    </dialog>
  )
}
