import {
  app,
  BrowserWindow,
  dialog,
  Menu,
  powerSaveBlocker,
  session,
  shell,
  type MenuItemConstructorOptions
} from 'electron'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { contentPacks, type ContentPackName } from '../../shared/content/content-bundle'
import { describeStartupProblem } from '../backup/startup-problem-text'
import { exportShippedPack } from '../content/export-pack'
import { contentOverrideFolder } from '../content/load-content'
import { openAppCore, type AppCore } from '../core'
import { appOrigin, handleAppProtocol, registerAppScheme } from './app-protocol'
import { chromiumLocale, lastLanguage, rememberLanguage } from './chromium-locale'
import { attachContextMenu } from './context-menu'
import { wireApiIpc } from './ipc'
import { createKeepAwake } from './keep-awake'
import type { Locale } from '../../shared/i18n/locale'
import { mainMessages, type MainT } from './main-messages'
import { buildMenuTemplate } from './menu'
import { applyPermissionPolicy } from './permissions'
import {
  closeProjectorWindow,
  isProjectorOpen,
  openProjectorWindow,
  setProjectorHooks
} from './projector-window'
import { saveFileWithDialog } from './save-file'
import { configureSpellcheck } from './spellcheck'
import { describeStartFailure, isDataDirProblem } from '../start-failure'
import { createMainWindow } from './window'

// Tests (and a second profile) get their own Electron profile: cookies, cache and the
// single-instance lock all live in userData, so this must happen before anything else.
if (process.env.SAMENSPEL_USER_DATA_DIR)
  app.setPath('userData', process.env.SAMENSPEL_USER_DATA_DIR)

registerAppScheme()

/** The facilitator's language, as the renderer last said (at start: as it said last time). */
let language: Locale = lastLanguage(app.getPath('userData'))
// Chromium's own controls (date fields above all) in that language, not the system's.
app.commandLine.appendSwitch('lang', chromiumLocale(language))
const t: MainT = (key, values) => mainMessages(language)(key, values)
let core: AppCore | undefined
let mainWindow: BrowserWindow | null = null
/** The data folder in use: the user's, or the one chosen when that could not be used. */
let activeDataDir = ''

function rendererUrl(): string {
  const devUrl = process.env.ELECTRON_RENDERER_URL
  return !app.isPackaged && devUrl ? devUrl : `${appOrigin}/`
}

const packLabels: Record<ContentPackName, string> = {
  kwaliteitskaart: 'Kwaliteitskaart',
  successFactors: 'Succesfactoren',
  reference: 'Achtergrondinformatie',
  quickscan: 'Quickscan'
}

/** Opens the core in `dataDir`; when that folder cannot be used, offers another one. */
function openCore(dataDir: string, overrideDir: (dir: string) => string): AppCore | null {
  const resourcesDir = join(app.getAppPath(), 'resources')
  let dir = dataDir
  for (;;) {
    try {
      const opened = openAppCore({
        dataDir: dir,
        host: 'electron',
        version: app.getVersion(),
        resourcesDir,
        contentOverrideDir: overrideDir(dir),
        rendererDir: join(__dirname, '..', 'renderer'),
        desktop: {
          openProjector: (sessionId) =>
            openProjectorWindow(`#/projectie/${sessionId}`, rendererUrl(), mainWindow),
          closeProjector: closeProjectorWindow,
          setLanguage: (locale) => {
            if (locale === language) return
            language = locale
            rememberLanguage(app.getPath('userData'), locale)
            // The menu holds its labels: build it again in the new language.
            installMenu()
          },
          saveFile: saveFileWithDialog
        }
      })
      activeDataDir = dir
      return opened
    } catch (error) {
      const message = describeStartFailure(error, dir)
      if (!isDataDirProblem(error)) {
        dialog.showErrorBox(t('start.failedTitle'), message)
        return null
      }
      const choice = dialog.showMessageBoxSync({
        type: 'error',
        title: t('start.failedTitle'),
        message: t('start.failedTitle'),
        detail: message,
        buttons: [t('start.chooseFolder'), t('menu.quit')],
        defaultId: 0,
        cancelId: 1
      })
      const chosen =
        choice === 0
          ? dialog.showOpenDialogSync({ properties: ['openDirectory', 'createDirectory'] })
          : undefined
      if (!chosen?.[0]) return null
      dir = chosen[0]
    }
  }
}

