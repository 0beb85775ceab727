import { describe, expect, it } from 'vitest'
import { CliUsageError, parseHostArgs } from '../../../src/main/host/cli-args'
import { defaultDataDir } from '../../../src/main/host/data-dir'

describe('browser host arguments', () => {
  it('takes --port, --data-dir and --no-open', () => {
    expect(parseHostArgs(['--port', '0', '--data-dir', '/tmp/x', '--no-open'])).toEqual({
      port: 0,
      dataDir: '/tmp/x',
      open: false
    })
  })

  it('defaults to a fixed port, the per-user data directory and opening a browser', () => {
    expect(parseHostArgs([])).toEqual({ port: 5874, dataDir: defaultDataDir(), open: true })
  })

  it('explains a bad port or an unknown option in Dutch', () => {
    expect(() => parseHostArgs(['--port', 'abc'])).toThrow(/Ongeldige poort/)
    expect(() => parseHostArgs(['--colour'])).toThrow(CliUsageError)
  })
})

describe('default data directory', () => {
  it('is the directory Electron uses as userData for Samenspel', () => {
    expect(defaultDataDir({}, 'linux', '/home/jan')).toBe('/home/jan/.config/Samenspel')
    expect(defaultDataDir({ XDG_CONFIG_HOME: '/cfg' }, 'linux', '/home/jan')).toBe('/cfg/Samenspel')
    expect(defaultDataDir({}, 'darwin', '/Users/jan')).toBe(
      '/Users/jan/Library/Application Support/Samenspel'
    )
    expect(defaultDataDir({ APPDATA: 'C:\\AppData' }, 'win32', 'C:\\Users\\jan')).toMatch(
      /Samenspel$/
    )
  })
})
