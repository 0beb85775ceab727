import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { shortcutTable } from '../../../src/renderer/src/features/shortcuts/shortcut-table'
import { audienceMessages } from '../../../src/renderer/src/i18n/messages/audience'

const readme = readFileSync(join(__dirname, '..', '..', '..', 'README.md'), 'utf8')

/** The README's shortcut table as [keys, description] rows. */
function readmeRows(): [string, string][] {
  const table = readme.split('| key ')[1] ?? ''
  const lines = table.split('\n').slice(2)
  const end = lines.findIndex((line) => !line.startsWith('|'))
  return lines.slice(0, end).map((line) => {
    const cells = line.split('|').map((cell) => cell.trim())
    return [cells[1] ?? '', cells[2] ?? '']
  })
}

it("the README's shortcut table is the one the ? overlay shows, row for row", () => {
  expect(readmeRows()).toEqual(shortcutTable.map((row) => [row.keys, row.readme]))
})

it('every shortcut has a description in Dutch and in English for the overlay', () => {
  for (const row of shortcutTable) {
    const key = `shortcut.${row.id}` as keyof typeof audienceMessages.nl
    expect(audienceMessages.nl[key], row.id).toBeTruthy()
    expect(audienceMessages.en[key], row.id).toBeTruthy()
  }
})
