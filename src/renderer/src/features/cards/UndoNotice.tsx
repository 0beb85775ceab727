import { useEffect, useState } from 'react'
import { useT } from '../../i18n'

const visibleMs = 12_000

interface UndoNoticeProps {
  /** The last deleted thing, if any: a card or an action. */
  lastDeleted: { id: string; text: string } | undefined
  /** "Bijdrage verwijderd: “…”" or the like, with the text filled in. */
  message(text: string): string
  onUndo(): void
}

/** Tells that something was deleted and offers it back; Ctrl+Z does the same. */
export function UndoNotice({ lastDeleted, message, onUndo }: UndoNoticeProps) {
  const t = useT()
  const [hiddenFor, setHiddenFor] = useState<string | null>(null)
  const id = lastDeleted?.id ?? null

  useEffect(() => {
    if (!id) return
    const timer = setTimeout(() => setHiddenFor(id), visibleMs)
    return () => clearTimeout(timer)
  }, [id])

  const show = lastDeleted && hiddenFor !== lastDeleted.id
  const text = lastDeleted?.text ?? ''
  const preview = text.length > 60 ? `${text.slice(0, 60)}…` : text
  return (
    <div className="undo-notice" role="status" aria-live="polite">
      {show && (
        <>
          <span>{message(preview)}</span>
          <button type="button" onClick={onUndo}>
            {t('cards.undo')}
          </button>
        </>
      )}
    </div>
  )
}
