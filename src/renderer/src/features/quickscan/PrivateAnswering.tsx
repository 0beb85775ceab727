import { useEffect, useState } from 'react'
import type { QuickscanPack } from '../../../../shared/content/quickscan'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { useT } from '../../i18n'
import { useQuickscanStore } from '../../stores/quickscan-store'
import { AnswerFlow } from './AnswerFlow'
import { usePrivateAnswerStore, type PrivateAnswering } from './private-answer-store'
import { RespondentStart } from './RespondentStart'

interface PrivateAnsweringProps {
  sessionId: string
  pack: QuickscanPack
  active: PrivateAnswering
}

/**
 * The laptop while someone answers privately: their questions and nothing else. No tabs, no
 * overview, no results; the only way out is the facilitator taking the laptop back.
 */
export function PrivateAnsweringView({ sessionId, pack, active }: PrivateAnsweringProps) {
  const t = useT()
  const loaded = useQuickscanStore((s) => s.sessionId === sessionId && s.quickscan !== null)
  const respondentKnown = useQuickscanStore((s) =>
    active.stage === 'answering'
      ? s.quickscan?.respondents.some((r) => r.id === active.respondentId) === true
      : true
  )
  const store = usePrivateAnswerStore.getState()
  const [askHandBack, setAskHandBack] = useState(false)

  useEffect(() => {
    // After a reload the quickscan is not loaded yet: the lock came back before it.
    if (!useQuickscanStore.getState().quickscan || !loaded) {
      void useQuickscanStore
        .getState()
        .load(sessionId)
        .catch(() => undefined)
    }
  }, [loaded, sessionId])

  useEffect(() => {
    // A respondent removed meanwhile: nothing to answer, wait for the next person.
    if (loaded && !respondentKnown) usePrivateAnswerStore.getState().passOn()
  }, [loaded, respondentKnown])

  return (
    <section className="private-answering" aria-label={t('qs.private.label')}>
      {!loaded && <p>{t('common.loading')}</p>}
      {loaded && active.stage === 'start' && (
        <RespondentStart
          mode="laptop"
          instructions={pack.instructions.paragraphs}
          onCancel={() => store.passOn()}
          onStart={(name, role) => {
            const respondent = useQuickscanStore.getState().addRespondent(name, role, 'laptop')
            store.answer(sessionId, respondent.id)
          }}
        />
      )}
      {loaded && active.stage === 'answering' && (
        <AnswerFlow
          key={active.respondentId}
          pack={pack}
          respondentId={active.respondentId}
          onDone={() => store.passOn()}
          onLeave={() => store.passOn()}
          earlier={{
            from: active.from,
            questions: active.earlierQuestions,
            grades: active.earlierGrades,
            onReanswer: (kind, id) => usePrivateAnswerStore.getState().reanswered(kind, id)
          }}
        />
      )}
      {loaded && active.stage === 'passOn' && (
        <section className="card thanks" aria-live="polite">
          <h2>{t('qs.private.passOnTitle')}</h2>
          <p>{t('qs.private.passOnBody')}</p>
          <div className="dialog-actions">
            <button
              type="button"
              className="primary"
              autoFocus
              onClick={() => store.begin(sessionId)}
            >
              {t('qs.nextPerson')}
            </button>
            <button type="button" onClick={() => setAskHandBack(true)}>
              {t('qs.private.handBack')}
            </button>
          </div>
        </section>
      )}
      {askHandBack && (
        <ConfirmDialog
          title={t('qs.private.handBackTitle')}
          body={t('qs.private.handBackBody')}
          confirmLabel={t('qs.private.handBackConfirm')}
          onConfirm={() => {
            setAskHandBack(false)
            store.handBack()
          }}
          onCancel={() => setAskHandBack(false)}
        />
      )}
    </section>
  )
}
