import type { Contribution } from '../../shared/domain/workspace'
import { addFromDevice, type DeviceCard } from '../services/contribution-service'
import type { ServiceContext } from '../services/service-context'

interface Pending {
  card: DeviceCard
  resolve(card: Contribution): void
  reject(error: unknown): void
}

/**
 * Group commit: the cards that arrive in one turn of the event loop are stored in one
 * transaction, so a class sending at the same moment waits for one disk flush, not forty.
 * Each card is still its own savepoint (one refused card leaves the others stored), and no
 * answer goes out before the transaction that holds its card has committed.
 */
export function createSubmissionBatcher(ctx: ServiceContext) {
  let queue: Pending[] = []

  const flush = (): void => {
    const batch = queue
    queue = []
    const outcomes: (() => void)[] = []
    try {
      ctx.repos.transaction(() => {
        for (const pending of batch) {
          try {
            const stored = addFromDevice(ctx, pending.card)
            outcomes.push(() => pending.resolve(stored))
          } catch (error) {
            outcomes.push(() => pending.reject(error))
          }
        }
      })
    } catch (error) {
      // The commit itself failed: nothing of this batch is stored.
      for (const pending of batch) pending.reject(error)
      return
    }
    for (const settle of outcomes) settle()
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
