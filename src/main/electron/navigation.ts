import type { Event, WebContents } from 'electron'

/**
 * `scheme://host[:port]` of a URL, or null when it has no host (file:, data:, about:,
 * javascript:) or does not parse. Not `URL.origin`: Node answers "null" for every scheme it does
 * not know, app:// included, so comparing origins would let a file: or data: page pass as ours.
 */
export function originOf(url: string): string | null {
  try {
    const parsed = new URL(url)
    return parsed.host ? `${parsed.protocol}//${parsed.host}` : null
  } catch {
    return null
  }
}

/** Whether `url` is on the origin of `appUrl` (any URL of the app, or its origin). */
export function isSameOrigin(url: string, appUrl: string): boolean {
  const origin = originOf(url)
  return origin !== null && origin === originOf(appUrl)
}

/** http(s) links only: `file:`, `smb:`, `javascript:` and custom schemes never reach the OS. */
export function externalLink(url: string): string | null {
  try {
    const parsed = new URL(url)
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null
  } catch {
    return null
  }
}

/**
 * Keeps a window on the app's own origin: navigations and redirects elsewhere are stopped, no
 * <webview> is attached and no new window opens (`onWindowOpen` may hand the URL elsewhere).
 */
export function keepOnOrigin(
  contents: WebContents,
  appUrl: string,
  onWindowOpen: (url: string) => void = () => undefined
): void {
  const stayOnOrigin = (event: Event, url: string) => {
    if (!isSameOrigin(url, appUrl)) event.preventDefault()
  }
  contents.on('will-navigate', stayOnOrigin)
  contents.on('will-redirect', stayOnOrigin)
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    onWindowOpen(url)
    return { action: 'deny' }
  })
}
