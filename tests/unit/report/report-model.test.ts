import { describe, expect, it } from 'vitest'
import { blockTexts } from '../../../src/main/report/blocks'
import { buildReportModel } from '../../../src/main/report/build-report'
import {
  defaultReportOptions,
  reportSections,
  type ReportOptions
} from '../../../src/shared/domain/report-options'
import { sessionFileSchema, type SessionFile } from '../../../src/shared/exchange/session-file'
import { content, emptySession, people, sampleQuickscan } from './fixtures'
import { columnTexts, part, partText, tables, textsAfterCover, under } from './model-helpers'
import { fullHistory } from './history-fixture'
import { fullSession, sampleCards } from './sample-session'

// Everything, names included: the tests below look at who said what as well.
const all: ReportOptions = { ...defaultReportOptions, attributions: true }
/** The full session comes with the meetings around it; any other file stands alone. */
const model = (file?: SessionFile, options: ReportOptions = all) => {
  const session = file ?? fullSession()
  return buildReportModel(session, content, options, file ? undefined : fullHistory(session))
}
const stap1 = content.kwaliteitskaart.steps[0]

describe('report model: sections', () => {
  it('uses fixtures that are valid session files', () => {
    expect(sessionFileSchema.safeParse(fullSession()).success).toBe(true)
    expect(sessionFileSchema.safeParse(emptySession()).success).toBe(true)
  })

  it('holds every section in the report order when all are chosen', () => {
    expect(model().parts.map((p) => p.id)).toEqual([...reportSections])
  })

  it.each(reportSections)('leaves out %s when the facilitator unticks it', (section) => {
    const sections = reportSections.filter((s) => s !== section)
    const ids = model(undefined, { ...all, sections }).parts.map((p) => p.id)
    expect(ids).not.toContain(section)
    expect(ids).toHaveLength(reportSections.length - 1)
  })

  it('has a quickscan section only when the session has a quickscan', () => {
    const ids = model({ ...fullSession(), quickscan: null }).parts.map((p) => p.id)
    expect(ids).not.toContain('quickscan')
  })

  it('puts the action plan (and the next meeting after it) on landscape pages', () => {
    const landscape = (options: ReportOptions) =>
      model(undefined, options)
        .parts.filter((p) => p.landscape)
        .map((p) => p.id)
    expect(landscape(all)).toEqual(['actieplan', 'volgende-bijeenkomst'])
    const withoutPlan = reportSections.filter((s) => s !== 'actieplan')
    expect(landscape({ ...all, sections: withoutPlan })).toEqual([])
  })

  it('writes the cover and the page header in Dutch', () => {
    const m = model()
    expect(m.cover).toMatchObject({
      title: 'Teamoverleg ouderbetrokkenheid',
      school: 'OBS De Regenboog',
      date: '22 november 2026',
      facilitator: 'Mira Dekkerman'
    })
    expect(m.cover.participants[0]).toEqual({
      name: people.annelies.name,
      role: 'leerkracht groep 3'
    })
    expect(m.headerText).toBe('OBS De Regenboog · 22 november 2026')
    const noSchool = emptySession()
    noSchool.session.school = ''
    expect(model(noSchool).headerText).toBe('22 november 2026')
  })
})

