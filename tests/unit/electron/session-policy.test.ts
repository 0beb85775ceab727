import { describe, expect, it, vi } from 'vitest'
import { electronMock, lastHandler } from './electron-mock'

vi.mock('electron', async () => (await import('./electron-mock')).electronMock)

const { applyPermissionPolicy } = await import('../../../src/main/electron/permissions')
const { configureSpellcheck, noDictionaryDownloadUrl } =
  await import('../../../src/main/electron/spellcheck')

type RequestHandler = (
  contents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
  details: { requestingUrl: string; isMainFrame: boolean }
) => void
type CheckHandler = (
  contents: unknown,
  permission: string,
  requestingOrigin: string,
  details: { requestingUrl?: string; isMainFrame: boolean }
) => boolean

const ses = electronMock.session.defaultSession
applyPermissionPolicy(ses as never, 'app://samenspel/')
const request = lastHandler<RequestHandler>(ses.setPermissionRequestHandler)
const check = lastHandler<CheckHandler>(ses.setPermissionCheckHandler)

/** What the request handler answers, as a promise (Electron calls back). */
function asks(permission: string, requestingUrl: string, isMainFrame = true): boolean {
  let granted: boolean | undefined
  request({}, permission, (answer) => (granted = answer), { requestingUrl, isMainFrame })
  if (granted === undefined) throw new Error('the handler never answered')
  return granted
}

describe('permissions', () => {
  it('grants fullscreen to the app itself, so presenter mode can go fullscreen', () => {
    expect(asks('fullscreen', 'app://samenspel/#/sessies/x')).toBe(true)
    expect(check({}, 'fullscreen', 'app://samenspel', { isMainFrame: true })).toBe(true)
    expect(
      check({}, 'fullscreen', 'app://samenspel', {
        requestingUrl: 'app://samenspel/#/projectie/x',
        isMainFrame: true
      })
    ).toBe(true)
  })

  it('refuses fullscreen to a subframe and to any other page', () => {
    expect(asks('fullscreen', 'app://samenspel/', false)).toBe(false)
    for (const url of ['https://example.org/', 'file:///tmp/x.html', 'app://elsewhere/', 'x']) {
      expect(asks('fullscreen', url), url).toBe(false)
      expect(check({}, 'fullscreen', url, { isMainFrame: true }), url).toBe(false)
    }
    expect(check({}, 'fullscreen', 'app://samenspel', { isMainFrame: false })).toBe(false)
  })

  it('refuses everything else, also to the app itself', () => {
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'openExternal',
      'clipboard-read',
      'hid',
      'display-capture',
      'pointerLock',
      'automatic-fullscreen',
      'unknown'
    ]) {
      expect(asks(permission, 'app://samenspel/'), permission).toBe(false)
      expect(check({}, permission, 'app://samenspel', { isMainFrame: true }), permission).toBe(
        false
      )
    }
  })
})

describe('spelling', () => {
  it.each(['win32', 'linux'] as const)(
    'is off on %s, and no dictionary can be fetched from outside the laptop',
    (platform) => {
      ses.setSpellCheckerEnabled.mockClear()
      ses.setSpellCheckerDictionaryDownloadURL.mockClear()
      expect(configureSpellcheck(ses as never, platform)).toBe(false)
      expect(ses.setSpellCheckerEnabled).toHaveBeenLastCalledWith(false)
      // Every dictionary URL Chromium could form is `${url}${file}`: all on the loopback address.
      const url = new URL(lastHandler<string>(ses.setSpellCheckerDictionaryDownloadURL))
      expect(url.href).toBe(noDictionaryDownloadUrl)
      expect(url.hostname).toBe('127.0.0.1')
      expect(new URL('nl-NL-3-0.bdic', url).hostname).toBe('127.0.0.1')
    }
  )

  it("is on on macOS, where the system's own spellchecker downloads nothing", () => {
    ses.setSpellCheckerEnabled.mockClear()
    expect(configureSpellcheck(ses as never, 'darwin')).toBe(true)
    expect(ses.setSpellCheckerEnabled).toHaveBeenLastCalledWith(true)
    expect(lastHandler<string>(ses.setSpellCheckerDictionaryDownloadURL)).toBe(
      noDictionaryDownloadUrl
    )
  })
})
