import type { QuickscanPack } from '../../../../shared/content/quickscan'
import type { Quickscan } from '../../../../shared/domain/quickscan'
import { useState } from 'react'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { useT } from '../../i18n'
import { useQuickscanStore } from '../../stores/quickscan-store'
import { UndoNotice } from '../cards/UndoNotice'

interface OverviewProps {
  pack: QuickscanPack
  quickscan: Quickscan
  onAnswer(mode: 'laptop' | 'papier'): void
  onContinue(respondentId: string): void
  onReveal(): void
  onPriorities(): void
}

/** Who has answered how much: progress only, never anyone's answers. */
export function QuickscanOverview({
  pack,
  quickscan,
  onAnswer,
  onContinue,
  onReveal,
  onPriorities
}: OverviewProps) {
  const t = useT()
  const remove = useQuickscanStore((s) => s.removeRespondent)
  const undoRemove = useQuickscanStore((s) => s.undoRemove)
  const lastRemoved = useQuickscanStore((s) => s.removed.at(-1))
  // A completed scan is 49 answers and the grades: asked first, and undoable after.
  const [toRemove, setToRemove] = useState<{ id: string; name: string } | null>(null)
  const total = pack.questions.length
  return (
    <>
      <section className="card">
        <h2 lang="nl">{pack.instructions.title}</h2>
        {pack.instructions.paragraphs.map((p) => (
          <p key={p} lang="nl">
            {p}
          </p>
        ))}
        <div className="dialog-actions">
          <button type="button" className="primary" onClick={() => onAnswer('laptop')}>
            {t('qs.answerHere')}
          </button>
          <button type="button" onClick={() => onAnswer('papier')}>
            {t('qs.enterPaper')}
          </button>
        </div>
      </section>
      <section className="card" aria-labelledby="respondents-heading">
        <h2 id="respondents-heading">
          {t('qs.respondents', { count: quickscan.respondents.length })}
        </h2>
        {quickscan.respondents.length === 0 ? (
          <p className="empty">{t('qs.noRespondents')}</p>
        ) : (
          <ul className="respondent-list">
            {quickscan.respondents.map((r, index) => {
              const answered = pack.questions.filter((q) => r.answers[q.id]).length
              const name = r.name || t('qs.anonymous', { number: index + 1 })
              return (
                <li key={r.id}>
                  <span className="respondent-name">{name}</span>
                  <span className="respondent-meta">
                    {[
                      r.role,
                      t(`qs.mode.${r.mode}`),
                      r.completed ? t('qs.completed') : t('qs.answeredCount', { answered, total })
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </span>
                  <progress
                    value={answered}
                    max={total}
                    aria-label={t('qs.progressOf', { name })}
                  />
                  {!r.completed && r.mode !== 'apparaat' && (
                    <button type="button" onClick={() => onContinue(r.id)}>
                      {t('qs.continue')}
                    </button>
                  )}
                  <button
                    type="button"
                    className="link danger"
                    onClick={() => (r.completed ? setToRemove({ id: r.id, name }) : remove(r.id))}
                    aria-label={t('qs.remove', { name })}
                  >
                    {t('common.delete')}
                  </button>
                </li>
              )
            })}
          </ul>
        )}
      </section>
      <UndoNotice
        lastDeleted={lastRemoved && { id: lastRemoved.id, text: lastRemoved.name || '' }}
        message={(text) => (text ? t('qs.removed', { name: text }) : t('qs.removedAnonymous'))}
        onUndo={undoRemove}
      />
      {toRemove && (
        <ConfirmDialog
          title={t('qs.removeCompletedTitle')}
          body={t('qs.removeCompletedBody', { name: toRemove.name })}
          confirmLabel={t('common.delete')}
          onConfirm={() => {
            remove(toRemove.id)
            setToRemove(null)
          }}
          onCancel={() => setToRemove(null)}
        />
      )}
      <div className="dialog-actions">
        <button
          type="button"
          className="primary"
          onClick={onReveal}
          disabled={quickscan.respondents.length === 0}
        >
          {quickscan.revealed ? t('qs.toResults') : t('qs.reveal')}
        </button>
        <button type="button" onClick={onPriorities} lang="nl">
          {pack.priorities.title}
        </button>
      </div>
    </>
  )
}
