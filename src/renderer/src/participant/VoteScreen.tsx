import { useEffect, useState } from 'react'
import type { ParticipantVote } from '../../../shared/participant/vote-protocol'
import { participantApi, type ApiError } from './api'
import { ErrorAlert } from './ErrorAlert'
import { voteTexts } from './vote-texts'

interface VoteScreenProps {
  token: string
  onLeave(): void
  /** The session ended or this phone's joining did; the error says which. */
  onEnded(error?: ApiError): void
}

type Round = NonNullable<ParticipantVote['round']>

/** Spreading one's dots with + and − per option; sending replaces one's earlier vote. */
export function VoteScreen({ token, onLeave, onEnded }: VoteScreenProps) {
  const [round, setRound] = useState<Round | null | undefined>(undefined)
  const [dots, setDots] = useState<Record<string, number>>({})
  const [message, setMessage] = useState<string | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [sending, setSending] = useState(false)

  useEffect(() => {
    let current = true
    void participantApi.vote(token).then((result) => {
      if (!current) return
      if (result.ok) {
        setRound(result.data.round)
        setDots(result.data.mine)
      } else if (result.error.kind === 'unauthorized') onEnded(result.error)
      else setProblem(result.error.message)
    })
    return () => {
      current = false
    }
  }, [token, onEnded])

  if (round === undefined && !problem) return <p role="status">{voteTexts.loading}</p>
  if (!round) {
    return (
      <section className="p-section">
        {problem ? <ErrorAlert message={problem} /> : <p>{voteTexts.closed}</p>}
        <button type="button" onClick={onLeave}>
          {voteTexts.back}
        </button>
      </section>
    )
  }
  const used = Object.values(dots).reduce((sum, n) => sum + n, 0)
  const left = round.dotsPerPerson - used
  const change = (id: string, by: 1 | -1) => {
    setMessage(null)
    const next = Math.max(0, (dots[id] ?? 0) + by)
    const rest = Object.fromEntries(Object.entries(dots).filter(([key]) => key !== id))
    setDots(next === 0 ? rest : { ...rest, [id]: next })
  }
  const send = async () => {
    setSending(true)
    setProblem(null)
    const result = await participantApi.castVote(token, round.id, dots)
    setSending(false)
    if (result.ok) setMessage(voteTexts.saved)
    else if (result.error.kind === 'unauthorized') onEnded(result.error)
    else setProblem(result.error.message)
  }
  return (
    <section className="p-section p-vote" aria-labelledby="vote-heading">
      <h2 id="vote-heading">{round.title}</h2>
      <p aria-live="polite">{voteTexts.dotsLeft(left, round.dotsPerPerson)}</p>
      <ul className="p-vote-options">
        {round.options.map((option) => {
          const mine = dots[option.id] ?? 0
          return (
            <li key={option.id}>
              <span className="p-vote-label">{option.label}</span>
              <span className="p-vote-controls">
                <button
                  type="button"
                  aria-label={voteTexts.less(option.label)}
                  disabled={mine === 0}
                  onClick={() => change(option.id, -1)}
                >
                  −
                </button>
                <span className="p-vote-count">{voteTexts.dotsOn(mine)}</span>
                <button
                  type="button"
                  aria-label={voteTexts.more(option.label)}
                  disabled={left <= 0}
                  onClick={() => change(option.id, 1)}
                >
                  +
                </button>
              </span>
            </li>
          )
        })}
      </ul>
      <p className="p-hint">{voteTexts.anonymous}</p>
      {problem && <ErrorAlert message={problem} />}
      {message && (
        <p className="p-notice" role="status">
          {message}
        </p>
      )}
      <button type="button" className="p-primary" disabled={sending} onClick={() => void send()}>
        {sending ? voteTexts.sending : voteTexts.send}
      </button>
      <button type="button" onClick={onLeave}>
        {voteTexts.back}
      </button>
    </section>
  )
}