function contentFolder(): string {
  return join(activeDataDir, contentOverrideFolder)
}

function exportPack(name: ContentPackName): void {
  const result = exportShippedPack(join(app.getAppPath(), 'resources'), contentFolder(), name)
  const detail =
    result.outcome === 'exported'
      ? t('content.exported', { path: result.path })
      : result.outcome === 'exists'
        ? t('content.exportExists', { path: result.path })
        : t('content.exportFailed', { path: result.path, code: result.code })
  void dialog.showMessageBox({
    type: result.outcome === 'failed' ? 'error' : 'info',
    title: t('content.exportTitle'),
    message: t('content.exportTitle'),
    detail
  })
  if (result.outcome === 'exported') shell.showItemInFolder(result.path)
}

function installMenu(): void {
  const template: MenuItemConstructorOptions[] = buildMenuTemplate({
    platform: process.platform,
    packaged: app.isPackaged,
    t,
    packs: (Object.keys(contentPacks) as ContentPackName[]).map((name) => ({
      name,
      label: `${packLabels[name]} (${contentPacks[name].file})`
    })),
    actions: {
      closeProjector: () => closeProjectorWindow(),
      openContentFolder: () => {
        const folder = contentFolder()
        try {
          mkdirSync(folder, { recursive: true })
        } catch {
          // shell.openPath below reports a folder it cannot open.
        }
        void shell.openPath(folder)
      },
      exportPack: (name) => exportPack(name as ContentPackName),
      about: () =>
        void dialog.showMessageBox({
          type: 'info',
          title: t('about.title'),
          message: 'Samenspel',
          detail: t('about.detail', { version: app.getVersion() })
        })
    }
  })
  Menu.setApplicationMenu(Menu.buildFromTemplate(template))
}

async function start(): Promise<void> {
  await app.whenReady()
  const url = rendererUrl()
  applyPermissionPolicy(session.defaultSession, url)
  const spellcheck = configureSpellcheck(session.defaultSession, process.platform)
  handleAppProtocol(join(__dirname, '..', 'renderer'))
  // Tests point the app at a temporary directory; users get Electron's userData.
  const dataDir = process.env.SAMENSPEL_DATA_DIR || app.getPath('userData')
  const opened = openCore(dataDir, (dir) => join(dir, contentOverrideFolder))
  if (!opened) {
    app.exit(1)
    return
  }
  core = opened
  // The renderer offers the restore (app.startupProblem); the log keeps a record of it.
  if (core.startupProblem) console.warn(describeStartupProblem(core.startupProblem))
  if (core.contentProblems.length > 0) {
    void dialog.showMessageBox({
      type: 'warning',
      title: t('content.problemTitle'),
      message: t('content.problemTitle'),
      detail: [
        t('content.problemIntro', { folder: contentFolder() }),
        ...core.contentProblems.map((problem) => problem.message)
      ].join('\n\n')
    })
  }
  wireApiIpc(core.dispatch, url)
  installMenu()

  // The beamer stays awake while the room watches: presenter mode or the projector window.
  const keepAwake = createKeepAwake(powerSaveBlocker)
  setProjectorHooks({
    opened: () => keepAwake.hold('projector'),
    closed: () => keepAwake.release('projector')
  })
  const window = createMainWindow({ rendererUrl: url, spellcheck })
  mainWindow = window
  attachContextMenu(window.webContents, t, spellcheck, (template) =>
    Menu.buildFromTemplate(template).popup({ window })
  )
  window.webContents.on('enter-html-full-screen', () => keepAwake.hold('presenting'))
  window.webContents.on('leave-html-full-screen', () => keepAwake.release('presenting'))
  // The projector window has no controls of its own: it goes when the main window goes.
  window.on('closed', () => {
    mainWindow = null
    keepAwake.release('presenting')
    if (isProjectorOpen()) closeProjectorWindow()
    app.quit()
  })
}

if (!app.requestSingleInstanceLock()) {
  // The running app's 'second-instance' handler brings its window forward.
  app.quit()
} else {
  app.on('second-instance', () => {
    if (!mainWindow || mainWindow.isDestroyed()) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.show()
    mainWindow.focus()
  })
  app.on('window-all-closed', () => app.quit())
  app.on('will-quit', () => core?.close())
  void start()
}
