import { useEffect, useRef, useState } from 'react'
import { ContributeScreen } from './ContributeScreen'
import type { ApiError } from './api'
import { ErrorAlert } from './ErrorAlert'
import { QuickscanScreen } from './QuickscanScreen'
import { t } from './i18n'
import { useParticipantState } from './use-participant-state'
import { voteTexts } from './vote-texts'
import { VoteScreen } from './VoteScreen'

interface MainScreenProps {
  token: string
  /** The title the join answer gave, shown until the first state arrives. */
  initialTitle: string
  onEnded(error?: ApiError): void
}

/** Everything after joining: the meeting's state, kept fresh, and the screen the participant is on. */
export function MainScreen({ token, initialTitle, onEnded }: MainScreenProps) {
  const { state, problem, refresh } = useParticipantState(token, onEnded)
  const [inQuickscan, setInQuickscan] = useState(false)
  const [quickscanClosed, setQuickscanClosed] = useState(false)
  const [voting, setVoting] = useState(false)
  const headingRef = useRef<HTMLHeadingElement>(null)

  // Closed by the facilitator while it was being filled in: back to the question, and say why.
  if (inQuickscan && state && !state.quickscanOpen) {
    setInQuickscan(false)
    setQuickscanClosed(true)
  }
  const openQuickscan = () => {
    setQuickscanClosed(false)
    setInQuickscan(true)
  }

  // The heading takes the focus on arrival, so a screen reader starts at the session's name.
  useEffect(() => headingRef.current?.focus(), [])

  return (
    <main className="p-screen" aria-labelledby="session-title">
      <header className="p-header">
        <h1 id="session-title" ref={headingRef} tabIndex={-1}>
          {state?.sessionTitle || initialTitle || t('phone.pageTitle')}
        </h1>
        {state && (
          <p className="p-hint">
            {state.name
              ? t('phone.main.joinedAs', { name: state.name })
              : t('phone.main.joinedAnonymous')}
          </p>
        )}
      </header>
      {problem &&
        // Before any state arrived there is nothing to show but the error; later a failed poll
        // is a passing hiccup and the last state stays usable.
        (state ? (
          <p className="p-notice" role="status">
            {problem.kind === 'network' ? t('phone.main.connectionLost') : problem.message}
          </p>
        ) : (
          <ErrorAlert message={problem.message} />
        ))}
      {state?.paused && (
        <p className="p-notice p-paused" role="status">
          {t('phone.main.paused')}
        </p>
      )}
      {quickscanClosed && (
        <p className="p-notice" role="status">
          {t('phone.main.quickscanClosed')}
        </p>
      )}
      {!state ? (
        !problem && <p>{t('phone.main.loading')}</p>
      ) : inQuickscan ? (
        <QuickscanScreen token={token} onLeave={() => setInQuickscan(false)} onEnded={onEnded} />
      ) : voting ? (
        <VoteScreen token={token} onLeave={() => setVoting(false)} onEnded={onEnded} />
      ) : (
        <>
          {state.voteOpen && <VoteEntry onOpen={() => setVoting(true)} />}
          <ContributeScreen token={token} state={state} refresh={refresh} onEnded={onEnded} />
          {state.quickscanOpen && <QuickscanEntry onOpen={openQuickscan} />}
        </>
      )}
    </main>
  )
}

function QuickscanEntry({ onOpen }: { onOpen(): void }) {
  return (
    <section className="p-section" aria-labelledby="quickscan-entry-heading">
      <h2 id="quickscan-entry-heading">{t('phone.quickscan.heading')}</h2>
      <p>{t('phone.quickscan.entryText')}</p>
      <button type="button" className="p-primary" onClick={onOpen}>
        {t('phone.quickscan.open')}
      </button>
    </section>
  )
}

function VoteEntry({ onOpen }: { onOpen(): void }) {
  return (
    <section className="p-section" aria-labelledby="vote-entry-heading">
      <h2 id="vote-entry-heading">{voteTexts.entryHeading}</h2>
      <p>{voteTexts.entryText}</p>
      <button type="button" className="p-primary" onClick={onOpen}>
        {voteTexts.open}
      </button>
    </section>
  )
}
