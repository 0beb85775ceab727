import type { Movement } from '../../../../shared/domain/quickscan-comparison'
import { formatNumber } from '../../format/numbers'
import { intlLocale, useLocaleStore, useT } from '../../i18n'

/** Formats numbers the way the current language writes them. */
export function useFormatNumber(): (value: number) => string {
  const locale = useLocaleStore((state) => state.locale)
  return (value) => formatNumber(value, intlLocale(locale))
}

/** "0,5 stap hoger dan toen": the movement of the middle answer, in words, never an arrow. */
export function MedianChangeText({
  delta,
  movement
}: {
  delta: number | null
  movement: Movement | null
}) {
  const t = useT()
  const format = useFormatNumber()
  if (delta === null || movement === null) return null
  if (movement === 'gelijk') return <span className="change change-same">{t('cmp.same')}</span>
  const steps = format(Math.abs(delta))
  const many = Math.abs(delta) > 1
  const key =
    movement === 'hoger'
      ? many
        ? 'cmp.higherMany'
        : 'cmp.higher'
      : many
        ? 'cmp.lowerMany'
        : 'cmp.lower'
  return <span className={`change change-${movement}`}>{t(key, { steps })}</span>
}

/** "Cijfer toen 6,5, nu 7 (0,5 hoger)". */
export function GradeChangeText({ then, now }: { then: number | null; now: number | null }) {
  const t = useT()
  const format = useFormatNumber()
  const shown = (value: number | null) => (value === null ? t('cmp.noGrade') : format(value))
  const delta = then !== null && now !== null ? now - then : null
  return (
    <span className="grade-change">
      {t('cmp.gradeThenNow', { then: shown(then), now: shown(now) })}
      {delta !== null && delta !== 0 && (
        <>
          {' '}
          (
          {t(delta > 0 ? 'cmp.gradeHigher' : 'cmp.gradeLower', {
            delta: format(Math.abs(delta))
          })}
          )
        </>
      )}
    </span>
  )
}
