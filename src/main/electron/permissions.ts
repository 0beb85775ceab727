import type { Session } from 'electron'
import { isSameOrigin } from './navigation'

/**
 * The one permission the app uses: fullscreen, for presenter mode (`requestFullscreen()`).
 * Denying it leaves the renderer's promise pending forever (electron#37719), so it is granted —
 * but only to the app's own page in its top frame. Camera, microphone, notifications,
 * geolocation, clipboard reading…: the app needs none of them, so every other request and check
 * is refused.
 */
export const grantedPermission = 'fullscreen'

interface Requester {
  permission: string
  /** The URL of the frame asking. */
  url: string | undefined
  isMainFrame: boolean
}

/** Whether one request or check may be granted; everything not named here is refused. */
export function mayGrant({ permission, url, isMainFrame }: Requester, appUrl: string): boolean {
  return (
    permission === grantedPermission &&
    isMainFrame &&
    url !== undefined &&
    isSameOrigin(url, appUrl)
  )
}

export function applyPermissionPolicy(session: Session, appUrl: string): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(
      mayGrant({ permission, url: details.requestingUrl, isMainFrame: details.isMainFrame }, appUrl)
    )
  })
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) =>
    mayGrant(
      {
        permission,
        // A check names the origin; the frame's URL where Electron gives it.
        url: details.requestingUrl ?? requestingOrigin,
        isMainFrame: details.isMainFrame
      },
      appUrl
    )
  )
}
