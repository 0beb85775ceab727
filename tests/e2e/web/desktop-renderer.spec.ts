import { expect, test } from '../support/fixtures'
import { addSchoolAndTeam } from '../support/school'

/**
 * The renderer as the desktop app runs it: a preload-like `window.api` (here forwarding to the
 * browser host's HTTP API) makes the renderer take its desktop paths. Electron's binary is not
 * available here; the shell's side is covered by the unit tests and the simulated packaged start.
 */
test('in the desktop app, joining explains the firewall and the projector can be closed', async ({
  page,
  host
}) => {
  await page.addInitScript(() => {
    const token = /token=([A-Za-z0-9_-]+)/.exec(location.hash)?.[1] ?? ''
    const calls: string[] = []
    Object.assign(window, { desktopCalls: calls })
    const api = new Proxy(
      {},
      {
        get: (_target, method: string) => async (input: unknown) => {
          calls.push(method)
          // The desktop app answers these itself; the browser host would say "not here".
          if (method === 'projector.open') return { ok: true, data: { opened: true } }
          if (method === 'projector.close') return { ok: true, data: { closed: true } }
          const response = await fetch(`/api/${method}`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
            body: JSON.stringify(input ?? {})
          })
          return response.json()
        }
      }
    )
    Object.defineProperty(window, 'api', { value: api })
  })
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.goto(host.url)
  await page.getByLabel('Titel').fill('Desktop-sessie')
  await addSchoolAndTeam(page, 'De Linde', 'Hele team')
  await page.getByRole('button', { name: 'Sessie aanmaken' }).click()

  await page.getByRole('button', { name: 'Projectorvenster', exact: true }).click()
  await page.getByRole('button', { name: 'Projectorvenster sluiten' }).click()
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { desktopCalls: string[] }).desktopCalls))
    .toEqual(expect.arrayContaining(['projector.open', 'projector.close']))

  await page.getByRole('button', { name: 'Deelnemers', exact: true }).click()
  const panel = page.getByRole('complementary', { name: 'Meedoen vanaf eigen telefoon' })
  await expect(panel.getByText('Vraagt de computer of Samenspel')).toHaveCount(0)
  await panel.getByLabel('Netwerk').selectOption('127.0.0.1')
  await panel.getByRole('button', { name: 'Zet meedoen aan' }).click()
  const note = panel.getByRole('region', {
    name: 'Vraagt de computer of Samenspel het netwerk mag gebruiken?'
  })
  await expect(note).toBeVisible()
  await note.getByText('Komt geen enkele telefoon binnen?').click()
  await expect(
    note.getByText(/Veel schoolnetwerken laten apparaten elkaar niet zien/)
  ).toBeVisible()
  await panel.screenshot({ path: test.info().outputPath('joining-panel-desktop.png') })
})
