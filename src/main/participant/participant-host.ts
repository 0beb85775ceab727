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
  /**
   * How long the port still answers after joining closed, telling each phone the session is over
   * (410) instead of leaving it to retry a vanished laptop. Over three of the phones' polls.
   */
  endNoticeMs?: number
}

export const defaultEndNoticeMs = 10_000

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
  /** A fresh code for the running joining, with its QR code. */
  renewCode(): Promise<ActiveJoining>
  /**
   * Ends the joining: every token is revoked at once and the phones hear that the session is
   * over for `endNoticeMs`, then the port closes. A new start closes it at once.
   */
  stop(): Promise<void>
}

export function createParticipantHost(options: ParticipantHostOptions = {}): ParticipantHost {
  const limits = { ...defaultParticipantLimits, ...options.limits }
  let current: (ActiveJoining & { server: ParticipantServer }) | null = null
  // Bumped by every start and stop, so a start overtaken by a stop closes what it opened.
  let generation = 0
  const endNoticeMs = options.endNoticeMs ?? defaultEndNoticeMs
  /** The server of a joining that ended, still telling phones so. */
  let ending: { server: ParticipantServer; timer: ReturnType<typeof setTimeout> } | null = null

  const closeEnding = (): Promise<void> => {
    const last = ending
    ending = null
    if (!last) return Promise.resolve()
    clearTimeout(last.timer)
    return last.server.close()
  }

  const stop = async (): Promise<void> => {
    generation++
    const stopping = current
    current = null
    if (!stopping) return
    stopping.state.end()
    await closeEnding()
    if (endNoticeMs <= 0) return stopping.server.close()
    stopping.server.unref()
    const timer = setTimeout(() => {
      if (ending?.server === stopping.server) void closeEnding()
    }, endNoticeMs)
    timer.unref()
    ending = { server: stopping.server, timer }
  }

  return {
    active: () => current,
    stop,
    async renewCode() {
      const running = current
      if (!running) throw new ServiceError('unavailable', 'error.joiningStopped')
      const code = running.state.renewCode()
      const qrSvg = await qrCode(joinLink(running.url, code), { type: 'svg', margin: 2 })
      // Stopped or restarted meanwhile: what runs now has its own code.
      if (current !== running) throw new ServiceError('unavailable', 'error.joiningStopped')
      current = { ...running, qrSvg }
      return current
    },
    async start({ ctx, changes, sessionId, address, settings }) {
      await stop()
      await closeEnding()
      const mine = generation
      const state = createJoiningState(sessionId, address, settings)
      const server = await startParticipantServer({
        address,
        preferredPort: options.preferredPort ?? preferredParticipantPort,
        rendererDir: options.rendererDir,
        limits,
        api: createParticipantApi(
          { ctx, joining: state, changes, submissions: createSubmissionBatcher(ctx) },
          limits
        )
      })
      const url = `http://${address}:${server.port}/`
      // The code rides in the fragment: the phone's page reads it, no server or log sees it.
      const qrSvg = await qrCode(joinLink(url, state.code), { type: 'svg', margin: 2 })
      if (mine !== generation) {
        await server.close()
        throw new ServiceError('unavailable', 'error.joiningStopped')
      }
      current = { state, port: server.port, url, qrSvg, server }
      return current
    }
  }
}

/** What the QR code opens: the participant page with the join code filled in. */
export function joinLink(url: string, code: string): string {
  return `${url}#code=${encodeURIComponent(code)}`
}
