import { z } from 'zod'
import {
  joiningSettingsSchema,
  joiningStatusSchema,
  networkInterfaceSchema
} from '../domain/joining'
import { idSchema } from '../domain/session'
import { sessionChangesSchema } from '../domain/session-changes'

const inSession = z.object({ sessionId: idSchema }).strict()

/**
 * Participant joining, seen from the facilitator's side. Off until `joining.start`; the
 * participant server serves only the participant page and its own small API, never these.
 */
export const joiningMethods = {
  /** IPv4 interfaces to listen on; private ones first. */
  'joining.interfaces': { input: z.object({}).strict(), output: z.array(networkInterfaceSchema) },
  /** Starts (or restarts with new settings) the participant server for this session. */
  'joining.start': {
    input: inSession.extend({ address: z.ipv4() }).extend(joiningSettingsSchema.shape).strict(),
    output: joiningStatusSchema
  },
  /** The session's joining, or null when it is off. */
  'joining.status': { input: inSession, output: joiningStatusSchema.nullable() },
  'joining.update': {
    input: inSession
      .extend({ paused: z.boolean() })
      .extend(joiningSettingsSchema.shape)
      .partial()
      .required({ sessionId: true })
      .strict(),
    output: joiningStatusSchema
  },
  /** Closes joining: the server stops and every device's token stops working. */
  'joining.stop': { input: inSession, output: z.object({ stopped: z.boolean() }) },
  /** Revokes one device: its token gets 401 from then on; what it sent stays. */
  'joining.removeDevice': {
    input: inSession.extend({ deviceId: idSchema }).strict(),
    output: joiningStatusSchema
  },
  /**
   * A new join code (and QR code): the old one stops working for new joins, so a removed device
   * cannot simply join again. Devices that joined stay.
   */
  'joining.newCode': { input: inSession, output: joiningStatusSchema },
  /**
   * Waits (up to `timeoutMs`) until something in the session changed after `version`, then
   * answers the new version and what changed since `version` (a delta, or `reload` when the
   * caller is too far behind): how the facilitator's screen hears of participants' cards at
   * once, over IPC and HTTP alike. Version 0 answers at once with the current version and
   * `reload`.
   */
  'session.waitForChange': {
    input: inSession
      .extend({
        version: z.number().int().nonnegative(),
        timeoutMs: z.number().int().min(0).max(30_000)
      })
      .strict(),
    output: z.object({
      version: z.number().int().nonnegative(),
      changes: sessionChangesSchema
    })
  }
}