describe('report model: contributions', () => {
  it('holds every card the team made', () => {
    const text = textsAfterCover(model()).join('\n')
    for (const c of sampleCards()) expect(text).toContain(c.text)
  })

  it('groups a question’s cards as Gaat goed, Kan beter, Ideeën, Overig', () => {
    const blocks = under(part(model(), 'stap1').blocks, stap1.questions[0]!.text)
    expect(blockTexts(blocks)).toEqual([
      'Gaat goed',
      `Startgesprekken in september met elk gezin. — ${people.annelies.name}`,
      'Kan beter',
      `Nieuwsbrief komt laat aan bij ouders. — ${people.chidi.name}`,
      'Ideeën',
      'Een koffieochtend per bouw.',
      'Overig',
      `Wat bedoelen we met samenwerken? — ${people.bram.name}`
    ])
  })

  it('lists the questions of the step the team said something about, and only those', () => {
    const texts = blockTexts(part(model(), 'stap1').blocks)
    expect(texts).toContain(stap1.questions[0]!.text)
    expect(texts).toContain(stap1.questions[2]!.text)
    // Nobody added a card to the second question: a heading with nothing under it is left out.
    expect(texts).not.toContain(stap1.questions[1]!.text)
  })

  it('puts the wrap-up’s cards under Afspraken and a quickscan item’s cards with the quickscan', () => {
    const m = model()
    expect(blockTexts(under(part(m, 'actieplan').blocks, 'Afspraken')).join('\n')).toContain(
      'We evalueren het plan in de studiedag van maart.'
    )
    expect(partText(m, 'quickscan')).toContain('Hierover verschillen we echt van mening.')
    expect(partText(m, 'stap1')).not.toContain('Hierover verschillen')
  })

  it('names no participant after the cover when attributions are off, but keeps owners', () => {
    const m = model(undefined, { ...all, attributions: false })
    const text = textsAfterCover(m).join('\n')
    expect(text).not.toContain(people.annelies.name)
    expect(text).not.toContain(people.chidi.name)
    expect(text).not.toContain(`— ${people.bram.name}`)
    // Bram owns an action: the leadership still needs to know who does what.
    const plan = tables(part(m, 'actieplan').blocks)[0]!
    expect(columnTexts(plan, 3)).toContain(people.bram.name)
    expect(m.cover.participants.map((p) => p.name)).toContain(people.annelies.name)
  })

  it('never names quickscan respondents', () => {
    expect(textsAfterCover(model()).join('\n')).not.toContain('Zoutewelle')
  })
})

describe('report model: steps 2 and 3', () => {
  it('shows every conversation form with how the team uses it', () => {
    const forms = tables(part(model(), 'stap2').blocks)[0]!
    expect(forms.columns.map((c) => c.title)).toEqual([
      'Gespreksvorm',
      'Nu / gewenst / niet',
      'Toelichting'
    ])
    expect(forms.rows).toHaveLength(7)
    expect(columnTexts(forms, 1)).toEqual(['Doen we nu', '—', '—', '—', '—', 'Gewenst', 'Niet'])
  })

  it('shows the chosen agenda elements and the agenda’s details', () => {
    const text = partText(model(), 'stap2')
    const elements = content.kwaliteitskaart.steps[1].conversationAgenda.items
    expect(text).toContain(elements[0]!.text)
    expect(text).not.toContain(elements[3]!.text)
    expect(text).toContain('Voor welke ouders: Ouders van nieuwe leerlingen')
  })

  it('rates the self-assessment with its words and lists the chosen support', () => {
    const m = model()
    const ratings = columnTexts(tables(part(m, 'stap3').blocks)[0]!, 1)
    expect(ratings).toEqual(['3 – redelijk', '5 – heel goed', 'niet gescoord'])
    const support = blockTexts(under(part(m, 'stap3').blocks, 'Gekozen ondersteuning'))
    expect(support).toEqual([
      'Laat leraren lastige gesprekken samen voorbereiden.\nIntervisie per bouw.'
    ])
  })
})

