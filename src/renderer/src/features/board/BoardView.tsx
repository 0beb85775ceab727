import { useEffect, useMemo, useState } from 'react'
import { compareBoard, loadedScans } from '../../../../shared/domain/board-comparison'
import { api } from '../../api'
import { ErrorMessage } from '../../components/ErrorMessage'
import { intlLocale, useLocaleStore, useT } from '../../i18n'
import { formatCalendarDate } from '../../format/dates'
import { saveFile } from '../../platform/save-file'
import { useContentStore } from '../../stores/content-store'
import { useRouteStore } from '../../stores/route-store'
import { useBoardStore } from './board-store'
import { BoardFilePicker } from './BoardFilePicker'
import { BoardHeatmap } from './BoardHeatmap'
import { BoardChanges, BoardLists, BoardSpread } from './BoardLists'
import './board.css'

/** The board's comparison of its schools' quickscans; nothing here is stored. */
export function BoardView() {
  const t = useT()
  const intl = intlLocale(useLocaleStore((s) => s.locale))
  const content = useContentStore((s) => s.content)
  const files = useBoardStore((s) => s.files)
  const refusals = useBoardStore((s) => s.refusals)
  const navigate = useRouteStore((s) => s.navigate)
  const [status, setStatus] = useState<{ message: string; error: boolean } | null>(null)

  useEffect(() => {
    document.title = t('board.title')
    void useContentStore.getState().load()
  }, [t])

  const pack = content?.quickscan
  const comparison = useMemo(
    () =>
      pack
        ? compareBoard(
            loadedScans(files),
            pack.factors.map((f) => f.number)
          )
        : null,
    [files, pack]
  )

  async function report() {
    setStatus({ message: t('board.reportBuilding'), error: false })
    try {
      const file = await api['board.report']({ files })
      const path = await saveFile(file, t('board.reportTitle'))
      setStatus({
        message: path ? t('board.reportSaved', { path }) : t('board.reportCancelled'),
        error: false
      })
    } catch (error) {
      setStatus({ message: (error as Error).message, error: true })
    }
  }

  const note = comparison?.versionNote
  return (
    <main className="page board-view">
      <p>
        <button type="button" onClick={() => navigate({ name: 'start' })}>
          {t('board.back')}
        </button>
      </p>
      <h1>{t('board.title')}</h1>
      <p>{t('board.intro')}</p>
      <BoardFilePicker />
      {refusals.length > 0 && (
        <div className="board-refusals" role="alert">
          <h2>{t('board.refused')}</h2>
          <ul>
            {refusals.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </div>
      )}
      {files.length === 0 ? (
        <p className="empty">{t('board.empty')}</p>
      ) : (
        <details className="board-files">
          <summary>{t('board.files', { count: files.length })}</summary>
          <ul>
            {files.map((f) => (
              <li key={f.fileName}>
                {f.fileName}{' '}
                <button type="button" onClick={() => useBoardStore.getState().remove(f.fileName)}>
                  {t('board.remove')}
                </button>
              </li>
            ))}
          </ul>
          <button
            type="button"
            className="board-clear"
            onClick={() => useBoardStore.getState().clear()}
          >
            {t('board.clear')}
          </button>
        </details>
      )}
      {comparison && pack && comparison.rows.length > 0 && (
        <>
          <div className="board-notes" role="status">
            {comparison.duplicates.map((d) => (
              <p key={`${d.school}-${d.date}`}>
                {t('board.duplicate', {
                  school: d.school,
                  date: formatCalendarDate(d.date, intl),
                  files: d.fileNames.join(', ')
                })}
              </p>
            ))}
            {note && (
              <p>
                {t('board.versions', {
                  versions: note.versions
                    .map((v) => t('board.version', { version: v.version, count: v.schools }))
                    .join(', '),
                  compared: note.comparedItems,
                  leftOut: note.leftOutItems.length
                })}
              </p>
            )}
          </div>
          <p className="board-actions">
            <button type="button" className="primary" onClick={() => void report()}>
              {t('board.report')}
            </button>
          </p>
          {status &&
            (status.error ? (
              <ErrorMessage message={status.message} onDismiss={() => setStatus(null)} />
            ) : (
              <p className="notice" role="status">
                {status.message}
              </p>
            ))}
          <BoardHeatmap comparison={comparison} pack={pack} />
          <BoardLists comparison={comparison} pack={pack} />
          <BoardSpread comparison={comparison} pack={pack} />
          <BoardChanges comparison={comparison} pack={pack} />
        </>
      )}
    </main>
  )
}
