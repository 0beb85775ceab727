import { defineConfig } from '@playwright/test'

const executablePath = process.env.SAMENSPEL_CHROMIUM || '/usr/bin/chromium'

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  fullyParallel: false,
  workers: process.env.CI ? 2 : 2,
  reporter: [['list'], ['./tests/e2e/support/skip-reporter.ts']],
  forbidOnly: !!process.env.CI,
  use: {
    browserName: 'chromium',
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    trace: 'retain-on-failure',
    launchOptions: { executablePath }
  },
  projects: [
    { name: 'web', testDir: 'tests/e2e/web' },
    { name: 'electron', testDir: 'tests/e2e/electron' }
  ]
})
