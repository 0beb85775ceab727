import { useEffect, useId, useRef, useState } from 'react'
import { flushOnLeave } from '../api/pending-edits'

interface AutosaveTextProps {
  label: string
  value: string
  onSave(value: string): void
  multiline?: boolean
  rows?: number
  maxLength?: number
  className?: string
  /** Hides the label visually; it stays for screen readers. */
  hiddenLabel?: boolean
  /** On the projector: the text as it is stored, no field. */
  readOnly?: boolean
}

const pauseMs = 400

/**
 * A text field that stores itself when typing pauses, when it loses focus and when the page
 * goes away (reload, window closed), so nothing typed depends on pressing a save button and
 * the disk is not hit on every keystroke.
 */
export function AutosaveText(props: AutosaveTextProps) {
  const { label, value, onSave, multiline, rows = 3, maxLength = 20_000 } = props
  const [draft, setDraft] = useState<string | null>(null)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const labelId = useId()
  const latest = useRef({ draft, value, onSave })
  useEffect(() => {
    latest.current = { draft, value, onSave }
  })

  const flush = () => {
    if (timer.current) clearTimeout(timer.current)
    timer.current = null
    const { draft: pending, value: stored, onSave: save } = latest.current
    if (pending !== null && pending !== stored) save(pending)
    setDraft(null)
  }

  // Store what is still pending when the screen changes or the page is left.
  useEffect(() => {
    const leave = () => {
      if (timer.current) flush()
    }
    const unregister = flushOnLeave(leave)
    return () => {
      unregister()
      leave()
    }
  }, [])

  const change = (next: string) => {
    setDraft(next)
    if (timer.current) clearTimeout(timer.current)
    timer.current = setTimeout(() => {
      timer.current = null
      const { onSave: save } = latest.current
      save(next)
    }, pauseMs)
  }

  if (props.readOnly) {
    return value === '' ? null : <p className={`readonly-text ${props.className ?? ''}`}>{value}</p>
  }
  const common = {
    // Named by the label's text alone: a text area's content counts as part of the label it
    // sits in, which would make everything typed part of the field's name.
    'aria-labelledby': labelId,
    value: draft ?? value,
    maxLength,
    onChange: (event: { target: { value: string } }) => change(event.target.value),
    onBlur: flush
  }
  return (
    <label className={`${props.className ?? ''}${props.hiddenLabel ? ' hidden-label' : ''}`}>
      <span className="label-text" id={labelId}>
        {label}
      </span>
      {multiline ? <textarea rows={rows} {...common} /> : <input {...common} />}
    </label>
  )
}
