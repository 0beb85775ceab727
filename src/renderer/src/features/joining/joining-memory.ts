import { z } from 'zod'
import { joiningSettingsSchema, type JoiningSettings } from '../../../../shared/domain/joining'

/** What the facilitator chose last time joining was on: kept on this laptop, per session. */
const rememberedSchema = joiningSettingsSchema.extend({ address: z.string().max(64) })
export type RememberedJoining = z.infer<typeof rememberedSchema>

const keyFor = (sessionId: string) => `samenspel.joining.${sessionId}`
/** The last choice in any session: a new session starts from the facilitator's habit. */
const lastKey = 'samenspel.joining.last'

export const defaultJoining: RememberedJoining = {
  address: '',
  requireNames: false,
  moderation: false,
  openScreenIds: [],
  quickscanOpen: false
}

function read(key: string): RememberedJoining | null {
  try {
    const raw = globalThis.localStorage?.getItem(key)
    if (!raw) return null
    const parsed = rememberedSchema.safeParse(JSON.parse(raw))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

/** The session's last joining settings, else the last ones used anywhere, else the defaults. */
export function recallJoining(sessionId: string | null): RememberedJoining {
  const own = sessionId ? read(keyFor(sessionId)) : null
  if (own) return own
  // Screens opened belong to one session's meeting; the habits carry over.
  const last = read(lastKey)
  return last ? { ...last, openScreenIds: [] } : defaultJoining
}

export function rememberJoining(
  sessionId: string,
  address: string,
  settings: JoiningSettings
): void {
  const value: RememberedJoining = {
    address,
    requireNames: settings.requireNames,
    moderation: settings.moderation,
    openScreenIds: settings.openScreenIds,
    quickscanOpen: settings.quickscanOpen
  }
  try {
    globalThis.localStorage?.setItem(keyFor(sessionId), JSON.stringify(value))
    globalThis.localStorage?.setItem(lastKey, JSON.stringify(value))
  } catch {
    // Storage full or off: joining works, only the choice is not remembered.
  }
}
