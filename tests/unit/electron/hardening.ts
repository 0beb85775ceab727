import { isAbsolute } from 'node:path'
import { expect } from 'vitest'
import type { FakeBrowserWindow, WindowOptions } from './electron-mock'

/** What every window of the app must have: Electron's security checklist, items 2–8. */
export function expectHardenedPreferences(options: WindowOptions): void {
  const prefs = options.webPreferences ?? {}
  expect(prefs).toMatchObject({
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    webSecurity: true,
    allowRunningInsecureContent: false
  })
  expect(prefs.webviewTag ?? false).toBe(false)
  expect(prefs.nodeIntegrationInSubFrames ?? false).toBe(false)
  expect(prefs.experimentalFeatures ?? false).toBe(false)
  expect(prefs.enableBlinkFeatures).toBeUndefined()
  expect(String(prefs.preload)).toMatch(/[\\/]preload[\\/]index\.js$/)
  expect(isAbsolute(String(prefs.preload))).toBe(true)
}

/** Navigations and redirects stay on the app's origin; anything else, or garbage, is stopped. */
export function expectKeptOnOrigin(window: FakeBrowserWindow, origin: string): void {
  const contents = window.webContents
  for (const event of ['will-navigate', 'will-redirect']) {
    expect(contents.emit(event, `${origin}/#/sessies`).defaultPrevented, event).toBe(false)
    for (const elsewhere of [
      'https://example.org/',
      'http://127.0.0.1:5874/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'about:blank',
      'not a url'
    ]) {
      expect(contents.emit(event, elsewhere).defaultPrevented, `${event} ${elsewhere}`).toBe(true)
    }
  }
  expect(contents.emit('will-attach-webview', {}, {}).defaultPrevented).toBe(true)
}
