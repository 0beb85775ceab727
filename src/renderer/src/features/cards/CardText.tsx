import { useState } from 'react'
import { useT } from '../../i18n'

/** A card longer than this folds: a pasted page must not push the board off the screen. */
export const foldChars = 600
export const foldLines = 8

export function isLong(text: string): boolean {
  return text.length > foldChars || text.split('\n').length > foldLines
}

/**
 * The text of a card. A long one shows its first lines and a button to open it all; the
 * projector's read-only cards fold too, without the button.
 */
export function CardText({ text, foldable }: { text: string; foldable: boolean }) {
  const t = useT()
  const [open, setOpen] = useState(false)
  const long = isLong(text)
  if (!long) return <p className="card-text">{text}</p>
  const folded = !open || !foldable
  return (
    <>
      <p className={folded ? 'card-text folded' : 'card-text'}>
        {folded ? `${text.slice(0, foldChars).split('\n').slice(0, foldLines).join('\n')}…` : text}
      </p>
      {foldable && (
        <button
          type="button"
          className="card-fold link-button"
          aria-expanded={open}
          onClick={() => setOpen((was) => !was)}
        >
          {open ? t('cardEdit.showLess') : t('cardEdit.showAll', { length: text.length })}
        </button>
      )}
    </>
  )
}
