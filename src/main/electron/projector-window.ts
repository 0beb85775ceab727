import { BrowserWindow, screen } from 'electron'
import { join } from 'node:path'

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
      preload: join(__dirname, '../preload/index.js'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true
    }
  })
  const allowedOrigin = new URL(rendererUrl).origin
  projector.webContents.on('will-navigate', (event, target) => {
    if (new URL(target).origin !== allowedOrigin) event.preventDefault()
  })
  projector.webContents.setWindowOpenHandler(() => ({ action: 'deny' }))
  projector.on('closed', () => {
    projector = null
  })
  void projector.loadURL(url)
  return true
}
