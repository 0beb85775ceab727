import { expect, type Locator, type Page } from '@playwright/test'

/**
 * Presses Tab (or Shift+Tab) until `target` has focus, as a keyboard user would; fails if it
 * is not reachable within `limit` presses.
 */
export async function tabTo(
  page: Page,
  target: Locator,
  options: { back?: boolean; limit?: number } = {}
) {
  const key = options.back ? 'Shift+Tab' : 'Tab'
  for (let i = 0; i < (options.limit ?? 80); i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return
    await page.keyboard.press(key)
  }
  await expect(target, 'reachable by keyboard').toBeFocused()
}
