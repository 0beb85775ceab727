import { homedir } from 'node:os'
import { join } from 'node:path'

/**
 * The same directory Electron uses as userData for "Samenspel", so the desktop app and the
 * browser host find the same database on one machine.
 */
export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir()
): string {
  if (platform === 'win32')
    return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Samenspel')
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'Samenspel')
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), 'Samenspel')
}
