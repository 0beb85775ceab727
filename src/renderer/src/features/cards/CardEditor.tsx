import { useEffect, useRef, useState } from 'react'
import { flushOnLeave } from '../../api/pending-edits'
import { useT } from '../../i18n'

interface CardEditorProps {
  initial: string
  onSave(text: string): void
  onCancel(): void
}

/** Editing in place: Enter saves, Shift+Enter starts a new line, Escape leaves it as it was. */
export function CardEditor({ initial, onSave, onCancel }: CardEditorProps) {
  const t = useT()
  const [text, setText] = useState(initial)
  const save = () => (text.trim() === '' ? onCancel() : onSave(text.trim()))
  // Leaving the page mid-edit (reload, window closed) stores the edit as Enter would.
  const latest = useRef({ text, initial, onSave })
  useEffect(() => {
    latest.current = { text, initial, onSave }
  })
  useEffect(
    () =>
      flushOnLeave(() => {
        const { text: edited, initial: before, onSave: store } = latest.current
        if (edited.trim() !== '' && edited.trim() !== before) store(edited.trim())
      }),
    []
  )
  return (
    <textarea
      className="card-editor"
      aria-label={t('cards.editLabel')}
      value={text}
      autoFocus
      rows={Math.min(8, Math.max(2, text.split('\n').length))}
      onChange={(event) => setText(event.target.value)}
      onBlur={save}
      onKeyDown={(event) => {
        event.stopPropagation()
        if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
          event.preventDefault()
          save()
        } else if (event.key === 'Escape') {
          event.preventDefault()
          onCancel()
        }
      }}
    />
  )
}
