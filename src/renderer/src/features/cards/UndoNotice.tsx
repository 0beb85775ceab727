import { useEffect, useState } from 'react'
import type { Contribution } from '../../../../shared/domain/workspace'
import { useT } from '../../i18n'

const visibleMs = 12_000

/** Tells that a card was deleted and offers it back; Ctrl+Z does the same. */
export function UndoNotice({
  lastDeleted,
  onUndo
}: {
  lastDeleted: Contribution | undefined
  onUndo(): void
}) {
  const t = useT()
  const [hiddenFor, setHiddenFor] = useState<string | null>(null)
  const id = lastDeleted?.id ?? null

  useEffect(() => {
    if (!id) return
    const timer = setTimeout(() => setHiddenFor(id), visibleMs)
    return () => clearTimeout(timer)
  }, [id])

  const show = lastDeleted && hiddenFor !== lastDeleted.id
  const preview =
    lastDeleted && lastDeleted.text.length > 60
      ? `${lastDeleted.text.slice(0, 60)}…`
      : lastDeleted?.text
  return (
    <div className="undo-notice" role="status" aria-live="polite">
      {show && (
        <>
          <span>{t('cards.deleted', { text: preview ?? '' })}</span>
          <button type="button" onClick={onUndo}>
            {t('cards.undo')}
          </button>
        </>
      )}
    </div>
  )
}
