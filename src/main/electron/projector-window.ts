import { BrowserWindow, screen } from 'electron'
import { join } from 'node:path'
import { keepOnOrigin } from './navigation'
import { projectorPlacement, runsOnWayland } from './projector-placement'

export const projectorTitle = 'Samenspel – projector'

export interface ProjectorHooks {
  opened?(window: BrowserWindow): void
  closed?(): void
}

let projector: BrowserWindow | null = null
let hooks: ProjectorHooks = {}

/** What happens around the projector window (keep the beamer awake, update the menu). */
export function setProjectorHooks(next: ProjectorHooks): void {
  hooks = next
}

export function isProjectorOpen(): boolean {
  return projector !== null && !projector.isDestroyed()
}

/** Closes the projector window; false when none was open. */
export function closeProjectorWindow(): boolean {
  if (!projector || projector.isDestroyed()) return false
  projector.close()
  return true
}

/**
 * The beamer's window, showing `route` (a hash route of the renderer, e.g. `#/projectie/<id>`):
 * fullscreen on the display that is not the facilitator's. Reopening shows the new route in
 * the existing window instead of stacking windows.
 */
export function openProjectorWindow(
  route: string,
  rendererUrl: string,
  mainWindow?: BrowserWindow | null
): boolean {
  const url = `${rendererUrl}${route}`
  if (projector && !projector.isDestroyed()) {
    void projector.loadURL(url)
    projector.focus()
    return true
  }
  const mainDisplay =
    mainWindow && !mainWindow.isDestroyed()
      ? screen.getDisplayMatching(mainWindow.getBounds()).id
      : null
  const placement = projectorPlacement(
    screen.getAllDisplays(),
    mainDisplay,
    screen.getPrimaryDisplay().id,
    runsOnWayland(process.env, process.platform)
  )
  const window = new BrowserWindow({
    ...placement.bounds,
    show: false,
    autoHideMenuBar: true,
    title: projectorTitle,
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
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false
    }
  })
  projector = window
  // The same rules as the main window, and no links out: the beamer has no one to click them.
  keepOnOrigin(window.webContents, rendererUrl)
  // The page's <title> would replace the window's; the title is how the OS lists the beamer.
  window.on('page-title-updated', (event) => event.preventDefault())
  // F11 works here too (the window has no menu bar to carry the accelerator on Windows/Linux).
  window.webContents.on('before-input-event', (event, input) => {
    if (input.type === 'keyDown' && input.key === 'F11') {
      event.preventDefault()
      window.setFullScreen(!window.isFullScreen())
    }
  })
  window.once('ready-to-show', () => {
    // Windows places a window by the DPI of the display it was created on; setting the bounds
    // again once it exists puts it exactly on the beamer before going fullscreen.
    window.setBounds(placement.bounds)
    if (placement.fullscreen) window.setFullScreen(true)
    window.show()
  })
  window.on('closed', () => {
    if (projector === window) projector = null
    hooks.closed?.()
  })
  hooks.opened?.(window)
  void window.loadURL(url)
  return true
}
