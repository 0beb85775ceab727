import type {
  ChangePart,
  SessionChanges,
  WorkspaceAnswers
} from '../../../../shared/domain/session-changes'
import { api } from '../../api'
import { writes } from '../../api/writes'
import { useCardsStore } from '../../stores/cards-store'
import { devicesAreShown, useJoiningStore } from '../../stores/joining-store'
import { useQuickscanStore } from '../../stores/quickscan-store'
import { useVotesStore } from '../../stores/votes-store'
import { useWorkspaceStore } from '../../stores/workspace-store'

/** Marks taken before asking what changed: what this tab changed after them stays as it is. */
export interface EditMarks {
  cards: number
  answers: number
}

export const takeEditMarks = (): EditMarks => ({
  cards: useCardsStore.getState().editMark(),
  answers: useWorkspaceStore.getState().editMark()
})

export interface ChangeListeners {
  /** The session's details or position changed (the projector follows the position). */
  onAnswers?(answers: WorkspaceAnswers): void
  /** Other parts changed (the projector fetches the session's details and joining itself). */
  onParts?(parts: readonly ChangePart[]): Promise<void>
  /** Everything was fetched again (the first answer, or too far behind for a delta). */
  onReload?(): Promise<void>
}

/**
 * Applies what changed in the session to the stores: a delta card by card, or everything
 * fetched again when the store says the screen is too far behind. Objects that did not change
 * keep their identity, so nothing renders for nothing; the other parts are fetched again only
 * when they changed (each is small, whatever the session's size).
 */
export async function applySessionChanges(
  sessionId: string,
  changes: SessionChanges,
  marks: EditMarks,
  listeners: ChangeListeners = {}
): Promise<void> {
  if (changes.kind === 'none') return
  if (changes.kind === 'reload') return reloadSession(sessionId, listeners)
  useCardsStore.getState().applyChanges(changes.cards, changes.removedCards, marks.cards)
  if (changes.answers) {
    useWorkspaceStore.getState().applyAnswers(changes.answers, marks.answers)
    listeners.onAnswers?.(changes.answers)
  }
  const refetches: Promise<void>[] = []
  if (changes.parts.includes('quickscan') && useQuickscanStore.getState().sessionId === sessionId)
    refetches.push(useQuickscanStore.getState().load(sessionId))
  const votesChanged = changes.parts.includes('votes') || changes.parts.includes('themes')
  if (votesChanged && useVotesStore.getState().sessionId === sessionId)
    refetches.push(useVotesStore.getState().load(sessionId))
  // The devices and their counts change with every phone's card; only the panel shows them.
  if (
    changes.parts.includes('joining') &&
    useJoiningStore.getState().sessionId === sessionId &&
    devicesAreShown()
  )
    refreshJoiningSoon()
  if (listeners.onParts && changes.parts.length > 0)
    refetches.push(listeners.onParts(changes.parts))
  await Promise.all(refetches)
}

/** The list of devices (with their counts) at most once a second while phones keep sending. */
const joiningEveryMs = 1_000
let joiningTimer: ReturnType<typeof setTimeout> | null = null
let joiningLast = 0

function refreshJoiningSoon(): void {
  if (joiningTimer) return
  const wait = Math.max(0, joiningLast + joiningEveryMs - Date.now())
  joiningTimer = setTimeout(() => {
    joiningTimer = null
    joiningLast = Date.now()
    useJoiningStore
      .getState()
      .refresh()
      .catch(() => {
        // Unreachable for a moment: the next change refreshes it again.
      })
  }, wait)
}

async function reloadSession(sessionId: string, listeners: ChangeListeners): Promise<void> {
  // Our own writes land first, so a reload never shows an older state than the screen had.
  await writes.idle()
  const marks = takeEditMarks()
  const workspace = await api['workspace.get']({ sessionId })
  const { contributions, ...answers } = workspace
  useCardsStore.getState().refresh(contributions, marks.cards)
  useWorkspaceStore.getState().applyAnswers(answers, marks.answers)
  listeners.onAnswers?.(answers)
  const refetches: Promise<void>[] = []
  if (useQuickscanStore.getState().sessionId === sessionId)
    refetches.push(useQuickscanStore.getState().load(sessionId))
  if (useVotesStore.getState().sessionId === sessionId)
    refetches.push(useVotesStore.getState().load(sessionId))
  if (useJoiningStore.getState().sessionId === sessionId)
    refetches.push(useJoiningStore.getState().refresh())
  if (listeners.onReload) refetches.push(listeners.onReload())
  await Promise.all(refetches)
}
