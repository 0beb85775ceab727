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
  readonly focus = vi.fn()
  readonly show = vi.fn()

  constructor(readonly options: WindowOptions) {
    super()
    FakeBrowserWindow.instances.push(this)
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

const display = (id: number, x: number) => ({ id, bounds: { x, y: 0, width: 1920, height: 1080 } })

export const electronMock = {
  BrowserWindow: FakeBrowserWindow,
  shell: { openExternal: vi.fn(() => Promise.resolve()) },
  session: {
    defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() }
  },
  screen: {
    getPrimaryDisplay: () => display(1, 0),
    getAllDisplays: () => [display(1, 0), display(2, 1920)]
  },
  ipcMain: { handle: vi.fn() },
  protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn(() => Promise.resolve({ ok: true, data: null })) },
  dialog: { showErrorBox: vi.fn(), showSaveDialog: vi.fn() },
  app: {
    isPackaged: true,
    whenReady: vi.fn(() => Promise.resolve()),
    requestSingleInstanceLock: vi.fn(() => true),
    on: vi.fn(),
    quit: vi.fn(),
    exit: vi.fn(),
    getPath: vi.fn(() => '/tmp/samenspel-electron-test'),
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
