import { beforeEach, describe, expect, it, vi } from 'vitest'
import { electronMock, FakeBrowserWindow, lastHandler } from './electron-mock'
import { expectHardenedPreferences, expectKeptOnOrigin } from './hardening'

vi.mock('electron', async () => (await import('./electron-mock')).electronMock)

const { createMainWindow, denyAllPermissions } = await import('../../../src/main/electron/window')
const { openProjectorWindow } = await import('../../../src/main/electron/projector-window')

const appUrl = 'app://samenspel/'
const appOrigin = 'app://samenspel'

function newestWindow(): FakeBrowserWindow {
  const window = FakeBrowserWindow.instances.at(-1)
  if (!window) throw new Error('no window was created')
  return window
}

beforeEach(() => {
  electronMock.shell.openExternal.mockClear()
})

describe('the main window', () => {
  it('runs the renderer sandboxed and isolated, with only the preload', () => {
    createMainWindow({ rendererUrl: appUrl })
    expectHardenedPreferences(newestWindow().options)
    expect(newestWindow().loadedUrl).toBe(appUrl)
  })

  it('stays on the app origin', () => {
    createMainWindow({ rendererUrl: appUrl })
    expectKeptOnOrigin(newestWindow(), appOrigin)
  })

  it('opens no window of its own, and hands only http(s) links to the browser', () => {
    createMainWindow({ rendererUrl: appUrl })
    const open = newestWindow().webContents.windowOpenHandler
    if (!open) throw new Error('no window-open handler')
    for (const url of ['https://www.nji.nl/ouders', 'http://example.org/a b']) {
      expect(open({ url })).toEqual({ action: 'deny' })
    }
    expect(electronMock.shell.openExternal.mock.calls).toEqual([
      ['https://www.nji.nl/ouders'],
      ['http://example.org/a%20b']
    ])
    electronMock.shell.openExternal.mockClear()
    for (const url of [
      'file:///C:/Windows/System32/calc.exe',
      'smb://server/share',
      'javascript:alert(1)',
      'ms-msdt:/id PCWDiagnostic',
      'app://samenspel/#/projectie',
      'mailto:someone@example.org',
      'not a url'
    ]) {
      expect(open({ url }), url).toEqual({ action: 'deny' })
    }
    expect(electronMock.shell.openExternal).not.toHaveBeenCalled()
  })
})

describe('permissions', () => {
  it('refuses every permission request and check', () => {
    denyAllPermissions()
    const { setPermissionRequestHandler, setPermissionCheckHandler } =
      electronMock.session.defaultSession
    const request = lastHandler<
      (wc: unknown, permission: string, callback: (granted: boolean) => void) => void
    >(setPermissionRequestHandler)
    const check =
      lastHandler<(wc: unknown, permission: string) => boolean>(setPermissionCheckHandler)
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'hid']) {
      const callback = vi.fn()
      request({}, permission, callback)
      expect(callback, permission).toHaveBeenCalledWith(false)
      expect(check({}, permission), permission).toBe(false)
    }
  })
})

describe('the projector window', () => {
  it('is hardened like the main window and shows the session on the second display', () => {
    openProjectorWindow('6f1c2b7e-3a4d-4e5f-8a9b-0c1d2e3f4a5b', appUrl)
    const projector = newestWindow()
    expectHardenedPreferences(projector.options)
    expect(projector.options).toMatchObject({ x: 1920, fullscreen: true })
    expect(projector.loadedUrl).toBe(`${appUrl}#/projectie/6f1c2b7e-3a4d-4e5f-8a9b-0c1d2e3f4a5b`)
    expectKeptOnOrigin(projector, appOrigin)
  })

  it('opens no windows and hands no links out', () => {
    const projector = newestWindow()
    const open = projector.webContents.windowOpenHandler
    if (!open) throw new Error('no window-open handler')
    expect(open({ url: 'https://example.org/' })).toEqual({ action: 'deny' })
    expect(electronMock.shell.openExternal).not.toHaveBeenCalled()
  })

  it('is reused, not stacked, when opened again', () => {
    openProjectorWindow('6f1c2b7e-3a4d-4e5f-8a9b-0c1d2e3f4a5b', appUrl)
    const count = FakeBrowserWindow.instances.length
    openProjectorWindow('0f1c2b7e-3a4d-4e5f-8a9b-0c1d2e3f4a5b', appUrl)
    expect(FakeBrowserWindow.instances.length).toBe(count)
    expect(newestWindow().focus).toHaveBeenCalled()
  })
})
