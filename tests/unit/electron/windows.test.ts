import { beforeEach, describe, expect, it, vi } from 'vitest'
import { electronMock, FakeBrowserWindow } from './electron-mock'
import { expectHardenedPreferences, expectKeptOnOrigin } from './hardening'

vi.mock('electron', async () => (await import('./electron-mock')).electronMock)

const { createMainWindow } = await import('../../../src/main/electron/window')
const { closeProjectorWindow, isProjectorOpen, openProjectorWindow, setProjectorHooks } =
  await import('../../../src/main/electron/projector-window')

const { projectorTitle } = await import('../../../src/main/electron/projector-window')

const appUrl = 'app://samenspel/'
const route = '#/projectie/6f1c2b7e-3a4d-4e5f-8a9b-0c1d2e3f4a5b'
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
    createMainWindow({ rendererUrl: appUrl, spellcheck: false })
    expectHardenedPreferences(newestWindow().options)
    expect(newestWindow().loadedUrl).toBe(appUrl)
  })

  it('stays on the app origin', () => {
    createMainWindow({ rendererUrl: appUrl, spellcheck: false })
    expectKeptOnOrigin(newestWindow(), appOrigin)
  })

  it('opens no window of its own, and hands only http(s) links to the browser', () => {
    createMainWindow({ rendererUrl: appUrl, spellcheck: false })
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

describe('the projector window', () => {
  it('is hardened like the main window and shows the session on the second display', () => {
    openProjectorWindow(route, appUrl, null)
    const projector = newestWindow()
    expectHardenedPreferences(projector.options)
    expect(projector.options).toMatchObject({ x: 1920, show: false, title: projectorTitle })
    expect(projector.loadedUrl).toBe(`${appUrl}${route}`)
    expectKeptOnOrigin(projector, appOrigin)
    // Once it exists: exactly on the second display, then fullscreen, then shown.
    projector.emit('ready-to-show')
    expect(projector.setBounds).toHaveBeenCalledWith({ x: 1920, y: 0, width: 1920, height: 1080 })
    expect(projector.setFullScreen).toHaveBeenCalledWith(true)
    expect(projector.show).toHaveBeenCalled()
  })

  it('opens no windows and hands no links out', () => {
    const projector = newestWindow()
    const open = projector.webContents.windowOpenHandler
    if (!open) throw new Error('no window-open handler')
    expect(open({ url: 'https://example.org/' })).toEqual({ action: 'deny' })
    expect(electronMock.shell.openExternal).not.toHaveBeenCalled()
  })

  it('keeps its title when the page sets its own', () => {
    const projector = newestWindow()
    expect(projector.emit('page-title-updated', 'Samenspel').defaultPrevented).toBe(true)
  })

  it('toggles fullscreen with F11, since it has no menu bar to carry the key', () => {
    const projector = newestWindow()
    const before = projector.isFullScreen()
    const f11 = projector.webContents.emit('before-input-event', { type: 'keyDown', key: 'F11' })
    expect(f11.defaultPrevented).toBe(true)
    expect(projector.isFullScreen()).toBe(!before)
    const other = projector.webContents.emit('before-input-event', { type: 'keyDown', key: 'b' })
    expect(other.defaultPrevented).toBe(false)
  })

  it('is reused, not stacked, when opened again', () => {
    openProjectorWindow(route, appUrl, null)
    const count = FakeBrowserWindow.instances.length
    openProjectorWindow('#/projectie/0f1c2b7e-3a4d-4e5f-8a9b-0c1d2e3f4a5b', appUrl, null)
    expect(FakeBrowserWindow.instances.length).toBe(count)
    expect(newestWindow().focus).toHaveBeenCalled()
    expect(newestWindow().loadedUrl).toBe(
      `${appUrl}#/projectie/0f1c2b7e-3a4d-4e5f-8a9b-0c1d2e3f4a5b`
    )
  })

  it('can be closed from the app, and then says it is closed', () => {
    expect(isProjectorOpen()).toBe(true)
    expect(closeProjectorWindow()).toBe(true)
    expect(isProjectorOpen()).toBe(false)
    expect(closeProjectorWindow()).toBe(false)
  })

  it('goes to the display the facilitator is not on, even when that is the primary one', () => {
    const main = createMainWindow({ rendererUrl: appUrl, spellcheck: false })
    main.setBounds({ x: 2000, y: 100, width: 1280, height: 800 })
    openProjectorWindow(route, appUrl, main as never)
    const projector = newestWindow()
    projector.emit('ready-to-show')
    expect(projector.setBounds).toHaveBeenCalledWith({ x: 0, y: 0, width: 1920, height: 1080 })
    closeProjectorWindow()
  })

  it('tells the shell when it opens and closes (the beamer is kept awake meanwhile)', () => {
    const events: string[] = []
    setProjectorHooks({ opened: () => events.push('opened'), closed: () => events.push('closed') })
    openProjectorWindow(route, appUrl, null)
    expect(events).toEqual(['opened'])
    newestWindow().close()
    expect(events).toEqual(['opened', 'closed'])
    setProjectorHooks({})
  })
})
