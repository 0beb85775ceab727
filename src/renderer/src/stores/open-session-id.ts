/**
 * The session a store is loaded for; its actions are only reachable from that session's
 * screens, so a missing id is a programming error, not something a user can cause.
 */
export function openSessionId(state: { sessionId: string | null }): string {
  if (!state.sessionId) throw new Error('no session open')
  return state.sessionId
}