describe('report model: action plan and summary', () => {
  it('lists the actions in priority order with Dutch dates and their links', () => {
    const plan = tables(part(model(), 'actieplan').blocks)[0]!
    expect(plan.columns.map((c) => c.title)).toEqual([
      '#',
      'Wat',
      'Waarom / koppeling',
      'Wie',
      'Wanneer',
      'Eerste stap',
      'Draagvlak',
      'Zo zien we dat het werkt',
      'Status',
      'Opvolging'
    ])
    expect(columnTexts(plan, 0)).toEqual(['1', '2', '3'])
    expect(columnTexts(plan, 1)).toEqual([
      'Startgesprek met elk gezin',
      'Koffieochtend per bouw organiseren',
      'Nieuwsbrief eerder versturen'
    ])
    expect(columnTexts(plan, 4)).toEqual(['30 september 2027', '15 januari 2027', ''])
    expect(columnTexts(plan, 8)).toEqual(['Bezig', 'Open', 'Klaar'])
    expect(columnTexts(plan, 2)[1]).toBe(
      [
        'Ouders kennen elkaar en ons nauwelijks.',
        `Stap 1, vraag 1: ${stap1.questions[0]!.text}`,
        'succesfactor 1: zorg dat ouders zich welkom voelen',
        'aspect: basale organisatie'
      ].join('\n')
    )
  })

  it('summarises the top actions, the cards per step and the quickscan', () => {
    const text = partText(model(), 'samenvatting')
    expect(text).toContain(
      `Startgesprek met elk gezin (wie: ${people.bram.name}, uiterlijk 30 september 2027)`
    )
    expect(text).toContain('Stap 1: 5 bijdragen')
    expect(text).toContain('Afspraken: 1 bijdrage')
    expect(text).toMatch(/8 collega’s vulden de quickscan in: het team is het eens over \d+/)
  })

  it('dates the next meeting in Dutch', () => {
    expect(partText(model(), 'volgende-bijeenkomst')).toContain('Datum: 8 maart 2027')
  })
})

describe('report model: quickscan', () => {
  it('counts respondents, warns below five, and names the divided items and blind spots', () => {
    const questions = content.quickscan.questions
    const blocks = part(model(fullSession()), 'quickscan').blocks
    const big = blockTexts(blocks).join('\n')
    expect(big).toContain('8 collega’s vulden de quickscan onafhankelijk van elkaar in.')
    expect(big).not.toContain('Let op')
    const divided = blockTexts(under(blocks, 'Hierover is het team verdeeld'))
    expect(divided[0]).toBe(`${questions[1]!.text} (4× ++ · 4× --)`)
    const blind = blockTexts(under(blocks, 'Blinde vlekken')).join('\n')
    expect(blind).toContain(`${questions[2]!.text} (6 van 8 kozen ?)`)
    const small = partText(
      { ...model({ ...fullSession(), quickscan: sampleQuickscan(3) }) },
      'quickscan'
    )
    expect(small).toContain('Let op: met minder dan 5 invullers')
  })

  it('has one answer table per factor, shaded by share, and the cluster priorities', () => {
    // Without an earlier scan: no comparison tables.
    const quickscan = tables(part(model(fullSession()), 'quickscan').blocks)
    // Cluster grades, ten factors, priorities.
    expect(quickscan).toHaveLength(1 + content.quickscan.factors.length + 1)
    const factor1 = quickscan[1]!
    expect(factor1.columns.map((c) => c.title)).toEqual(['Vraag', '++', '+', '+/-', '-', '--', '?'])
    const everyoneAgrees = factor1.rows[0]!
    expect(everyoneAgrees[1]).toEqual({ paragraphs: [[{ text: '8' }]], shade: '5B9BD5' })
    expect(everyoneAgrees[2]).toEqual({ paragraphs: [[{ text: '0' }]] })
    expect(columnTexts(quickscan.at(-1)!, 1)).toEqual(['Vroeg kennismaken met alle ouders'])
  })
})

describe('report model: an empty session', () => {
  it('still reads sensibly', () => {
    const m = model(emptySession())
    // Nothing recorded in a part: it is left out, so an empty follow-up stays short.
    expect(m.parts.map((p) => p.id)).toEqual(['samenvatting', 'actieplan'])
    const text = textsAfterCover(m).join('\n')
    expect(text).toContain('Er staan nog geen acties in het actieplan.')
    expect(text).toContain('Er zijn geen bijdragen vastgelegd.')
    expect(m.cover.participants).toEqual([])
  })
})

