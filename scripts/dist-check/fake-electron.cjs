// A fake `electron` module for the simulated packaged start (simulated-start.mjs): the parts
// of Electron's API the main process uses, recording every call. Two displays: the laptop
// (primary, 1440×900) and a beamer to its right (1920×1080).
'use strict'
const { EventEmitter } = require('node:events')

const calls = []
const record = (name) =>
  function (...args) {
    calls.push({ name, args })
    return undefined
  }

const state = {
  userData: process.env.FAKE_ELECTRON_USER_DATA || '/nonexistent',
  appPath: process.env.FAKE_ELECTRON_APP_PATH || process.cwd(),
  protocolHandlers: new Map(),
  ipcHandlers: new Map(),
  permissionRequestHandler: null,
  permissionCheckHandler: null,
  appListeners: new Map(),
  applicationMenu: null,
  windows: [],
  blockers: new Set(),
  readyResolve: null
}

const displays = [
  { id: 1, bounds: { x: 0, y: 0, width: 1440, height: 900 } },
  { id: 2, bounds: { x: 1440, y: 0, width: 1920, height: 1080 } }
]

class FakeWebContents extends EventEmitter {
  constructor() {
    super()
    this.session = { addWordToSpellCheckerDictionary: record('addWordToSpellCheckerDictionary') }
    this.url = ''
  }
  setWindowOpenHandler(handler) {
    this.windowOpenHandler = handler
  }
  getURL() {
    return this.url
  }
  replaceMisspelling(word) {
    calls.push({ name: 'replaceMisspelling', args: [word] })
  }
}

class BrowserWindow extends EventEmitter {
  constructor(options) {
    super()
    this.options = options
    this.webContents = new FakeWebContents()
    this.destroyed = false
    this.fullScreen = false
    this.bounds = {
      x: options.x ?? 100,
      y: options.y ?? 100,
      width: options.width ?? 800,
      height: options.height ?? 600
    }
    this.boundsSet = []
    this.shown = false
    state.windows.push(this)
  }
  loadURL(url) {
    this.webContents.url = url
    return Promise.resolve()
  }
  getBounds() {
    return this.bounds
  }
  setBounds(bounds) {
    this.bounds = bounds
    this.boundsSet.push(bounds)
  }
  setFullScreen(on) {
    this.fullScreen = on
  }
  isFullScreen() {
    return this.fullScreen
  }
  isMinimized() {
    return false
  }
  restore() {}
  show() {
    this.shown = true
  }
  focus() {}
  isDestroyed() {
    return this.destroyed
  }
  close() {
    this.destroyed = true
    this.emit('closed')
  }
  static getFocusedWindow() {
    return null
  }
  static getAllWindows() {
    return state.windows.filter((window) => !window.destroyed)
  }
}

const app = {
  isPackaged: true,
  whenReady: () => new Promise((resolve) => (state.readyResolve = resolve)),
  requestSingleInstanceLock: () => true,
  on(event, listener) {
    state.appListeners.set(event, [...(state.appListeners.get(event) ?? []), listener])
    return app
  },
  emit(event, ...args) {
    for (const listener of state.appListeners.get(event) ?? []) listener(...args)
  },
  quit: record('app.quit'),
  exit: record('app.exit'),
  getPath: (name) => (name === 'userData' ? state.userData : `/nonexistent/${name}`),
  setPath: record('app.setPath'),
  commandLine: { appendSwitch: record('app.commandLine.appendSwitch') },
  getVersion: () => require(`${state.appPath}/package.json`).version,
  getAppPath: () => state.appPath
}

const session = {
  defaultSession: {
    setPermissionRequestHandler(handler) {
      state.permissionRequestHandler = handler
    },
    setPermissionCheckHandler(handler) {
      state.permissionCheckHandler = handler
    },
    setSpellCheckerEnabled: record('setSpellCheckerEnabled'),
    setSpellCheckerDictionaryDownloadURL: record('setSpellCheckerDictionaryDownloadURL')
  }
}

module.exports = {
  app,
  BrowserWindow,
  session,
  protocol: {
    registerSchemesAsPrivileged: record('protocol.registerSchemesAsPrivileged'),
    handle(scheme, handler) {
      state.protocolHandlers.set(scheme, handler)
    }
  },
  ipcMain: {
    handle(channel, handler) {
      state.ipcHandlers.set(channel, handler)
    }
  },
  screen: {
    getPrimaryDisplay: () => displays[0],
    getAllDisplays: () => displays,
    getDisplayMatching: (bounds) =>
      displays.find((d) => bounds.x >= d.bounds.x && bounds.x < d.bounds.x + d.bounds.width) ??
      displays[0]
  },
  Menu: {
    buildFromTemplate: (template) => ({ template, popup: record('menu.popup') }),
    setApplicationMenu(menu) {
      state.applicationMenu = menu
    }
  },
  powerSaveBlocker: {
    start(type) {
      const id = state.blockers.size + 1
      state.blockers.add(id)
      calls.push({ name: 'powerSaveBlocker.start', args: [type] })
      return id
    },
    stop(id) {
      state.blockers.delete(id)
      calls.push({ name: 'powerSaveBlocker.stop', args: [id] })
    },
    isStarted: (id) => state.blockers.has(id)
  },
  shell: {
    openExternal: record('shell.openExternal'),
    openPath: record('shell.openPath'),
    showItemInFolder: record('shell.showItemInFolder')
  },
  dialog: {
    showErrorBox: record('dialog.showErrorBox'),
    showMessageBox: (...args) => {
      calls.push({ name: 'dialog.showMessageBox', args })
      return Promise.resolve({ response: 0 })
    },
    showMessageBoxSync: (...args) => {
      calls.push({ name: 'dialog.showMessageBoxSync', args })
      return 1
    },
    showOpenDialogSync: record('dialog.showOpenDialogSync'),
    showSaveDialog: record('dialog.showSaveDialog')
  },
  // What the simulation reads back.
  __fake: { calls, state, displays }
}
