import { useEffect, useRef, useState } from 'react'
import { reportSections, type ReportSection } from '../../../../shared/domain/report-options'
import { api } from '../../api'
import { writes } from '../../api/writes'
import { useT } from '../../i18n'
import { saveFile } from '../../platform/save-file'

interface ReportDialogProps {
  sessionId: string
  hasQuickscan: boolean
  onClose(): void
}

/** Chooses what the leadership gets, then saves the Word report. */
export function ReportDialog({ sessionId, hasQuickscan, onClose }: ReportDialogProps) {
  const t = useT()
  const ref = useRef<HTMLDialogElement>(null)
  const available = reportSections.filter((s) => s !== 'quickscan' || hasQuickscan)
  const [sections, setSections] = useState<Set<ReportSection>>(new Set(available))
  // Off until this session's facilitator chose otherwise: the report goes to the leadership.
  const [attributions, setAttributions] = useState(false)
  const [status, setStatus] = useState<{ busy: boolean; message: string; error: boolean }>({
    busy: false,
    message: '',
    error: false
  })

  useEffect(() => {
    if (ref.current && !ref.current.open) ref.current.showModal()
  }, [])

  useEffect(() => {
    let current = true
    api['report.choices']({ sessionId }).then(
      (choices) => current && setAttributions(choices.attributions),
      // Unknown: stay with the private choice.
      () => undefined
    )
    return () => {
      current = false
    }
  }, [sessionId])

  function chooseAttributions(on: boolean) {
    setAttributions(on)
    void writes.enqueue('report.setAttributions', { sessionId, attributions: on })
  }

  function toggle(section: ReportSection) {
    const next = new Set(sections)
    if (next.has(section)) next.delete(section)
    else next.add(section)
    setSections(next)
  }

  async function save() {
    setStatus({ busy: true, message: t('report.building'), error: false })
    try {
      // The report must hold what was typed a moment ago.
      await writes.idle()
      const file = await api['report.build']({
        sessionId,
        options: { sections: [...sections], attributions }
      })
      const path = await saveFile(file, t('report.saveTitle'))
      setStatus({
        busy: false,
        message: path ? t('report.saved', { path }) : t('report.cancelled'),
        error: false
      })
    } catch (caught) {
      setStatus({ busy: false, message: (caught as Error).message, error: true })
    }
  }

  return (
    <dialog
      ref={ref}
      className="dialog report-dialog"
      aria-labelledby="report-title"
      onCancel={(event) => {
        event.preventDefault()
        onClose()
      }}
    >
      <h2 id="report-title">{t('report.title')}</h2>
      <fieldset>
        <legend>{t('report.sections')}</legend>
        {available.map((section) => (
          <label key={section} className="inline-choice">
            <input
              type="checkbox"
              checked={sections.has(section)}
              onChange={() => toggle(section)}
            />
            <span>{t(`report.section.${section}`)}</span>
          </label>
        ))}
      </fieldset>
      <label className="inline-choice">
        <input
          type="checkbox"
          checked={attributions}
          onChange={() => chooseAttributions(!attributions)}
          aria-describedby="report-attributions-hint"
        />
        <span>{t('report.attributions')}</span>
      </label>
      <p id="report-attributions-hint" className="hint">
        {t('report.attributionsHint')}
      </p>
      <p
        className={status.error ? 'error-message' : 'notice'}
        role={status.error ? 'alert' : 'status'}
      >
        {status.message}
      </p>
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          {t('common.close')}
        </button>
        <button
          type="button"
          className="primary"
          disabled={status.busy}
          onClick={() => void save()}
        >
          {t('report.save')}
        </button>
      </div>
    </dialog>
  )
}
