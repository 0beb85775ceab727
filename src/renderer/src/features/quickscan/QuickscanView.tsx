import './quickscan.css'
import { useEffect, useState } from 'react'
import type { ContentBundle } from '../../../../shared/content/content-bundle'
import { ErrorMessage } from '../../components/ErrorMessage'
import { useT } from '../../i18n'
import { useActionsStore } from '../../stores/actions-store'
import { useQuickscanStore } from '../../stores/quickscan-store'
import { AnswerFlow } from './AnswerFlow'
import { SessionSectorNote } from '../school/SessionSectorNote'
import { ItemDetail } from './ItemDetail'
import { PrioritiesView } from './PrioritiesView'
import { QuickscanOverview } from './QuickscanOverview'
import { useQuickscanDisplayStore } from './quickscan-display-store'
import { RespondentStart } from './RespondentStart'
import { RevealView } from './RevealView'

type View =
  | { name: 'overview' }
  | { name: 'start'; mode: 'laptop' | 'papier' }
  | { name: 'answering'; respondentId: string }
  | { name: 'thanks' }
  | { name: 'results' }
  | { name: 'item'; questionId: string }
  | { name: 'priorities' }

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
  const filters = useQuickscanDisplayStore((s) => s.filters)
  const setFilters = useQuickscanDisplayStore((s) => s.setFilters)
  const revealed = quickscan?.revealed === true

  // The projector may show the revealed result and single items; nothing while people answer.
  useEffect(() => {
    const display = useQuickscanDisplayStore.getState()
    if (view.name === 'results' && revealed) display.show('results')
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
        <h1>{pack.title}</h1>
        <SessionSectorNote />
        {pack.instructions.paragraphs.map((p) => (
          <p key={p}>{p}</p>
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
      {view.name !== 'answering' && <h1>{pack.title}</h1>}
      {view.name === 'overview' && <SessionSectorNote />}
      {view.name === 'overview' && (
        <QuickscanOverview
          pack={pack}
          quickscan={quickscan}
          onAnswer={(mode) => setView({ name: 'start', mode })}
          onContinue={(respondentId) => setView({ name: 'answering', respondentId })}
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
            setView({ name: 'answering', respondentId: addRespondent(name, role, view.mode).id })
          }
        />
      )}
      {view.name === 'answering' && (
        <AnswerFlow
          pack={pack}
          respondentId={view.respondentId}
          onDone={() => setView({ name: 'thanks' })}
          onLeave={overview}
        />
      )}
      {view.name === 'thanks' && (
        <section className="card thanks" aria-live="polite">
          <h2>{t('qs.thanks')}</h2>
          <p>{t('qs.passOn')}</p>
          <div className="dialog-actions">
            <button
              type="button"
              className="primary"
              autoFocus
              onClick={() => setView({ name: 'start', mode: 'laptop' })}
            >
              {t('qs.nextPerson')}
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
      {view.name === 'priorities' && (
        <PrioritiesView pack={pack} quickscan={quickscan} onBack={overview} />
      )}
    </article>
  )
}
