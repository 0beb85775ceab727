import { useT } from '../../i18n'

/** "1/3" in a corner when the cards need more than one page; the clicker turns them. */
export function PageIndicator({ page, pages }: { page: number; pages: number }) {
  const t = useT()
  if (pages <= 1) return null
  return (
    <p className="audience-page" aria-label={t('audience.page', { page: page + 1, pages })}>
      {page + 1}/{pages}
    </p>
  )
}
