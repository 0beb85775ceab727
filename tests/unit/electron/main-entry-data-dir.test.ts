import { describe, expect, it, vi } from 'vitest'
import { describeStartFailure } from '../../../src/main/start-failure'
import { electronMock, FakeBrowserWindow } from './electron-mock'

vi.mock('electron', async () => (await import('./electron-mock')).electronMock)
// The user's data folder refuses writes; the folder chosen in the dialog works.
const opened: string[] = []
vi.mock('../../../src/main/core', () => ({
  openAppCore: (options: { dataDir: string }) => {
    if (options.dataDir === '/tmp/samenspel-electron-test') {
      throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' })
    }
    opened.push(options.dataDir)
    return {
      dispatch: async () => ({ ok: true, data: null }),
      close() {},
      startupProblem: null,
      contentProblems: [],
      contentSources: null
    }
  }
}))

electronMock.dialog.showMessageBoxSync.mockImplementation(() => 0)
electronMock.dialog.showOpenDialogSync.mockImplementation(() => ['/tmp/andere-map'] as never)
await import('../../../src/main/electron/index')
await vi.waitFor(() => expect(FakeBrowserWindow.instances).toHaveLength(1))
const [dialogOptions] = electronMock.dialog.showMessageBoxSync.mock.calls[0] as unknown as [
  { detail: string; buttons: string[] }
]

describe('a data folder the app may not write in', () => {
  it('is explained in Dutch, and another folder can be chosen so the app still starts', () => {
    expect(dialogOptions.detail).toContain('Samenspel mag niet schrijven in zijn gegevensmap')
    expect(dialogOptions.detail).toContain('Er is niets gewijzigd')
    expect(dialogOptions.buttons).toEqual(['Andere map kiezen…', 'Afsluiten'])
    expect(opened).toEqual(['/tmp/andere-map'])
    expect(electronMock.app.exit).not.toHaveBeenCalled()
  })
})

describe('the start-failure text', () => {
  it('names the folder and what to do for each file-system problem', () => {
    const error = (code: string) => Object.assign(new Error(code), { code })
    expect(describeStartFailure(error('ENOSPC'), '/data')).toMatch(/schijf .* is vol:\n\/data/)
    expect(describeStartFailure(error('ENOTDIR'), '/data')).toMatch(/geen map/)
    expect(describeStartFailure(error('SQLITE_READONLY'), '/data')).toMatch(/niet schrijven/)
    // Anything else already carries its own (Dutch) message.
    const pack = new Error('Inhoudspakket quickscan.json is ongeldig: …')
    expect(describeStartFailure(pack, '/data')).toBe(
      'Inhoudspakket quickscan.json is ongeldig: …\n\nGegevensmap: /data'
    )
  })
})
