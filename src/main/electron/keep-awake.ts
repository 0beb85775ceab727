import type { PowerSaveBlocker } from 'electron'

/** Why the display must stay on: presenter mode in the main window, or the projector window. */
export type AwakeReason = 'presenting' | 'projector'

export interface KeepAwake {
  hold(reason: AwakeReason): void
  release(reason: AwakeReason): void
  /** Whether a blocker is active now. */
  readonly active: boolean
}

/**
 * Keeps the beamer from sleeping while the room is watching, and lets it sleep again as soon as
 * nothing is presented: one `prevent-display-sleep` blocker while any reason holds.
 */
export function createKeepAwake(blocker: PowerSaveBlocker): KeepAwake {
  const reasons = new Set<AwakeReason>()
  let id: number | null = null
  const sync = () => {
    if (reasons.size > 0 && id === null) {
      id = blocker.start('prevent-display-sleep')
    } else if (reasons.size === 0 && id !== null) {
      if (blocker.isStarted(id)) blocker.stop(id)
      id = null
    }
  }
  return {
    hold(reason) {
      reasons.add(reason)
      sync()
    },
    release(reason) {
      reasons.delete(reason)
      sync()
    },
    get active() {
      return id !== null
    }
  }
}
