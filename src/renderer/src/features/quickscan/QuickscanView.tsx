import './quickscan.css'
import { useEffect, useState } from 'react'
import type { ContentBundle } from '../../../../shared/content/content-bundle'
import { ErrorMessage } from '../../components/ErrorMessage'
import { useT } from '../../i18n'
import { useActionsStore } from '../../stores/actions-store'
import { useQuickscanStore } from '../../stores/quickscan-store'
import { AnswerFlow } from './AnswerFlow'
import { SessionSectorNote } from '../school/SessionSectorNote'
import { ComparisonView } from './ComparisonView'
import { ItemDetail } from './ItemDetail'
import { PrioritiesView } from './PrioritiesView'
import { QuickscanOverview } from './QuickscanOverview'
import { defaultRevealFilters, useQuickscanDisplayStore } from './quickscan-display-store'
import { RespondentStart } from './RespondentStart'
import { RevealView } from './RevealView'
import { usePrivateAnswerStore } from './private-answer-store'

type EntryMode = 'laptop' | 'papier'

type View =
  | { name: 'overview' }
  | { name: 'start'; mode: EntryMode }
  // The mode travels along: after a paper form, the next one is a paper form too.
  | { name: 'answering'; respondentId: string; mode: EntryMode }
  | { name: 'thanks'; mode: EntryMode }
  | { name: 'results' }
  | { name: 'item'; questionId: string }
  | { name: 'priorities' }
  | { name: 'comparison' }

