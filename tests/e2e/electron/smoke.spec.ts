import { _electron as electron, expect, test } from '@playwright/test'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { makeTempDir } from '../../helpers/temp-dir'

/**
 * The binary Electron's npm package would run, or null where it was never downloaded.
 * Read from its path.txt rather than require('electron'), which would try to download it.
 */
function electronBinary(): string | null {
  const packageDir = dirname(require.resolve('electron/package.json'))
  const pathFile = join(packageDir, 'path.txt')
  if (!existsSync(pathFile)) return null
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(packageDir, 'dist')
  const binary = join(distDir, readFileSync(pathFile, 'utf8'))
  return existsSync(binary) ? binary : null
}

const binary = electronBinary()

test('the desktop app opens its window on the start screen', async () => {
  test.skip(
    binary === null,
    "Electron's binary is not installed on this machine (it cannot be downloaded here); " +
      'the same renderer and services are covered through the browser host.'
  )
  const dataDir = makeTempDir('samenspel-electron-')
  const profileDir = makeTempDir('samenspel-electron-profile-')
  // Its own profile too, not only its own database: the user's cookies, cache and
  // single-instance lock live in Electron's userData, and a running Samenspel would otherwise
  // take this launch for a second start and quit it.
  const app = await electron.launch({
    executablePath: binary!,
    args: [join(__dirname, '..', '..', '..')],
    env: {
      ...process.env,
      SAMENSPEL_DATA_DIR: dataDir.path,
      SAMENSPEL_USER_DATA_DIR: profileDir.path
    }
  })
  try {
    const page = await app.firstWindow()
    await expect(page.getByRole('heading', { name: 'Sessies' })).toBeVisible()
    const url = await app.evaluate(({ BrowserWindow }) =>
      BrowserWindow.getAllWindows()[0]!.webContents.getURL()
    )
    expect(url).toBe('app://samenspel/')
    const exposed = await page.evaluate(() => ({
      api: typeof window.api,
      require: typeof (window as { require?: unknown }).require,
      process: typeof (window as { process?: unknown }).process
    }))
    expect(exposed).toEqual({ api: 'object', require: 'undefined', process: 'undefined' })
    const userData = await app.evaluate(({ app: electronApp }) => electronApp.getPath('userData'))
    expect(userData).toBe(profileDir.path)
  } finally {
    await app.close()
    dataDir.remove()
    profileDir.remove()
  }
})
