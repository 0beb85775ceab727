import { useEffect, useState } from 'react'
import type { StartupProblem } from '../../../../shared/api/backup-methods'
import { api } from '../../api'
import type { SessionSummary } from '../../../../shared/domain/session'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { ErrorMessage } from '../../components/ErrorMessage'
import { useAsyncAction } from '../../components/use-async-action'
import { useIntentId } from '../../components/use-intent-id'
import { intlLocale, useLocaleStore, useT } from '../../i18n'
import { formatCalendarDate } from '../../format/dates'
import { useRouteStore } from '../../stores/route-store'
import { useSchoolsStore } from '../../stores/schools-store'
import { useSessionsStore } from '../../stores/sessions-store'
import { BackupSection } from '../backup/BackupSection'
import { StartupProblemDialog } from '../backup/StartupProblemDialog'
import { MergeQuestions } from '../school/MergeQuestions'
import { SchoolList } from '../school/SchoolList'
import '../school/school.css'
import { ImportSession } from './ImportSession'
import { NewSessionForm } from './NewSessionForm'
import { SessionListItem } from './SessionListItem'

export function StartScreen() {
  const t = useT()
  const intl = intlLocale(useLocaleStore((s) => s.locale))
  const sessions = useSessionsStore((state) => state.sessions)
  const loaded = useSessionsStore((state) => state.loaded)
  const { load, create, createDemo, importSession, importedBefore, rename, remove } =
    useSessionsStore.getState()
  const navigate = useRouteStore((state) => state.navigate)
  const { error, setError, run } = useAsyncAction()
  const [toDelete, setToDelete] = useState<SessionSummary | null>(null)
  const [notice, setNotice] = useState('')
  const [problem, setProblem] = useState<StartupProblem | null>(null)
  /** A file that is already here, waiting for "Toch importeren". */
  const [importAgain, setImportAgain] = useState<{
    content: string
    title: string
    date: string
  } | null>(null)
  const demoIntent = useIntentId()
  const createIntent = useIntentId()

  useEffect(() => {
    // Asked once per start: the store remembers whether it already told us.
    api['app.startupProblem']({})
      .then(setProblem)
      .catch(() => undefined)
  }, [])

  useEffect(() => {
    void run(load)
  }, [run, load])

  const loadSchools = useSchoolsStore((state) => state.load)
  useEffect(() => {
    void run(loadSchools)
  }, [run, loadSchools])

  async function importFile(content: string, again: boolean) {
    const session = await importSession(content, again)
    await loadSchools()
    setNotice(t('import.done', { title: session.title }))
  }

  async function confirmDelete(session: SessionSummary) {
    setToDelete(null)
    if (await run(() => remove(session.id))) setNotice(t('start.deleted', { title: session.title }))
  }

  return (
    <main className="page start-screen">
      <h1>{t('start.title')}</h1>
      {error && <ErrorMessage message={error} onDismiss={() => setError(null)} />}
      <p className="notice" role="status">
        {notice}
      </p>
      {!loaded && !error && <p>{t('common.loading')}</p>}
      <MergeQuestions run={run} onAnswered={() => void run(load)} />
      <SchoolList onOpen={(schoolId) => navigate({ name: 'school', schoolId })} />
      {loaded && sessions.length === 0 && <p className="empty">{t('start.empty')}</p>}
      {sessions.length > 0 && (
        <ul className="session-list" aria-label={t('start.listLabel')}>
          {sessions.map((session) => (
            <SessionListItem
              key={session.id}
              session={session}
              onOpen={() => navigate({ name: 'session', sessionId: session.id })}
              onRename={(title) => run(() => rename(session.id, title))}
              onDelete={() => setToDelete(session)}
            />
          ))}
        </ul>
      )}
      <p className="demo-offer">
        <button
          type="button"
          onClick={() =>
            void run(async () => {
              const session = await createDemo(demoIntent.id())
              demoIntent.done()
              await loadSchools()
              navigate({ name: 'session', sessionId: session.id })
            })
          }
        >
          {t('start.demo')}
        </button>{' '}
        <span className="hint">{t('start.demoHint')}</span>
      </p>
      <NewSessionForm
        onCreate={(details) =>
          run(async () => {
            const session = await create(details, createIntent.id())
            createIntent.done()
            navigate({ name: 'session', sessionId: session.id })
          })
        }
      />
      <ImportSession
        onImport={(content) =>
          run(async () => {
            const [earlier] = await importedBefore(content)
            if (earlier) {
              setImportAgain({ content, title: earlier.title, date: earlier.date })
              return
            }
            await importFile(content, false)
          })
        }
      />
      <p className="board-offer">
        <button type="button" onClick={() => navigate({ name: 'board' })}>
          {t('board.open')}
        </button>{' '}
        <span className="hint">{t('board.openHint')}</span>
      </p>
      <BackupSection onRestored={() => void run(load)} />
      {problem && (
        <StartupProblemDialog
          problem={problem}
          onDone={() => {
            setProblem(null)
            void run(load)
          }}
        />
      )}
      {importAgain && (
        <ConfirmDialog
          title={t('import.againTitle')}
          body={t('import.againBody', {
            title: importAgain.title,
            date: formatCalendarDate(importAgain.date, intl)
          })}
          confirmLabel={t('import.againConfirm')}
          onConfirm={() => {
            setImportAgain(null)
            void run(() => importFile(importAgain.content, true))
          }}
          onCancel={() => {
            setImportAgain(null)
            setNotice(t('import.againCancelled'))
          }}
        />
      )}
      {toDelete && (
        <ConfirmDialog
          title={t('start.deleteTitle')}
          body={t('start.deleteBody', { title: toDelete.title })}
          confirmLabel={t('common.delete')}
          onConfirm={() => void confirmDelete(toDelete)}
          onCancel={() => setToDelete(null)}
        />
      )}
    </main>
  )
}
