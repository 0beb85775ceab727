import type { ApiHandlers, ApiOutput } from '../../shared/api/contract'
import type { ServiceContext } from './service-context'
import { sessionNotFound } from './session-service'

/** What only the desktop app can do; the browser host has none of it. */
export interface DesktopCapabilities {
  /** Opens the projector window for the session; false when it could not. */
  openProjector(sessionId: string): boolean
}

type AppHandlers = Pick<ApiHandlers, 'app.info' | 'content.get' | 'projector.open'>

export function createAppService(
  ctx: ServiceContext,
  appInfo: ApiOutput<'app.info'>,
  desktop: DesktopCapabilities | undefined
): AppHandlers {
  return {
    'app.info': () => appInfo,
    'content.get': () => ctx.content,
    'projector.open': ({ sessionId }) => {
      if (!ctx.repos.sessions.get(sessionId)) throw sessionNotFound()
      return { opened: desktop?.openProjector(sessionId) ?? false }
    }
  }
}
