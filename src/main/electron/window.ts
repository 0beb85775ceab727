import { BrowserWindow, shell } from 'electron'
import { join } from 'node:path'
import { externalLink, keepOnOrigin } from './navigation'

export interface MainWindowOptions {
  /** app://samenspel/ in production, electron-vite's dev server in development. */
  rendererUrl: string
  /** Whether text fields are spell-checked (only where no dictionary is downloaded). */
  spellcheck: boolean
}

/** One hardened window: the renderer gets nothing but what the preload exposes. */
export function createMainWindow({ rendererUrl, spellcheck }: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 800,
    minHeight: 600,
    show: false,
    title: 'Samenspel',
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: join(__dirname, '../preload/index.js'), // eng-disable PRELOAD_JS_CHECK -- exposes only window.api (tests/unit/electron/preload.test.ts)
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      // Middle-click would open a link in a new window; window.open is denied anyway.
      disableBlinkFeatures: 'Auxclick',
      spellcheck
    }
  })
  // Links in content packs ("Meer weten?") open in the user's own browser, never in the app.
  keepOnOrigin(window.webContents, rendererUrl, (url) => {
    const link = externalLink(url)
    if (link) void shell.openExternal(link) // eng-disable OPEN_EXTERNAL_JS_CHECK -- only http(s) links, see externalLink()
  })
  window.once('ready-to-show', () => window.show())
  void window.loadURL(rendererUrl)
  return window
}
