import type { Contribution } from '../../shared/domain/workspace'
import { addFromDevices, type DeviceCard } from '../services/contribution-service'
import type { ServiceContext } from '../services/service-context'

interface Pending {
  card: DeviceCard
  resolve(card: Contribution): void
  reject(error: unknown): void
}

/**
 * Group commit: the cards that arrive in one turn of the event loop are stored in one
 * transaction, so a class sending at the same moment waits for one disk flush, not forty, and
 * the session is marked changed once for all of them. Each card is still its own savepoint
 * (one refused card leaves the others stored), and no answer goes out before the transaction
 * that holds its card has committed.
 */
export function createSubmissionBatcher(ctx: ServiceContext) {
  let queue: Pending[] = []

  const flush = (): void => {
    const batch = queue
    queue = []
    let outcomes
    try {
      outcomes = addFromDevices(
        ctx,
        batch.map((pending) => pending.card)
      )
    } catch (error) {
      // The commit itself failed: nothing of this batch is stored.
      for (const pending of batch) pending.reject(error)
      return
    }
    batch.forEach((pending, i) => {
      const outcome = outcomes[i]
      if (outcome?.ok) pending.resolve(outcome.card)
      else pending.reject(outcome ? outcome.error : new Error('No outcome for this card.'))
    })
  }

  return {
    add(card: DeviceCard): Promise<Contribution> {
      return new Promise((resolve, reject) => {
        if (queue.length === 0) setImmediate(flush)
        queue.push({ card, resolve, reject })
      })
    }
  }
}

export type SubmissionBatcher = ReturnType<typeof createSubmissionBatcher>
