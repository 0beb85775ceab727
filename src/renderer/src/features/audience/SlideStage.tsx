import { useRef, useState } from 'react'
import type { ContentBundle } from '../../../../shared/content/content-bundle'
import type { FlowScreen } from '../../../../shared/domain/session-flow'
import { useT } from '../../i18n'
import { useCurrentSessionStore } from '../../stores/current-session-store'
import { useWorkspaceStore } from '../../stores/workspace-store'
import { useShallow } from 'zustand/react/shallow'
import { AudienceCards, useAudienceCards } from './AudienceCards'
import { audienceSlide } from './audience-slide'
import { PageIndicator } from './PageIndicator'
import { PagedColumns } from './PagedColumns'
import { useFitFontSize } from './use-fit-step'

/** Question sizes to try, largest first; the heading may take at most this share of the height. */
const titleSteps = ['7vh', '6vh', '5.2vh', '4.5vh', '4vh', 'var(--audience-body-min)']
const titleShareWithCards = 0.36
const titleShareAlone = 0.8

interface SlideStageProps {
  screen: FlowScreen
  content: ContentBundle
  page: number
  onPages(pages: number): void
}

/** A session screen for the room: the step and question, large, and the team's cards. */
export function SlideStage({ screen, content, page, onPages }: SlideStageProps) {
  const t = useT()
  const session = useCurrentSessionStore((state) => state.session)
  const answers = useWorkspaceStore(
    useShallow(({ focus, conversationForms, agendaElements, selfAssessments, supportChoices }) => ({
      focus,
      conversationForms,
      agendaElements,
      selfAssessments,
      supportChoices
    }))
  )
  const slide = audienceSlide({ screen, pack: content.kwaliteitskaart, answers, session, t })
  const cards = useAudienceCards(slide.cardsScreenId)
  const [pages, setPages] = useState(1)
  const headRef = useRef<HTMLElement>(null)
  const hasBody = slide.cardsScreenId !== null && cards.length > 0
  const share = hasBody ? titleShareWithCards : titleShareAlone
  useFitFontSize(
    headRef,
    (head) => head.querySelector('h1'),
    titleSteps,
    (head) => head.offsetHeight <= window.innerHeight * share
  )
  const cardsKey = `${screen.id}|${cards.map((c) => `${c.id}:${c.text.length}:${c.tag}`).join(',')}`

  return (
    <>
      <header ref={headRef} className="audience-head" id="audience-question">
        <p className="audience-eyebrow">{slide.eyebrow}</p>
        <h1 className="audience-title" lang={slide.titleLang}>
          {slide.title}
        </h1>
        {slide.points.length > 0 && (
          <ul className="audience-points">
            {slide.points.map((point) => (
              <li key={point.text}>
                <span lang={point.lang}>{point.text}</span>
                {point.note && `: ${point.note}`}
              </li>
            ))}
          </ul>
        )}
      </header>
      {hasBody && (
        <PagedColumns
          contentKey={cardsKey}
          page={Math.min(page, pages - 1)}
          onPages={(count) => {
            setPages(count)
            onPages(count)
          }}
        >
          <AudienceCards cards={cards} />
        </PagedColumns>
      )}
      <PageIndicator page={Math.min(page, pages - 1)} pages={pages} />
    </>
  )
}
