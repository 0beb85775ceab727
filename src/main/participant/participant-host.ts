import { toString as qrCode } from 'qrcode'
import type { JoiningSettings } from '../../shared/domain/joining'
import type { ChangeNotifier } from '../services/change-notifier'
import { ServiceError } from '../services/service-error'
import type { ServiceContext } from '../services/service-context'
import { createJoiningState, type JoiningState } from './joining-registry'
import { createParticipantApi } from './participant-api'
import { defaultParticipantLimits, type ParticipantLimits } from './participant-limits'
import { startParticipantServer, type ParticipantServer } from './participant-server'
import { createSubmissionBatcher } from './submission-batcher'

/** The port participants' devices are told first; taken, the server picks a free one. */
export const preferredParticipantPort = 5875

export interface ParticipantHostOptions {
  /** The built renderer (out/renderer); without it only the API answers (tests). */
  rendererDir?: string
  preferredPort?: number
  limits?: Partial<ParticipantLimits>
}

/** The session whose participants can join now, and where. */
export interface ActiveJoining {
  state: JoiningState
  port: number
  url: string
  qrSvg: string
}

export interface StartJoining {
  ctx: ServiceContext
  changes: ChangeNotifier
  sessionId: string
  address: string
  settings: JoiningSettings
}

/** One participant server at a time: one facilitator's laptop, one session joining. */
export interface ParticipantHost {
  active(): ActiveJoining | null
  /** Stops whatever was joining, then starts anew with a fresh code. */
  start(request: StartJoining): Promise<ActiveJoining>
  /** Revokes every token at once; the promise settles when the port is closed. */
  stop(): Promise<void>
}

export function createParticipantHost(options: ParticipantHostOptions = {}): ParticipantHost {
  const limits = { ...defaultParticipantLimits, ...options.limits }
  let current: (ActiveJoining & { server: ParticipantServer }) | null = null
  // Bumped by every start and stop, so a start overtaken by a stop closes what it opened.
  let generation = 0

  const stop = (): Promise<void> => {
    generation++
    const stopping = current
    current = null
    if (!stopping) return Promise.resolve()
    stopping.state.revokeAll()
    return stopping.server.close()
  }

  return {
    active: () => current,
    stop,
    async start({ ctx, changes, sessionId, address, settings }) {
      await stop()
      const mine = generation
      const state = createJoiningState(sessionId, address, settings)
      const server = await startParticipantServer({
        address,
        preferredPort: options.preferredPort ?? preferredParticipantPort,
        rendererDir: options.rendererDir,
        api: createParticipantApi(
          { ctx, joining: state, changes, submissions: createSubmissionBatcher(ctx) },
          limits
        )
      })
      const url = `http://${address}:${server.port}/`
      const qrSvg = await qrCode(url, { type: 'svg', margin: 2 })
      if (mine !== generation) {
        await server.close()
        throw new ServiceError('unavailable', 'error.joiningStopped')
      }
      current = { state, port: server.port, url, qrSvg, server }
      return current
    }
  }
}
