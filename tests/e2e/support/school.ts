import { expect, type Page } from '@playwright/test'

const sectorLabel = {
  PO: 'primair onderwijs (PO)',
  VO: 'voortgezet onderwijs (VO)',
  MBO: 'middelbaar beroepsonderwijs (MBO)',
  SO: 'speciaal onderwijs (SO)'
} as const

/** Adds a school and its first team on the spot in the new-session form. */
export async function addSchoolAndTeam(
  page: Page,
  school: string,
  team: string,
  sector?: 'PO' | 'VO' | 'MBO' | 'SO'
): Promise<void> {
  await page
    .getByRole('combobox', { name: 'School', exact: true })
    .selectOption({ label: '+ Nieuwe school…' })
  await page.getByLabel('Naam van de school').fill(school)
  if (sector) {
    await page
      .getByRole('combobox', { name: 'Sector', exact: true })
      .selectOption({ label: sectorLabel[sector] })
  }
  await page.getByRole('button', { name: 'School toevoegen' }).click()
  await page.getByLabel('Naam van het team').fill(team)
  await page.getByRole('button', { name: 'Team toevoegen' }).click()
  // The team is chosen once it is stored and listed: until then the picker shows its "new team"
  // option, which is not empty either, and a session created then has no team.
  await expect(
    page.getByRole('combobox', { name: 'Team', exact: true }).locator('option:checked')
  ).toHaveText(team)
}
