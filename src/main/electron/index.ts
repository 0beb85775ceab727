import { app, dialog } from 'electron'
import { join } from 'node:path'
import { describeStartupProblem } from '../backup/startup-problem-text'
import { openAppCore, type AppCore } from '../core'
import { appOrigin, handleAppProtocol, registerAppScheme } from './app-protocol'
import { wireApiIpc } from './ipc'
import { openProjectorWindow } from './projector-window'
import { saveFileWithDialog } from './save-file'
import { createMainWindow, denyAllPermissions } from './window'

registerAppScheme()

let core: AppCore | undefined

function rendererUrl(): string {
  const devUrl = process.env.ELECTRON_RENDERER_URL
  return !app.isPackaged && devUrl ? devUrl : `${appOrigin}/`
}

async function start(): Promise<void> {
  await app.whenReady()
  denyAllPermissions()
  handleAppProtocol(join(__dirname, '..', 'renderer'))
  // Tests point the app at a temporary directory; users get Electron's userData.
  const dataDir = process.env.SAMENSPEL_DATA_DIR || app.getPath('userData')
  try {
    core = openAppCore({
      dataDir,
      host: 'electron',
      version: app.getVersion(),
      resourcesDir: join(app.getAppPath(), 'resources'),
      rendererDir: join(__dirname, '..', 'renderer'),
      desktop: {
        openProjector: (sessionId) => openProjectorWindow(sessionId, rendererUrl()),
        saveFile: saveFileWithDialog
      }
    })
  } catch (error) {
    dialog.showErrorBox('Samenspel kan niet starten', (error as Error).message)
    app.exit(1)
    return
  }
  // The renderer offers the restore (app.startupProblem); the log keeps a record of it.
  if (core.startupProblem) console.warn(describeStartupProblem(core.startupProblem))
  const url = rendererUrl()
  wireApiIpc(core.dispatch, url)
  // The projector window has no controls of its own: it goes when the main window goes.
  createMainWindow({ rendererUrl: url }).on('closed', () => app.quit())
}

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('window-all-closed', () => app.quit())
  app.on('will-quit', () => core?.close())
  void start()
}
