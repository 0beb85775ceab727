import { protocol } from 'electron'
import { readStaticFile } from '../host/static-files'
import { securityHeaders } from '../host/security-headers'

export const appScheme = 'app'
export const appOrigin = `${appScheme}://samenspel`

/** Must run before the app is ready: the scheme behaves like https (secure, own origin). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } }
  ])
}

/** Serves the built renderer from inside the app; nothing is loaded from disk paths or the web. */
export function handleAppProtocol(rendererDir: string): void {
  protocol.handle(appScheme, async (request) => {
    const url = new URL(request.url)
    if (url.host !== 'samenspel') return new Response('Niet gevonden.', { status: 404 })
    const file = await readStaticFile(rendererDir, url.pathname)
    if (!file) return new Response('Niet gevonden.', { status: 404 })
    return new Response(new Uint8Array(file.body), {
      headers: { ...securityHeaders, 'Content-Type': file.contentType }
    })
  })
}
