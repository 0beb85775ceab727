import { describe, expect, it } from 'vitest'
import { buildReportModel } from '../../../src/main/report/build-report'
import { defaultReportOptions } from '../../../src/shared/domain/report-options'
import { card, content } from './fixtures'
import { textsAfterCover } from './model-helpers'
import { fullSession } from './sample-session'

function sessionWithParticipantCards() {
  const file = fullSession()
  const fromDevice = { origin: 'deelnemer' as const, deviceName: 'Sanne' }
  const cards = [
    { ...card('stap1-vraag-1', 'Goedgekeurd kaartje van een telefoon.'), ...fromDevice },
    { ...card('stap1-vraag-1', 'Wacht nog op goedkeuring.'), ...fromDevice, held: true },
    { ...card('stap1-vraag-2', 'Door de gespreksleider verborgen.'), hidden: true },
    { ...card('afronding', 'Verborgen afspraak.'), ...fromDevice, hidden: true }
  ]
  return {
    ...file,
    workspace: { ...file.workspace, contributions: [...file.workspace.contributions, ...cards] }
  }
}

describe('report model: cards participants sent', () => {
  it('shows approved participant cards but leaves held and hidden cards out', () => {
    const model = buildReportModel(sessionWithParticipantCards(), content, defaultReportOptions)
    const text = textsAfterCover(model).join('\n')
    expect(text).toContain('Goedgekeurd kaartje van een telefoon.')
    expect(text).not.toContain('Wacht nog op goedkeuring.')
    expect(text).not.toContain('Door de gespreksleider verborgen.')
    expect(text).not.toContain('Verborgen afspraak.')
  })
})
