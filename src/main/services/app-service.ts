import type { ApiHandlers, ApiOutput, ApiParsedInput } from '../../shared/api/contract'
import { ServiceError } from './service-error'
import type { ServiceContext } from './service-context'
import { sessionNotFound } from './session-service'

/** What only the desktop app can do; the browser host has none of it. */
export interface DesktopCapabilities {
  /** Opens the projector window for the session; false when it could not. */
  openProjector(sessionId: string): boolean
  /** Closes the projector window; false when none was open. */
  closeProjector(): boolean
  /**
   * Asks the user where to save the file and writes it there; `saved: false` when the user
   * cancelled. Rejects with an Error whose message is Dutch and meant for the user.
   */
  saveFile(file: ApiParsedInput<'file.save'>): Promise<ApiOutput<'file.save'>>
}

type AppHandlers = Pick<
  ApiHandlers,
  'app.info' | 'content.get' | 'projector.open' | 'projector.close' | 'file.save'
>

async function saveFile(
  desktop: DesktopCapabilities | undefined,
  file: ApiParsedInput<'file.save'>
): Promise<ApiOutput<'file.save'>> {
  if (!desktop) return { saved: false, path: null }
  try {
    return await desktop.saveFile(file)
  } catch (error) {
    throw new ServiceError('unavailable', (error as Error).message)
  }
}

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
    },
    'projector.close': () => ({ closed: desktop?.closeProjector() ?? false }),
    'file.save': (file) => saveFile(desktop, file)
  }
}
