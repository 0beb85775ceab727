import { BrowserWindow, screen } from 'electron'
import { join } from 'node:path'
import { keepOnOrigin } from './navigation'

let projector: BrowserWindow | null = null

/**
 * The beamer's window: question and cards only, fullscreen on the display that is not the
 * laptop's own. Reopening focuses the existing one instead of stacking windows.
 */
export function openProjectorWindow(sessionId: string, rendererUrl: string): boolean {
  const url = `${rendererUrl}#/projectie/${sessionId}`
  if (projector && !projector.isDestroyed()) {
    void projector.loadURL(url)
    projector.focus()
    return true
  }
  const primary = screen.getPrimaryDisplay()
  const external = screen.getAllDisplays().find((display) => display.id !== primary.id)
  const bounds = (external ?? primary).bounds
  projector = new BrowserWindow({
    x: bounds.x,
    y: bounds.y,
    width: Math.min(bounds.width, 1280),
    height: Math.min(bounds.height, 800),
    fullscreen: external !== undefined,
    autoHideMenuBar: true,
    title: 'Samenspel — projectie',
    backgroundColor: '#000000',
    webPreferences: {
      preload: join(__dirname, '../preload/index.js'), // eng-disable PRELOAD_JS_CHECK -- exposes only window.api (tests/unit/electron/preload.test.ts)
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick'
    }
  })
  // The same rules as the main window, and no links out: the beamer has no one to click them.
  keepOnOrigin(projector.webContents, rendererUrl)
  projector.on('closed', () => {
    projector = null
  })
  void projector.loadURL(url)
  return true
}
