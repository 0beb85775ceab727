import { useEffect, useRef, useState } from 'react'
import {
  schoolSectors,
  type BoardFile,
  type SchoolSector
} from '../../../../shared/board/board-file'
import type { QuickscanPack } from '../../../../shared/content/quickscan'
import { api } from '../../api'
import { writes } from '../../api/writes'
import { intlLocale, useLocaleStore, useT } from '../../i18n'
import { formatCalendarDate } from '../../format/dates'
import { saveFile, type FileToSave } from '../../platform/save-file'
import { decimal, percent } from './board-format'
import './board.css'

interface BoardExportDialogProps {
  sessionId: string
  /** The session's school: its record fills in name, sector and board. */
  schoolId: string | null
  schoolName: string
  schoolSector: SchoolSector | null
  pack: QuickscanPack
  onClose(): void
}

/** What the facilitator reads before saving: every kind of thing the file holds, in words. */
function Preview({ file, pack }: { file: BoardFile; pack: QuickscanPack }) {
  const t = useT()
  const intl = intlLocale(useLocaleStore((s) => s.locale))
  const entry = file.schools[0]
  if (!entry) return null
  const { school, scan } = entry
  const title = (n: number) => pack.factors.find((f) => f.number === n)?.title ?? ''
  const cluster = (id: string) => pack.clusters.find((c) => c.id === id)?.title ?? id
  return (
    <section className="board-preview" aria-labelledby="board-preview-title">
      <h3 id="board-preview-title">{t('boardExport.previewTitle')}</h3>
      <ul>
        <li>{t('boardExport.previewSchool', { name: school.name, sector: school.sector })}</li>
        {school.board && <li>{t('boardExport.previewBoard', { board: school.board })}</li>}
        <li>
          {t('boardExport.previewDate', {
            date: formatCalendarDate(scan.date, intl),
            version: scan.pack.version
          })}
        </li>
        <li>{t('boardExport.previewRespondents', { count: scan.respondents })}</li>
        <li>
          {t('boardExport.previewFigures', {
            items: scan.items.length,
            factors: scan.factors.length
          })}
        </li>
        <li>{t('boardExport.previewGrades', { clusters: scan.clusters.length })}</li>
        <li>
          {scan.priorities === undefined ? (
            t('boardExport.previewNoPriorities')
          ) : scan.priorities.length === 0 ? (
            t('boardExport.previewEmptyPriorities')
          ) : (
            <>
              {t('boardExport.previewPriorities')}
              <ul>
                {scan.priorities.map((p) => (
                  <li key={p.clusterId}>
                    {cluster(p.clusterId)}: {p.priority}
                  </li>
                ))}
              </ul>
            </>
          )}
        </li>
        <li>
          {scan.actionTitles === undefined ? (
            t('boardExport.previewNoActions')
          ) : scan.actionTitles.length === 0 ? (
            t('boardExport.previewEmptyActions')
          ) : (
            <>
              {t('boardExport.previewActions')}
              <ul>
                {scan.actionTitles.map((a, i) => (
                  <li key={i}>{a}</li>
                ))}
              </ul>
            </>
          )}
        </li>
      </ul>
      {scan.tooFewToCompare && (
        <p className="board-too-few" role="note">
          <strong>{t('boardExport.tooFew')}</strong>
        </p>
      )}
      <p>
        <strong>{t('boardExport.previewNever')}</strong>
      </p>
      <details>
        <summary>{t('boardExport.figures')}</summary>
        <table className="board-table">
          <tbody>
            {scan.factors.map((f) => (
              <tr key={f.factor}>
                <th scope="row">
                  {f.factor}. {title(f.factor)}
                </th>
                <td>{f.median === null ? t('board.onlyUnknown') : decimal(f.median, intl)}</td>
                <td>{f.verdict ? t(`board.verdict.${f.verdict}`) : ''}</td>
                <td>{t('board.unknownShare', { percent: percent(f.unknownShare, intl) })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  )
}

/** School details and what to include; the preview follows every change before saving. */
export function BoardExportDialog({
  sessionId,
  schoolId,
  schoolName,
  schoolSector,
  pack,
  onClose
}: BoardExportDialogProps) {
  const t = useT()
  const ref = useRef<HTMLDialogElement>(null)
  const [name, setName] = useState(schoolName)
  // Unknown sector: the quickscan is the VO version; a facilitator from another sector picks.
  const [sector, setSector] = useState<SchoolSector>(schoolSector ?? 'VO')
  const [board, setBoard] = useState('')
  // What the facilitator changed here stays theirs when the school's record arrives.
  const edited = useRef({ name: false, sector: false, board: false })

  useEffect(() => {
    if (!schoolId) return
    let current = true
    void api['school.list']({})
      .then((schools) => {
        const school = schools.find((s) => s.id === schoolId)
        if (!current || !school) return
        if (!edited.current.name) setName(school.name)
        if (!edited.current.sector && school.sector) setSector(school.sector)
        if (!edited.current.board) setBoard(school.board)
      })
      // Without the record the fields keep the session's names; nothing is lost.
      .catch(() => undefined)
    return () => {
      current = false
    }
  }, [schoolId])
  const [includePriorities, setPriorities] = useState(false)
  const [includeActions, setActions] = useState(false)
  const [result, setResult] = useState<(FileToSave & { file: BoardFile }) | null>(null)
  const [message, setMessage] = useState('')

  useEffect(() => {
    if (ref.current && !ref.current.open) ref.current.showModal()
  }, [])

  useEffect(() => {
    if (name.trim() === '') return
    let current = true
    const school = board.trim() ? { name, sector, board } : { name, sector }
    void writes
      .idle()
      .then(() => api['board.export']({ sessionId, school, includePriorities, includeActions }))
      .then((made) => {
        if (!current) return
        setResult(made)
        setMessage('')
      })
      .catch((error: Error) => {
        if (current) setMessage(error.message)
      })
    return () => {
      current = false
    }
  }, [sessionId, name, sector, board, includePriorities, includeActions])
  const missing = name.trim() === ''

  async function save() {
    if (!result) return
    const path = await saveFile(result, t('boardExport.saveTitle'))
    setMessage(path ? t('board.reportSaved', { path }) : t('board.reportCancelled'))
  }

  return (
    <dialog
      ref={ref}
      className="dialog board-export-dialog"
      aria-labelledby="board-export-title"
      onCancel={(event) => {
        event.preventDefault()
        onClose()
      }}
    >
      <h2 id="board-export-title">{t('boardExport.title')}</h2>
      <p>{t('boardExport.intro')}</p>
      <label>
        {t('boardExport.school')}
        <input
          value={name}
          maxLength={200}
          onChange={(e) => {
            edited.current.name = true
            setName(e.target.value)
          }}
        />
      </label>
      <label>
        {t('boardExport.sector')}{' '}
        <select
          value={sector}
          onChange={(e) => {
            edited.current.sector = true
            setSector(e.target.value as SchoolSector)
          }}
        >
          {schoolSectors.map((s) => (
            <option key={s}>{s}</option>
          ))}
        </select>
      </label>
      <label>
        {t('boardExport.board')}
        <input
          value={board}
          maxLength={200}
          onChange={(e) => {
            edited.current.board = true
            setBoard(e.target.value)
          }}
        />
      </label>
      <label className="inline-choice">
        <input
          type="checkbox"
          checked={includePriorities}
          onChange={() => setPriorities(!includePriorities)}
        />
        <span>{t('boardExport.priorities')}</span>
      </label>
      <label className="inline-choice">
        <input
          type="checkbox"
          checked={includeActions}
          onChange={() => setActions(!includeActions)}
        />
        <span>{t('boardExport.actions')}</span>
      </label>
      {!missing && result && <Preview file={result.file} pack={pack} />}
      <p className="notice" role="status">
        {missing ? t('boardExport.nameMissing') : message}
      </p>
      <div className="dialog-actions">
        <button
          type="button"
          className="primary"
          disabled={missing || !result}
          onClick={() => void save()}
        >
          {t('boardExport.save')}
        </button>
        <button type="button" onClick={onClose}>
          {t('boardExport.close')}
        </button>
      </div>
    </dialog>
  )
}
