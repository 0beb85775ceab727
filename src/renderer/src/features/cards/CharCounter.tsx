import type { CharCount } from '../../format/char-limit'
import { useT } from '../../i18n'

/** "4.100 van 5.000 tekens", or a clear refusal once the text is over the limit. */
export function CharCounter({ id, count }: { id: string; count: CharCount }) {
  const t = useT()
  return (
    <p id={id} className={count.over ? 'char-counter over' : 'char-counter'} aria-live="polite">
      {count.over
        ? t('cardEdit.tooLong', { length: count.length, max: count.max })
        : t('cardEdit.counter', { length: count.length, max: count.max })}
    </p>
  )
}
