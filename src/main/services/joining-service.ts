import type { ApiHandlers, ApiParsedInput } from '../../shared/api/contract'
import type { JoiningSettings, JoiningStatus } from '../../shared/domain/joining'
import type { NetworkInterface } from '../../shared/domain/joining'
import type { ActiveJoining, ParticipantHost } from '../participant/participant-host'
import { sessionDelta } from './change-delta'
import type { ChangeNotifier } from './change-notifier'
import { ServiceError } from './service-error'
import type { ServiceContext } from './service-context'
import { sessionNotFound } from './session-service'

type JoiningHandlers = Pick<
  ApiHandlers,
  | 'joining.interfaces'
  | 'joining.start'
  | 'joining.status'
  | 'joining.update'
  | 'joining.stop'
  | 'joining.removeDevice'
  | 'joining.newCode'
  | 'session.waitForChange'
>

const notJoining = (): ServiceError => new ServiceError('not_found', 'error.joiningNotOn')

function existingSession(ctx: ServiceContext, sessionId: string): void {
  if (!ctx.repos.sessions.get(sessionId)) throw sessionNotFound()
}

function checkSettings(ctx: ServiceContext, settings: Partial<JoiningSettings>): void {
  for (const id of settings.openScreenIds ?? []) ctx.ids.check('cardScreen', id)
}

/** The status the facilitator sees: this run's devices only, since older tokens are gone. */
function statusOf(ctx: ServiceContext, active: ActiveJoining): JoiningStatus {
  const { state, url, qrSvg } = active
  const joined = state.deviceIds()
  const devices = ctx.repos.devices
    .listForSession(state.sessionId)
    .filter((device) => joined.has(device.id))
    .map(({ id, name, joinedAt, removed, contributions }) => {
      return { id, name, joinedAt, removed, contributions }
    })
  const { sessionId, code, settings, paused } = state
  return { sessionId, ...settings, paused, url, code, qrSvg, devices }
}

/** What joining needs from outside the services: given by the composition root. */
export interface JoiningPorts {
  host: ParticipantHost
  listInterfaces(): NetworkInterface[]
}

async function start(
  ctx: ServiceContext,
  { host, listInterfaces }: JoiningPorts,
  changes: ChangeNotifier,
  input: ApiParsedInput<'joining.start'>
): Promise<JoiningStatus> {
  const { sessionId, address, ...settings } = input
  existingSession(ctx, sessionId)
  checkSettings(ctx, settings)
  if (!listInterfaces().some((i) => i.address === address)) {
    throw new ServiceError('validation', 'error.addressNotHere', { address })
  }
  const running = host.active()
  // Same session, same address: new settings only; joined devices keep their place.
  if (running?.state.sessionId === sessionId && running.state.address === address) {
    running.state.settings = settings
    running.state.paused = false
    changes.changed(sessionId, 'joining')
    return statusOf(ctx, running)
  }
  try {
    const active = await host.start({ ctx, changes, sessionId, address, settings })
    changes.changed(sessionId, 'joining')
    return statusOf(ctx, active)
  } catch (error) {
    if (error instanceof ServiceError) throw error
    const code = (error as NodeJS.ErrnoException).code ?? 'onbekend'
    throw new ServiceError('unavailable', 'error.joiningNotStarted', {
      address,
      code: String(code)
    })
  }
}

function removeDevice(ctx: ServiceContext, active: ActiveJoining, deviceId: string) {
  const device = ctx.repos.devices.get(deviceId)
  if (device?.sessionId !== active.state.sessionId) {
    throw new ServiceError('not_found', 'error.deviceNotJoined')
  }
  ctx.repos.devices.markRemoved(deviceId, ctx.now())
  active.state.revoke(deviceId)
}

export function createJoiningService(
  ctx: ServiceContext,
  ports: JoiningPorts,
  changes: ChangeNotifier
): JoiningHandlers {
  const { host } = ports
  const activeFor = (sessionId: string): ActiveJoining => {
    const active = host.active()
    if (active?.state.sessionId !== sessionId) throw notJoining()
    return active
  }
  /** Joining's changes are the session's too: the facilitator's screen lists the devices. */
  const changed = (active: ActiveJoining): JoiningStatus => {
    changes.changed(active.state.sessionId, 'joining')
    return statusOf(ctx, active)
  }
  // A deleted session takes its joining with it: no device may write to it any more.
  changes.onRemoved((sessionId) => {
    if (host.active()?.state.sessionId === sessionId) void host.stop()
  })
  return {
    'joining.interfaces': () => ports.listInterfaces(),
    'joining.start': (input) => start(ctx, ports, changes, input),
    'joining.status': ({ sessionId }) => {
      existingSession(ctx, sessionId)
      const active = host.active()
      return active?.state.sessionId === sessionId ? statusOf(ctx, active) : null
    },
    'joining.update': ({ sessionId, paused, ...settings }) => {
      const active = activeFor(sessionId)
      checkSettings(ctx, settings)
      active.state.settings = { ...active.state.settings, ...settings }
      if (paused !== undefined) active.state.paused = paused
      return changed(active)
    },
    'joining.stop': async ({ sessionId }) => {
      if (host.active()?.state.sessionId !== sessionId) return { stopped: false }
      await host.stop()
      changes.changed(sessionId, 'joining')
      return { stopped: true }
    },
    'joining.newCode': async ({ sessionId }) => {
      activeFor(sessionId)
      return changed(await host.renewCode())
    },
    'joining.removeDevice': ({ sessionId, deviceId }) => {
      const active = activeFor(sessionId)
      removeDevice(ctx, active, deviceId)
      return changed(active)
    },
    'session.waitForChange': async ({ sessionId, version, timeoutMs }) => {
      existingSession(ctx, sessionId)
      const since = await changes.waitForChange(sessionId, version, timeoutMs)
      // One read transaction for the whole answer: one lock instead of one per changed card.
      return ctx.repos.transaction(() => {
        // Deleted while waiting: the screen hears not_found, as for any other call.
        existingSession(ctx, sessionId)
        return { version: since.version, changes: sessionDelta(ctx, sessionId, since) }
      })
    }
  }
}
