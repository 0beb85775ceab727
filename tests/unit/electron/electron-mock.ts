import { vi } from 'vitest'

/**
 * A stand-in for the parts of `electron` the shell uses: Electron's binary is not available
 * where the unit tests run. Tests load it with
 * `vi.mock('electron', async () => (await import('./electron-mock')).electronMock)` and read
 * what the code under test registered from the same module.
 */

type Listener = (...args: unknown[]) => unknown

export interface FakeEvent {
  defaultPrevented: boolean
  preventDefault(): void
}

export function fakeEvent(): FakeEvent {
  return {
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true
    }
  }
}

class Emitter {
  readonly listeners = new Map<string, Listener[]>()

  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener])
    return this
  }

  once(event: string, listener: Listener): this {
    return this.on(event, listener)
  }

  /** Calls the listeners as Electron would; returns the event so a test can see preventDefault. */
  emit(event: string, ...args: unknown[]): FakeEvent {
    const e = fakeEvent()
    for (const listener of this.listeners.get(event) ?? []) listener(e, ...args)
    return e
  }
}

export type WindowOpenHandler = (details: { url: string }) => { action: string }

export class FakeWebContents extends Emitter {
  windowOpenHandler: WindowOpenHandler | undefined
  readonly replaceMisspelling = vi.fn()
  readonly session = { addWordToSpellCheckerDictionary: vi.fn() }
  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler
  }
}

export interface WindowOptions {
  webPreferences?: Record<string, unknown>
  [key: string]: unknown
}

export class FakeBrowserWindow extends Emitter {
  static readonly instances: FakeBrowserWindow[] = []
  readonly webContents = new FakeWebContents()
  loadedUrl: string | undefined
  destroyed = false
  fullScreen = false
  minimized = false
  bounds: Rectangle
  readonly focus = vi.fn()
  readonly show = vi.fn()
  readonly restore = vi.fn(() => {
    this.minimized = false
  })
  readonly setBounds = vi.fn((bounds: Rectangle) => {
    this.bounds = bounds
  })
  readonly setFullScreen = vi.fn((on: boolean) => {
    this.fullScreen = on
  })

  constructor(readonly options: WindowOptions) {
    super()
    const { x = 0, y = 0, width = 800, height = 600 } = options as Partial<Rectangle>
    this.bounds = { x, y, width, height }
    FakeBrowserWindow.instances.push(this)
  }

  getBounds(): Rectangle {
    return this.bounds
  }

  isFullScreen(): boolean {
    return this.fullScreen
  }

  isMinimized(): boolean {
    return this.minimized
  }

  /** Closing destroys the window and tells its listeners, as Electron does. */
  close(): void {
    this.destroyed = true
    this.emit('closed')
  }

  loadURL(url: string): Promise<void> {
    this.loadedUrl = url
    return Promise.resolve()
  }

  isDestroyed(): boolean {
    return this.destroyed
  }

  static getFocusedWindow(): FakeBrowserWindow | null {
    return null
  }
}

interface Rectangle {
  x: number
  y: number
  width: number
  height: number
}

const display = (id: number, x: number) => ({ id, bounds: { x, y: 0, width: 1920, height: 1080 } })
const displays = [display(1, 0), display(2, 1920)]

/** What Menu.buildFromTemplate was given, with a popup that can be asserted. */
export interface FakeMenu {
  template: unknown[]
  popup: ReturnType<typeof vi.fn>
}

export const electronMock = {
  BrowserWindow: FakeBrowserWindow,
  shell: {
    openExternal: vi.fn(() => Promise.resolve()),
    openPath: vi.fn(() => Promise.resolve('')),
    showItemInFolder: vi.fn()
  },
  session: {
    defaultSession: {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setSpellCheckerEnabled: vi.fn(),
      setSpellCheckerDictionaryDownloadURL: vi.fn()
    }
  },
  screen: {
    getPrimaryDisplay: () => displays[0],
    getAllDisplays: () => displays,
    /** The display holding most of `bounds`: here, the one its left edge is on. */
    getDisplayMatching: (bounds: Rectangle) =>
      displays.find((d) => bounds.x >= d.bounds.x && bounds.x < d.bounds.x + d.bounds.width) ??
      displays[0]
  },
  Menu: {
    buildFromTemplate: vi.fn((template: unknown[]): FakeMenu => ({ template, popup: vi.fn() })),
    setApplicationMenu: vi.fn()
  },
  powerSaveBlocker: {
    start: vi.fn(() => 7),
    stop: vi.fn(),
    isStarted: vi.fn(() => true)
  },
  ipcMain: { handle: vi.fn() },
  protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn(() => Promise.resolve({ ok: true, data: null })) },
  dialog: {
    showErrorBox: vi.fn(),
    showSaveDialog: vi.fn(),
    showMessageBox: vi.fn(() => Promise.resolve({ response: 0 })),
    showMessageBoxSync: vi.fn(() => 1),
    showOpenDialogSync: vi.fn(() => undefined)
  },
  app: {
    isPackaged: true,
    whenReady: vi.fn(() => Promise.resolve()),
    requestSingleInstanceLock: vi.fn(() => true),
    on: vi.fn(),
    quit: vi.fn(),
    exit: vi.fn(),
    getPath: vi.fn(() => '/tmp/samenspel-electron-test'),
    setPath: vi.fn(),
    commandLine: { appendSwitch: vi.fn() },
    getVersion: () => '0.0.0-test',
    getAppPath: () => '/tmp/samenspel-app'
  }
}

/** The last handler the code registered with a mocked function, typed for the test. */
export function lastHandler<T>(mock: { mock: { calls: unknown[][] } }, argument = 0): T {
  const call = mock.mock.calls.at(-1)
  if (!call) throw new Error('nothing was registered')
  return call[argument] as T
}
