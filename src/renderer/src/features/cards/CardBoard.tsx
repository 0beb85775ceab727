import './cards.css'
import { useCallback } from 'react'
import type { Contribution, ContributionTag } from '../../../../shared/domain/workspace'
import { useT } from '../../i18n'
import { useCardsStore } from '../../stores/cards-store'
import { useCardsOnScreen } from '../../stores/use-cards-on-screen'
import { useCurrentSessionStore } from '../../stores/current-session-store'
import { CardComposer, composerInputId } from './CardComposer'
import { CardList } from './CardList'

/** The team's contributions on one screen: the input (facilitator only) and the cards. */
export function CardBoard({ screenId, editable }: { screenId: string; editable: boolean }) {
  const t = useT()
  // The projector shows what the team may see: no cards waiting for approval or hidden.
  const cards = useCardsOnScreen(screenId, editable ? everyCard : roomMaySee)
  const sessionId = useCurrentSessionStore((state) => state.session?.id)
  const participants = useCurrentSessionStore(
    (state) => state.session?.participants ?? noParticipants
  )
  const { add, update, remove, reorder, merge } = useCardsStore.getState()
  const focusComposer = () => document.getElementById(composerInputId)?.focus()
  // The same function while the screen stays: a card arriving does not render the composer.
  const onAdd = useCallback(
    (text: string, tag: ContributionTag | null, participantId: string | null) =>
      add({ screenId, text, tag, participantId }),
    [add, screenId]
  )

  return (
    <section className="card-board" aria-label={t('cards.boardLabel')}>
      {editable && (
        <CardComposer
          key={`${sessionId}.${screenId}`}
          participants={participants}
          draftKey={sessionId && `samenspel.draft.${sessionId}.${screenId}`}
          onAdd={onAdd}
        />
      )}
      <CardList
        cards={cards}
        participants={participants}
        editable={editable}
        onFocusOutside={focusComposer}
        actions={{ update, remove, merge, reorder: (ids) => reorder(screenId, ids) }}
      />
    </section>
  )
}

const noParticipants: never[] = []
const everyCard = (): boolean => true
const roomMaySee = (card: Contribution): boolean => !card.held && !card.hidden
