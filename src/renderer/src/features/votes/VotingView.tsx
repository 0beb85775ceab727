import './votes.css'
import { useCallback, useEffect, useMemo, useState } from 'react'
import type { ContentBundle } from '../../../../shared/content/content-bundle'
import { quickscanGlance } from '../../../../shared/domain/quickscan-glance'
import { mergeQuickscan } from '../../../../shared/domain/quickscan-merge'
import type { FlowScreen } from '../../../../shared/domain/session-flow'
import type { VoteRound } from '../../../../shared/domain/votes'
import { ErrorMessage } from '../../components/ErrorMessage'
import { useT } from '../../i18n'
import { useCardsStore } from '../../stores/cards-store'
import { useQuickscanStore } from '../../stores/quickscan-store'
import { useVotesStore } from '../../stores/votes-store'
import { screenLinkOptions } from '../plan/plan-links'
import { RoundPanel } from './RoundPanel'
import { RoundStarter, type Candidate } from './RoundStarter'
import { ThemeBoard } from './ThemeBoard'

/** One empty list: a selector returning a new [] each time would re-render without end. */
const noRounds: VoteRound[] = []

interface VotingViewProps {
  sessionId: string
  content: ContentBundle
  flow: FlowScreen[]
}

/** Choosing priorities together: themes first if wanted, then a round of dot voting. */
export function VotingView({ sessionId, content, flow }: VotingViewProps) {
  const t = useT()
  const [error, setError] = useState<string | null>(null)
  /** The rounds closed on this screen since it opened, in order (see `onTop` below). */
  const [closedHere, setClosedHere] = useState<readonly string[]>([])
  const closing = useCallback(
    (roundId: string) => setClosedHere((ids) => (ids.includes(roundId) ? ids : [...ids, roundId])),
    []
  )
  const allCards = useCardsStore((s) => s.cards)
  const rounds = useVotesStore((s) => (s.sessionId === sessionId ? s.rounds : noRounds))
  const themes = useVotesStore((s) => s.themes)
  const quickscan = useQuickscanStore((s) => (s.sessionId === sessionId ? s.quickscan : null))
  const cards = useMemo(() => allCards.filter((c) => !c.hidden && !c.held), [allCards])
  const screens = useMemo(() => {
    const withCards = new Set(cards.map((c) => c.screenId))
    return screenLinkOptions(t, flow, content).filter((o) => withCards.has(o.value))
  }, [cards, flow, content, t])
  const [screenId, setScreenId] = useState<string>('')
  const current = screenId || screens[0]?.value || ''

  useEffect(() => {
    useVotesStore
      .getState()
      .load(sessionId)
      .catch((e: Error) => setError(e.message))
    useQuickscanStore
      .getState()
      .load(sessionId)
      .catch((e: Error) => setError(e.message))
  }, [sessionId])

  const onScreen = cards.filter((c) => c.screenId === current)
  const screenThemes = themes.filter((theme) => theme.screenId === current)
  const grouped = new Set(screenThemes.flatMap((theme) => theme.cardIds))
  const cardCandidates: Candidate[] = [
    ...screenThemes
      .filter((theme) => theme.cardIds.length > 0)
      .map((theme) => ({
        kind: 'theme' as const,
        refId: theme.id,
        label: t('vote.themeOption', { title: theme.title, count: theme.cardIds.length }),
        suggested: true
      })),
    ...onScreen
      .filter((c) => !grouped.has(c.id))
      .map((c) => ({ kind: 'card' as const, refId: c.id, label: c.text, suggested: true }))
  ]
  const questionCandidates = useMemo((): Candidate[] => {
    const pack = content.quickscan
    const glance = quickscan?.revealed
      ? quickscanGlance(mergeQuickscan(pack, quickscan.respondents))
      : null
    const suggested = new Set(
      [...(glance?.verbeteren ?? []), ...(glance?.verdeeld ?? [])].map((i) => i.questionId)
    )
    return pack.questions.map((q) => ({
      kind: 'question' as const,
      refId: q.id,
      label: q.text,
      suggested: suggested.has(q.id)
    }))
  }, [content.quickscan, quickscan])
  // A round closed here stays where it is, however many are closed after it: the facilitator
  // goes on from its standings to actions, and moving it down to the earlier rounds remounted
  // it, which lost the number typed into "Hoeveel punten worden acties?" and the focus.
  const onTop = (r: VoteRound) => r.status === 'open' || closedHere.includes(r.id)
  const open = rounds.filter(onTop)
  const earlier = rounds.filter((r) => !onTop(r)).reverse()

  return (
    <article className="screen voting-view">
      <h1>{t('vote.title')}</h1>
      <p>{t('vote.intro')}</p>
      {error && <ErrorMessage message={error} onDismiss={() => setError(null)} />}
      {open.map((round) => (
        <RoundPanel key={round.id} round={round} onError={setError} onClosing={closing} />
      ))}
      <section className="card" aria-labelledby="themes-heading">
        <h2 id="themes-heading">{t('theme.heading')}</h2>
        {screens.length > 0 && (
          <label>
            {t('theme.screen')}
            <select value={current} onChange={(e) => setScreenId(e.target.value)}>
              {screens.map((s) => (
                <option key={s.value} value={s.value}>
                  {s.label}
                </option>
              ))}
            </select>
          </label>
        )}
        <ThemeBoard screenId={current} cards={onScreen} themes={screenThemes} onError={setError} />
      </section>
      <RoundStarter
        key={current}
        sources={[
          { id: 'cards', candidates: cardCandidates },
          { id: 'quickscan', candidates: questionCandidates }
        ]}
        onError={setError}
      />
      <section aria-labelledby="earlier-rounds-heading">
        <h2 id="earlier-rounds-heading">{t('vote.earlier')}</h2>
        {earlier.length === 0 ? (
          <p className="empty">{t('vote.none')}</p>
        ) : (
          earlier.map((round) => <RoundPanel key={round.id} round={round} onError={setError} />)
        )}
      </section>
    </article>
  )
}
