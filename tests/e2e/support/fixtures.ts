import { test as base } from '@playwright/test'
import { makeTempDir } from '../../helpers/temp-dir'
import { startHost, type RunningHost } from './browser-host'

interface HostFixtures {
  dataDir: string
  host: RunningHost
}

/** Every test gets its own data directory and its own browser host. */
export const test = base.extend<HostFixtures>({
  // eslint-disable-next-line no-empty-pattern
  dataDir: async ({}, use) => {
    const dir = makeTempDir('samenspel-e2e-')
    await use(dir.path)
    dir.remove()
  },
  host: async ({ dataDir }, use) => {
    const host = await startHost(dataDir)
    await use(host)
    await host.stop()
  }
})

export { expect } from '@playwright/test'
