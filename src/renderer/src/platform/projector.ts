import { api, runsInElectron } from '../api'

/**
 * A second window for the beamer with question and cards only. The desktop app places it on
 * the second display itself; in a browser the facilitator drags the new window there.
 */
export async function openProjector(sessionId: string): Promise<void> {
  if (runsInElectron) {
    const { opened } = await api['projector.open']({ sessionId })
    if (opened) return
  }
  window.open(
    `${window.location.pathname}#/projectie/${sessionId}`,
    `samenspel-projectie-${sessionId}`,
    'popup'
  )
}

/** Closes the desktop app's projector window (a browser popup closes like any window). */
export async function closeProjector(): Promise<boolean> {
  if (!runsInElectron) return false
  const { closed } = await api['projector.close']({})
  return closed
}
