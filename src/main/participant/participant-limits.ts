/** How much one network address or one device may ask of the participant server. */
export interface ParticipantLimits {
  /** Join attempts per remote address per minute; a wrong code counts double. */
  joinsPerMinute: number
  /** Cards a device may send at once (a class sending its ideas together), … */
  submitBurst: number
  /** … and how fast that allowance comes back. */
  submitPerSecond: number
  /** Everything else a device asks (its state, the quickscan): the page polls every 3 s. */
  otherBurst: number
  otherPerSecond: number
  maxBodyBytes: number
}

export const defaultParticipantLimits: ParticipantLimits = {
  joinsPerMinute: 10,
  submitBurst: 30,
  submitPerSecond: 3,
  otherBurst: 60,
  otherPerSecond: 10,
  maxBodyBytes: 16 * 1024
}
