import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadContent } from '../../../src/main/content/load-content'
import { buildSessionFlow } from '../../../src/shared/domain/session-flow'
import {
  audienceSlide,
  type SlideAnswers
} from '../../../src/renderer/src/features/audience/audience-slide'
import { messageModules, type MessageKey } from '../../../src/renderer/src/i18n/messages'

const content = loadContent(join(__dirname, '..', '..', '..', 'resources'))
const pack = content.kwaliteitskaart
const flow = buildSessionFlow(pack)
// The renderer's i18n module touches the DOM; the Dutch dictionary itself does not.
const nl: Record<string, string> = Object.assign({}, ...messageModules.map((m) => m.nl))
const t = (key: MessageKey, values?: Record<string, string | number>): string =>
  (nl[key] ?? key).replace(/\{(\w+)\}/g, (_, name: string) => String(values?.[name] ?? ''))
const none: SlideAnswers = {
  focus: [],
  conversationForms: [],
  agendaElements: [],
  selfAssessments: [],
  supportChoices: []
}
const session = { title: 'Teamavond', school: 'De Linde', team: 'Onderbouw' }
const screen = (id: string) => {
  const found = flow.find((s) => s.id === id)
  if (!found) throw new Error(id)
  return found
}

describe('what the room reads on each screen', () => {
  it('shows every screen of the flow as text with a title, never empty', () => {
    for (const s of flow) {
      const slide = audienceSlide({ screen: s, pack, answers: none, session, t })
      expect(slide.title, s.id).not.toBe('')
      expect(slide.cardsScreenId, s.id).toBe(s.cards ? s.id : null)
    }
  })

  it('puts the question and its number on a question screen', () => {
    const slide = audienceSlide({
      screen: screen('stap1-vraag-2'),
      pack,
      answers: none,
      session,
      t
    })
    expect(slide.eyebrow).toBe('Stap 1 · Vraag 2 van 10')
    expect(slide.title).toBe(pack.steps[0].questions[1]?.text)
  })

  it("shows the team's own choices, not the options it did not choose", () => {
    const [first, second] = pack.steps[2].support
    const answers: SlideAnswers = {
      ...none,
      supportChoices: [
        { supportId: first?.id ?? '', chosen: true, note: 'privé notitie' },
        { supportId: second?.id ?? '', chosen: false, note: '' }
      ]
    }
    const slide = audienceSlide({ screen: screen('stap3-steun'), pack, answers, session, t })
    expect(slide.points).toEqual([{ text: expect.any(String) as string, lang: 'nl' }])
    expect(slide.points.map((p) => p.text).join(' ')).not.toContain('privé notitie')
  })

  it('shows the self-assessment in words on a Stap 3 question', () => {
    const id = pack.steps[2].questions[0]?.id ?? ''
    const answers = { ...none, selfAssessments: [{ questionId: id, rating: 4, notes: 'intern' }] }
    const slide = audienceSlide({ screen: screen(id), pack, answers, session, t })
    // The team's rating is the app's own words; the question is the Kwaliteitskaart's Dutch.
    expect(slide.points).toEqual([{ text: 'Zelfevaluatie van het team: 4 (goed)' }])
    expect(slide.titleLang).toBe('nl')
  })

  it("marks the Kwaliteitskaart's texts Dutch and keeps the app's own words and the team's unmarked", () => {
    const form = pack.steps[1].conversationForms.items[0]
    const answers: SlideAnswers = {
      ...none,
      conversationForms: [{ formId: form?.id ?? '', status: 'nu', note: '' }]
    }
    const forms = audienceSlide({
      screen: screen('stap2-gespreksvormen'),
      pack,
      answers,
      session,
      t
    })
    expect(forms.titleLang).toBe('nl')
    expect(forms.points).toEqual([
      { text: form?.text, lang: 'nl', note: expect.any(String) as string }
    ])
    const start = audienceSlide({ screen: flow[0]!, pack, answers: none, session, t })
    expect(start.titleLang).toBeUndefined()
    expect(start.points).toEqual([{ text: 'De Linde · Onderbouw' }])
    const wrapUp = audienceSlide({ screen: flow.at(-1)!, pack, answers: none, session, t })
    expect(wrapUp.titleLang).toBeUndefined()
  })
})
