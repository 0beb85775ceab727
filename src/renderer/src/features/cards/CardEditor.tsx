import { useEffect, useRef, useState } from 'react'
import { maxContributionLength } from '../../../../shared/domain/workspace'
import { flushOnLeave } from '../../api/pending-edits'
import { charCount } from '../../format/char-limit'
import { useT } from '../../i18n'
import { CharCounter } from './CharCounter'

interface CardEditorProps {
  initial: string
  onSave(text: string): void
  onCancel(): void
}

/**
 * Editing in place: the caret starts at the end (one goes on typing), Enter saves, Shift+Enter
 * starts a new line, Escape leaves it as it was. A text over the limit is not saved: the
 * counter says so and the editor stays open with everything typed.
 */
export function CardEditor({ initial, onSave, onCancel }: CardEditorProps) {
  const t = useT()
  const [text, setText] = useState(initial)
  const count = charCount(text, maxContributionLength)
  const fieldRef = useRef<HTMLTextAreaElement>(null)
  const save = () => {
    if (count?.over) return fieldRef.current?.focus()
    if (text.trim() === '') onCancel()
    else onSave(text.trim())
  }
  useEffect(() => {
    const field = fieldRef.current
    if (!field) return
    field.focus()
    field.setSelectionRange(field.value.length, field.value.length)
    field.scrollTop = field.scrollHeight
  }, [])
  // Leaving the page mid-edit (reload, window closed) stores the edit as Enter would.
  const latest = useRef({ text, initial, onSave })
  useEffect(() => {
    latest.current = { text, initial, onSave }
  })
  useEffect(
    () =>
      flushOnLeave(() => {
        const { text: edited, initial: before, onSave: store } = latest.current
        const trimmed = edited.trim()
        if (trimmed !== '' && trimmed !== before && trimmed.length <= maxContributionLength)
          store(trimmed)
      }),
    []
  )
  return (
    <>
      <textarea
        ref={fieldRef}
        className="card-editor"
        aria-label={t('cards.editLabel')}
        aria-describedby={count ? 'card-editor-count' : undefined}
        aria-invalid={count?.over || undefined}
        value={text}
        rows={Math.min(8, Math.max(2, text.split('\n').length))}
        onChange={(event) => setText(event.target.value)}
        onBlur={() => {
          // Over the limit, leaving the field keeps the edit open rather than losing it.
          if (!count?.over) save()
        }}
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
      {count && <CharCounter id="card-editor-count" count={count} />}
    </>
  )
}
