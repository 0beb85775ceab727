import { BrowserWindow, session, shell } from 'electron'
import { join } from 'node:path'

export interface MainWindowOptions {
  /** app://samenspel/ in production, electron-vite's dev server in development. */
  rendererUrl: string
}

/** One hardened window: the renderer gets nothing but what the preload exposes. */
export function createMainWindow({ rendererUrl }: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 800,
    minHeight: 600,
    show: false,
    title: 'Samenspel',
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: join(__dirname, '../preload/index.js'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: true
    }
  })
  const allowedOrigin = new URL(rendererUrl).origin
  window.webContents.on('will-navigate', (event, url) => {
    if (new URL(url).origin !== allowedOrigin) event.preventDefault()
  })
  window.webContents.on('will-redirect', (event, url) => {
    if (new URL(url).origin !== allowedOrigin) event.preventDefault()
  })
  // Links in content packs ("Meer weten?") open in the user's own browser, never in the app.
  window.webContents.setWindowOpenHandler(({ url }) => {
    if (/^https?:\/\//.test(url)) void shell.openExternal(url)
    return { action: 'deny' }
  })
  window.once('ready-to-show', () => window.show())
  void window.loadURL(rendererUrl)
  return window
}

/** Camera, microphone, notifications, geolocation…: the app needs none of them. */
export function denyAllPermissions(): void {
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) =>
    callback(false)
  )
  session.defaultSession.setPermissionCheckHandler(() => false)
}
