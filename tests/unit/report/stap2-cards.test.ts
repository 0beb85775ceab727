import { describe, expect, it } from 'vitest'
import { buildReportModel } from '../../../src/main/report/build-report'
import { defaultReportOptions } from '../../../src/shared/domain/report-options'
import { card, content } from './fixtures'
import { part } from './model-helpers'
import { fullSession } from './sample-session'
import { blockTexts } from '../../../src/main/report/blocks'

function sessionWithStap2Cards() {
  const file = fullSession()
  const cards = [
    card('stap2-gespreksvormen', 'Huisbezoeken doen we alleen in groep 1.', 'kan-beter'),
    card('stap2-gespreksagenda', 'Eerst vragen wat ouders zelf willen bespreken.', 'idee')
  ]
  return {
    ...file,
    workspace: { ...file.workspace, contributions: [...file.workspace.contributions, ...cards] }
  }
}

describe('report model: the team talks about Stap 2 on cards', () => {
  it('puts the forms cards after the forms table and the agenda cards after the agenda', () => {
    const model = buildReportModel(sessionWithStap2Cards(), content, defaultReportOptions)
    const texts = blockTexts(part(model, 'stap2').blocks)
    const at = (text: string) => texts.findIndex((t) => t.includes(text))
    expect(at('Bijdragen bij de gespreksvormen')).toBeGreaterThan(at('Gespreksvormen'))
    expect(at('Huisbezoeken doen we alleen in groep 1.')).toBeGreaterThan(
      at('Bijdragen bij de gespreksvormen')
    )
    expect(at('Huisbezoeken doen we alleen in groep 1.')).toBeLessThan(at('Gespreksagenda'))
    expect(at('Bijdragen bij de gespreksagenda')).toBeGreaterThan(at('Gespreksagenda'))
    expect(at('Eerst vragen wat ouders zelf willen bespreken.')).toBeGreaterThan(
      at('Bijdragen bij de gespreksagenda')
    )
    // Placed with their table, not again under "Algemeen".
    expect(texts).not.toContain('Algemeen')
  })
})
