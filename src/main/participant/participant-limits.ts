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
  /** A request's headers must be in within this, the whole request within the next. */
  headersTimeoutMs: number
  requestTimeoutMs: number
  /** An idle kept-alive connection is closed after this. */
  keepAliveTimeoutMs: number
  /**
   * Open connections from one network address: a browser uses at most 6 per site, so this
   * leaves room for a few phones behind one address and stops one device from hoarding them.
   */
  connectionsPerAddress: number
}

export const defaultParticipantLimits: ParticipantLimits = {
  joinsPerMinute: 10,
  submitBurst: 30,
  submitPerSecond: 3,
  otherBurst: 60,
  otherPerSecond: 10,
  maxBodyBytes: 16 * 1024,
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 15_000,
  keepAliveTimeoutMs: 5_000,
  connectionsPerAddress: 64
}
