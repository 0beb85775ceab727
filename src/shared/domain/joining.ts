import { z } from 'zod'
import { screenIdSchema } from './workspace'
import { idSchema } from './session'

/** A network interface the participant server can listen on. */
export const networkInterfaceSchema = z.object({
  name: z.string(),
  address: z.ipv4(),
  /** 10/8, 172.16/12 or 192.168/16: a school network rather than the internet. */
  private: z.boolean()
})
export type NetworkInterface = z.infer<typeof networkInterfaceSchema>

export const joinedDeviceSchema = z.object({
  id: idSchema,
  /** The name given when joining; empty when names were not asked for. */
  name: z.string(),
  joinedAt: z.iso.datetime(),
  removed: z.boolean(),
  contributions: z.number().int().nonnegative()
})
export type JoinedDevice = z.infer<typeof joinedDeviceSchema>

export const joiningSettingsSchema = z.object({
  /** Participants must give a name to join. */
  requireNames: z.boolean(),
  /** Participants' cards wait for the facilitator's approval before they are shown. */
  moderation: z.boolean(),
  /** Screens participants may add cards to; empty: the screen the session is on. */
  openScreenIds: z.array(screenIdSchema).max(100),
  /** The quickscan can be filled in from participants' devices. */
  quickscanOpen: z.boolean()
})
export type JoiningSettings = z.infer<typeof joiningSettingsSchema>

export const joiningStatusSchema = joiningSettingsSchema.extend({
  sessionId: idSchema,
  /** Paused: joined devices stay, new joins and submissions are refused for now. */
  paused: z.boolean(),
  /** The address participants type or scan, e.g. http://192.168.1.20:5875/ */
  url: z.string(),
  /** Short code participants enter to join (not a secret for long: it is on the projector). */
  code: z.string(),
  /** The join address as a QR code, an SVG document. */
  qrSvg: z.string(),
  devices: z.array(joinedDeviceSchema)
})
export type JoiningStatus = z.infer<typeof joiningStatusSchema>