describe('report model: progress since earlier meetings', () => {
  it('reviews the earlier actions: what was decided, why, and who was to do it', () => {
    const review = tables(part(model(), 'terugblik').blocks)[0]!
    expect(review.columns.map((c) => c.title)).toEqual([
      'Actie',
      'Uit bijeenkomst',
      'Wie',
      'Besluit',
      'Toelichting'
    ])
    expect(
      review.rows[0]!.map((c) =>
        c.paragraphs
          .flat()
          .map((r) => r.text)
          .join('')
      )
    ).toEqual([
      'Welkomstgesprek voor nieuwe ouders',
      'Eerste bijeenkomst (10 maart 2026)',
      'Bram',
      'vervallen, over de datum',
      'Loopt al via de intake · eerder: loopt door (1 juni 2026)'
    ])
    expect(columnTexts(review, 3)).toContain('klaar')
  })

  it('shows the change since the last quickscan as tables, words and a chart with alt text', () => {
    const blocks = under(part(model(), 'quickscan').blocks, 'Verandering sinds de vorige quickscan')
    const texts = blockTexts(blocks).join('\n')
    expect(texts).toContain('Vergeleken met de quickscan van “Eerste bijeenkomst” (10 maart 2026)')
    const [grades, factors] = tables(blocks)
    expect(grades!.columns.map((c) => c.title)).toEqual(['Cluster', 'Toen', 'Nu', 'Verschil'])
    expect(factors!.rows).toHaveLength(content.quickscan.factors.length)
    const chart = blocks.find((b) => b.kind === 'image')
    expect(chart).toMatchObject({ kind: 'image', title: expect.stringContaining('toen en nu') })
    expect(chart?.kind === 'image' && chart.description).toMatch(/1\. .*: toen \d+%, nu \d+%\./)
    // Item 1 was agreed on + then and is divided now.
    const moved = blockTexts(under(blocks, 'Vragen waarbij het oordeel of het midden veranderde'))
    expect(moved.join('\n')).toContain(
      `${content.quickscan.questions[1]!.text} (oordeel toen eens, nu verdeeld`
    )
  })

  it('says why not when the earlier scan was answered on another pack version', () => {
    const session = fullSession()
    const history = fullHistory(session)
    const previous = history.previousQuickscan!
    const m = buildReportModel(session, content, all, {
      ...history,
      previousQuickscan: { ...previous, quickscan: { ...previous.quickscan, packVersion: 2 } }
    })
    const text = partText(m, 'quickscan')
    expect(text).toContain('is niet vergeleken: die is ingevuld met versie 2 van de vragenlijst')
    expect(text).not.toContain('Cijfer per cluster, toen en nu')
  })

  it('draws the quickscan result per factor as a picture that says the same in words', () => {
    const blocks = under(
      part(model(fullSession()), 'quickscan').blocks,
      'Uitkomst per succesfactor in één beeld'
    )
    const [chart] = blocks
    expect(chart?.kind).toBe('image')
    if (chart?.kind !== 'image') return
    expect([...chart.png.slice(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG')
    expect(chart.description).toMatch(/1\. [^:]+: \d+% positief, \d+% gedeeltelijk/)
  })

  it('lists the votes with their dots, ties and paper count, and the themes with their cards', () => {
    const text = partText(model(), 'stemmingen')
    expect(text).toContain('Stemronde: Wat pakken we eerst op?')
    expect(text).toContain(
      '3 deelnemers stemden met elk 3 stippen, 8 in totaal; 1 van hen op papier'
    )
    const [round] = tables(part(model(), 'stemmingen').blocks)
    expect(columnTexts(round!, 1)[0]).toBe('Ouderavonden (thema)')
    expect(text).toContain('Ouderavonden (2 bijdragen)')
  })
})
