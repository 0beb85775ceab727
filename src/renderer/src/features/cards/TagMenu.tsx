import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'
import { contributionTags, type ContributionTag } from '../../../../shared/domain/workspace'
import { useT } from '../../i18n'

const choices: readonly (ContributionTag | null)[] = [...contributionTags, null]

/**
 * The card's "Label" button: a menu of the three tags and "Geen label", the current one ticked.
 * Arrows move, Enter or a click chooses, Escape closes; focus goes back to the button.
 */
export function TagMenu({
  current,
  onChoose
}: {
  current: ContributionTag | null
  onChoose(tag: ContributionTag | null): void
}) {
  const t = useT()
  const [open, setOpen] = useState(false)
  const buttonRef = useRef<HTMLButtonElement>(null)
  const itemRefs = useRef<(HTMLButtonElement | null)[]>([])
  const menuId = useId()

  useEffect(() => {
    if (!open) return
    const index = Math.max(0, choices.indexOf(current))
    itemRefs.current[index]?.focus()
  }, [open, current])

  const close = (returnFocus: boolean) => {
    setOpen(false)
    if (returnFocus) buttonRef.current?.focus()
  }
  const choose = (tag: ContributionTag | null) => {
    close(true)
    if (tag !== current) onChoose(tag)
  }
  const onMenuKey = (event: KeyboardEvent) => {
    // The card's own keys (Delete, 1/2/3, arrows) must not act while the menu is open.
    event.stopPropagation()
    const index = itemRefs.current.findIndex((item) => item === document.activeElement)
    const move = (to: number) => {
      event.preventDefault()
      itemRefs.current[(to + choices.length) % choices.length]?.focus()
    }
    if (event.key === 'ArrowDown') move(index + 1)
    else if (event.key === 'ArrowUp') move(index - 1)
    else if (event.key === 'Home') move(0)
    else if (event.key === 'End') move(choices.length - 1)
    else if (event.key === 'Escape' || event.key === 'Tab') {
      if (event.key === 'Escape') event.preventDefault()
      close(event.key === 'Escape')
    }
  }

  return (
    <span
      className="tag-menu"
      onBlur={(event) => {
        if (open && !event.currentTarget.contains(event.relatedTarget as Node | null)) close(false)
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => setOpen((was) => !was)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' && !open) {
            event.preventDefault()
            event.stopPropagation()
            setOpen(true)
          }
        }}
      >
        {t('cardEdit.tagButton')}
      </button>
      {open && (
        <span id={menuId} role="menu" aria-label={t('cardEdit.tagMenu')} onKeyDown={onMenuKey}>
          {choices.map((tag, index) => (
            <button
              key={tag ?? 'none'}
              ref={(element) => {
                itemRefs.current[index] = element
              }}
              type="button"
              role="menuitemradio"
              aria-checked={tag === current}
              tabIndex={-1}
              className={tag ? `tag-choice tag-${tag}` : 'tag-choice'}
              onClick={() => choose(tag)}
            >
              {tag ? t(`tag.${tag}`) : t('cardEdit.tagNone')}
            </button>
          ))}
        </span>
      )}
    </span>
  )
}
