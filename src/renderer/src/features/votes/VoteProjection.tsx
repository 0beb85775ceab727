import './votes.css'
import { useEffect, useState } from 'react'
import type { VoteRound } from '../../../../shared/domain/votes'
import { api } from '../../api'
import { VoteResultsPanel } from './VoteResultsPanel'

const refreshMs = 1000

/** A voting round on the beamer: how many voted, and the standings once the round is closed. */
export function VoteProjection({ sessionId, roundId }: { sessionId: string; roundId: string }) {
  const [round, setRound] = useState<VoteRound | null>(null)
  useEffect(() => {
    let stopped = false
    const refresh = () =>
      api['vote.list']({ sessionId })
        .then((rounds) => {
          if (!stopped) setRound(rounds.find((r) => r.id === roundId) ?? null)
        })
        .catch(() => undefined)
    void refresh()
    const timer = setInterval(() => void refresh(), refreshMs)
    return () => {
      stopped = true
      clearInterval(timer)
    }
  }, [sessionId, roundId])
  if (!round) return null
  return (
    <article className="screen voting-view">
      <VoteResultsPanel round={round} forRoom />
    </article>
  )
}
