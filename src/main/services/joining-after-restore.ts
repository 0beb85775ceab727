import type { ParticipantHost } from '../participant/participant-host'
import type { ChangeNotifier } from './change-notifier'
import type { ServiceContext } from './service-context'

/**
 * A restored backup does not know the devices that joined after it was made: their cards
 * would fail on a device that is not there. The joining round ends cleanly instead: every
 * phone is told the session was reset and can rejoin with the same code; the device list
 * starts again. When the session itself is not in the backup, joining stops altogether.
 */
export async function endJoiningRoundAfterRestore(
  ctx: ServiceContext,
  host: ParticipantHost,
  changes: ChangeNotifier
): Promise<void> {
  const running = host.active()
  if (!running) return
  const { sessionId } = running.state
  if (!ctx.repos.sessions.get(sessionId)) {
    await host.stop()
    changes.removed(sessionId)
    return
  }
  running.state.reset()
  changes.changed(sessionId)
}
