import './plan.css'
import { useEffect, useMemo, useState } from 'react'
import type { ContentBundle } from '../../../../shared/content/content-bundle'
import type { FlowScreen } from '../../../../shared/domain/session-flow'
import { api } from '../../api'
import { writes } from '../../api/writes'
import { ErrorMessage } from '../../components/ErrorMessage'
import { useT } from '../../i18n'
import { saveFile } from '../../platform/save-file'
import { useActionsStore } from '../../stores/actions-store'
import { useCurrentSessionStore } from '../../stores/current-session-store'
import { ReportDialog } from '../report/ReportDialog'
import { BoardExportDialog } from '../board/BoardExportDialog'
import { ActionFates } from '../school/ActionFates'
import { ActionList } from './ActionList'
import { NextMeetingEditor } from './NextMeetingEditor'
import { aspectOptions, factorOptions, screenLinkOptions } from './plan-links'
import { PlanSuggestions } from './PlanSuggestions'
import { ReviewPanel } from './ReviewPanel'

interface ActionPlanViewProps {
  sessionId: string
  content: ContentBundle
  flow: FlowScreen[]
}

/** The meeting's outcome: actions in priority order, the report and the session file. */
export function ActionPlanView({ sessionId, content, flow }: ActionPlanViewProps) {
  const t = useT()
  const participants = useCurrentSessionStore((s) => s.session?.participants ?? noParticipants)
  const loadedFor = useActionsStore((s) => s.sessionId)
  const add = useActionsStore((s) => s.add)
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set())
  const [newWhat, setNewWhat] = useState('')
  const [reportOpen, setReportOpen] = useState(false)
  const [boardOpen, setBoardOpen] = useState(false)
  const school = useCurrentSessionStore((s) => s.session?.school ?? '')
  const schoolId = useCurrentSessionStore((s) => s.session?.schoolId ?? null)
  const schoolSector = useCurrentSessionStore((s) => s.session?.sector ?? null)
  const [error, setError] = useState<string | null>(null)
  const [notice, setNotice] = useState('')
  const [hasQuickscan, setHasQuickscan] = useState(false)
  const links = useMemo(
    () => ({
      screens: screenLinkOptions(t, flow, content),
      factors: factorOptions(content),
      aspects: aspectOptions(content)
    }),
    [t, flow, content]
  )

  useEffect(() => {
    useActionsStore
      .getState()
      .load(sessionId)
      .catch((caught: Error) => setError(caught.message))
    api['quickscan.get']({ sessionId })
      .then((quickscan) => setHasQuickscan(quickscan !== null && quickscan.respondents.length > 0))
      .catch((caught: Error) => setError(caught.message))
  }, [sessionId])

  const openOne = (id: string) => setOpen((current) => new Set([...current, id]))
  const toggle = (id: string) =>
    setOpen((current) => {
      const next = new Set(current)
      if (next.has(id)) next.delete(id)
      else next.add(id)
      return next
    })

  async function exportSession() {
    try {
      await writes.idle()
      const file = await api['session.export']({ sessionId })
      const path = await saveFile(file, t('plan.exportTitle'))
      setNotice(path ? t('report.saved', { path }) : t('report.cancelled'))
    } catch (caught) {
      setError((caught as Error).message)
    }
  }

  if (loadedFor !== sessionId) return <p>{error ?? t('common.loading')}</p>
  return (
    <article className="screen plan-view">
      <div className="plan-header">
        <h1>{t('plan.title')}</h1>
        <div className="plan-tools">
          <button type="button" className="primary" onClick={() => setReportOpen(true)}>
            {t('report.open')}
          </button>
          <button type="button" onClick={() => void exportSession()}>
            {t('plan.export')}
          </button>
          {hasQuickscan && (
            <button type="button" onClick={() => setBoardOpen(true)}>
              {t('boardExport.open')}
            </button>
          )}
        </div>
      </div>
      {error && <ErrorMessage message={error} onDismiss={() => setError(null)} />}
      <p className="notice" role="status">
        {notice}
      </p>
      <ReviewPanel sessionId={sessionId} />
      <PlanSuggestions content={content} onAdded={openOne} />
      <form
        className="new-action"
        onSubmit={(event) => {
          event.preventDefault()
          if (newWhat.trim() === '') return
          openOne(add(newWhat.trim()).id)
          setNewWhat('')
        }}
      >
        <label className="composer-text">
          {t('plan.newAction')}
          <input
            value={newWhat}
            maxLength={2_000}
            onChange={(event) => setNewWhat(event.target.value)}
          />
        </label>
        <button type="submit" className="primary">
          {t('plan.add')}
        </button>
      </form>
      <p className="hint">{t('plan.hint')}</p>
      <ActionList participants={participants} links={links} open={open} onToggle={toggle} />
      <ActionFates sessionId={sessionId} />
      <NextMeetingEditor />
      {boardOpen && (
        <BoardExportDialog
          sessionId={sessionId}
          schoolId={schoolId}
          schoolName={school}
          schoolSector={schoolSector}
          pack={content.quickscan}
          onClose={() => setBoardOpen(false)}
        />
      )}
      {reportOpen && (
        <ReportDialog
          sessionId={sessionId}
          hasQuickscan={hasQuickscan}
          onClose={() => setReportOpen(false)}
        />
      )}
    </article>
  )
}

const noParticipants: never[] = []