/** The session's quickscan: answering in private, then the reveal, the discussion, the priorities. */
export function QuickscanView({
  sessionId,
  content
}: {
  sessionId: string
  content: ContentBundle
}) {
  const t = useT()
  const pack = content.quickscan
  const quickscan = useQuickscanStore((s) => (s.sessionId === sessionId ? s.quickscan : undefined))
  const previous = useQuickscanStore((s) => s.previous)
  const { load, create, addRespondent, setRevealed } = useQuickscanStore.getState()
  const [view, setView] = useState<View>({ name: 'overview' })
  const [error, setError] = useState<string | null>(null)
  // Sort and filter belong to this session: another session's choice is never shown here.
  const filters = useQuickscanDisplayStore((s) =>
    s.sessionId === sessionId ? s.filters : defaultRevealFilters
  )
  const setFilters = useQuickscanDisplayStore((s) => s.setFilters)
  useEffect(() => useQuickscanDisplayStore.getState().forSession(sessionId), [sessionId])
  const revealed = quickscan?.revealed === true

  // The projector may show the revealed result and single items; nothing while people answer.
  useEffect(() => {
    const display = useQuickscanDisplayStore.getState()
    if (view.name === 'results' && revealed) display.show('results')
    else if (view.name === 'comparison' && revealed) display.show('comparison')
    else if (view.name === 'item') display.show('item', view.questionId)
    else display.show(null)
  }, [view, revealed])
  useEffect(() => () => useQuickscanDisplayStore.getState().show(null), [])

  useEffect(() => {
    load(sessionId).catch((caught: Error) => setError(caught.message))
    // Priorities can become actions: the plan must be loaded to know which already did.
    useActionsStore
      .getState()
      .load(sessionId)
      .catch((caught: Error) => setError(caught.message))
  }, [load, sessionId])

  if (error) return <ErrorMessage message={error} onDismiss={() => setError(null)} />
  if (quickscan === undefined) return <p>{t('common.loading')}</p>
  if (quickscan === null) {
    return (
      <article className="screen quickscan-view">
        <h1 lang="nl">{pack.title}</h1>
        <SessionSectorNote />
        {pack.instructions.paragraphs.map((p) => (
          <p key={p} lang="nl">
            {p}
          </p>
        ))}
        <button
          type="button"
          className="primary"
          onClick={() => void create().catch((e: Error) => setError(e.message))}
        >
          {t('qs.startScan')}
        </button>
      </article>
    )
  }

  const overview = () => setView({ name: 'overview' })
  return (
    <article className={`screen quickscan-view${view.name === 'answering' ? ' private' : ''}`}>
      {view.name !== 'answering' && <h1 lang="nl">{pack.title}</h1>}
      {view.name === 'overview' && <SessionSectorNote />}
      {view.name === 'overview' && (
        <QuickscanOverview
          pack={pack}
          quickscan={quickscan}
          onAnswer={(mode) => {
            // Answering on the laptop is private: the rest of the app is out of reach.
            if (mode === 'laptop') usePrivateAnswerStore.getState().begin(sessionId)
            else setView({ name: 'start', mode })
          }}
          onContinue={(respondentId) => {
            const respondent = quickscan.respondents.find((r) => r.id === respondentId)
            const mode = respondent?.mode
            if (respondent && mode === 'laptop') {
              // Only "go on from where you were": earlier answers never come on screen again.
              const firstOpen = pack.questions.findIndex((q) => !respondent.answers[q.id])
              usePrivateAnswerStore
                .getState()
                .resume(
                  sessionId,
                  respondentId,
                  firstOpen < 0 ? pack.questions.length : firstOpen,
                  Object.keys(respondent.answers),
                  Object.keys(respondent.grades)
                )
              return
            }
            setView({
              name: 'answering',
              respondentId,
              mode: mode === 'papier' ? 'papier' : 'laptop'
            })
          }}
          onReveal={() => setView({ name: 'results' })}
          onPriorities={() => setView({ name: 'priorities' })}
        />
      )}
      {view.name === 'start' && (
        <RespondentStart
          mode={view.mode}
          instructions={pack.instructions.paragraphs}
          onCancel={overview}
          onStart={(name, role) =>
            setView({
              name: 'answering',
              respondentId: addRespondent(name, role, view.mode).id,
              mode: view.mode
            })
          }
        />
      )}
      {view.name === 'answering' && (
        <AnswerFlow
          pack={pack}
          respondentId={view.respondentId}
          onDone={() => setView({ name: 'thanks', mode: view.mode })}
          onLeave={overview}
        />
      )}
      {view.name === 'thanks' && (
        <section className="card thanks" aria-live="polite">
          <h2>{view.mode === 'papier' ? t('qs.paperSaved') : t('qs.thanks')}</h2>
          <p>{view.mode === 'papier' ? t('qs.paperNext') : t('qs.passOn')}</p>
          <div className="dialog-actions">
            <button
              type="button"
              className="primary"
              autoFocus
              onClick={() => setView({ name: 'start', mode: view.mode })}
            >
              {view.mode === 'papier' ? t('qs.nextForm') : t('qs.nextPerson')}
            </button>
            <button type="button" onClick={overview}>
              {t('qs.backToOverview')}
            </button>
          </div>
        </section>
      )}
      {view.name === 'results' &&
        (quickscan.revealed ? (
          <>
            <div className="dialog-actions">
              <button type="button" className="link" onClick={overview}>
                ← {t('qs.backToOverview')}
              </button>
              <button type="button" onClick={() => setRevealed(false)}>
                {t('qs.hide')}
              </button>
            </div>
            <RevealView
              pack={pack}
              quickscan={quickscan}
              previous={previous}
              filters={filters}
              onFilters={setFilters}
              onOpenItem={(questionId) => setView({ name: 'item', questionId })}
              onCompare={() => setView({ name: 'comparison' })}
            />
          </>
        ) : (
          <section className="card reveal-gate">
            <h2>{t('qs.hiddenTitle')}</h2>
            <p>{t('qs.hiddenBody', { count: quickscan.respondents.length })}</p>
            <div className="dialog-actions">
              <button type="button" onClick={overview}>
                {t('qs.backToOverview')}
              </button>
              <button type="button" className="primary" onClick={() => setRevealed(true)}>
                {t('qs.revealNow')}
              </button>
            </div>
          </section>
        ))}
      {view.name === 'item' && (
        <ItemDetail
          pack={pack}
          quickscan={quickscan}
          previous={previous}
          questionId={view.questionId}
          onBack={() => setView({ name: 'results' })}
        />
      )}
      {view.name === 'comparison' && (
        <>
          <button type="button" className="link" onClick={() => setView({ name: 'results' })}>
            ← {t('cmp.back')}
          </button>
          <ComparisonView
            pack={pack}
            quickscan={quickscan}
            previous={previous}
            onlyChanged={filters.onlyChanged}
            onOnlyChanged={(onlyChanged) => setFilters({ ...filters, onlyChanged })}
            onOpenItem={(questionId) => setView({ name: 'item', questionId })}
          />
        </>
      )}
      {view.name === 'priorities' && (
        <PrioritiesView pack={pack} quickscan={quickscan} onBack={overview} />
      )}
    </article>
  )
}
