import { memo } from 'react'
import type { Contribution } from '../../../../shared/domain/workspace'
import { useT } from '../../i18n'
import { useCardsOnScreen } from '../../stores/use-cards-on-screen'
import { useCurrentSessionStore } from '../../stores/current-session-store'

/** The cards the room may see: approved and not hidden, in the team's order. */
export function useAudienceCards(screenId: string | null): Contribution[] {
  return useCardsOnScreen(screenId, roomMaySee)
}

const roomMaySee = (card: Contribution): boolean => !card.held && !card.hidden

export function AudienceCards({ cards }: { cards: Contribution[] }) {
  const t = useT()
  const participants = useCurrentSessionStore((state) => state.session?.participants)
  const names = new Map((participants ?? []).map((p) => [p.id, p.name]))
  return (
    <ol className="audience-cards" aria-label={t('audience.cards', { count: cards.length })}>
      {cards.map((card) => (
        <AudienceCard
          key={card.id}
          card={card}
          author={card.participantId ? (names.get(card.participantId) ?? null) : null}
        />
      ))}
    </ol>
  )
}

const AudienceCard = memo(function AudienceCard({
  card,
  author
}: {
  card: Contribution
  author: string | null
}) {
  const t = useT()
  return (
    <li className={`audience-card${card.tag ? ` tag-${card.tag}` : ''}`} data-card-id={card.id}>
      <p className="audience-card-text">{card.text}</p>
      {(card.tag || author) && (
        <p className="audience-card-meta">
          {card.tag && <span className={`tag-badge tag-${card.tag}`}>{t(`tag.${card.tag}`)}</span>}
          {author && <span className="audience-card-author">{author}</span>}
        </p>
      )}
    </li>
  )
})
