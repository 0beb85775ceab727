import { randomUUID } from 'node:crypto'
import type { Page } from '@playwright/test'
import { callApi } from './api'

const phrases = [
  'Ouders weten niet altijd wat we in de klas doen',
  'Korte lijnen met de ouderraad werken goed, vooral bij de start van het schooljaar',
  'Meer informele momenten bij het hek',
  'We spreken ouders vaak pas aan als er iets mis is, en dat voelt voor hen als een oordeel over hun kind in plaats van een gesprek tussen twee partijen die hetzelfde willen',
  'Startgesprekken in week 3',
  'Nieuwsbrief korter maken'
]

/** A demo session with 2, 14 and 60 cards on Stap 1's first three questions. */
export async function sessionWithCards(
  page: Page
): Promise<{ id: string; screens: [string, number][] }> {
  const session = await callApi<{ id: string }>(page, 'session.createDemo', {})
  const screens: [string, number][] = [
    ['stap1-vraag-1', 2],
    ['stap1-vraag-2', 14],
    ['stap1-vraag-3', 60]
  ]
  const tags = [null, 'gaat-goed', 'kan-beter', 'idee'] as const
  for (const [screenId, count] of screens) {
    for (let i = 0; i < count; i++) {
      await callApi(page, 'contribution.add', {
        sessionId: session.id,
        id: randomUUID(),
        screenId,
        text: `${i + 1}. ${phrases[i % phrases.length]}`,
        tag: tags[i % tags.length],
        participantId: null
      })
    }
  }
  return { id: session.id, screens }
}

/** A quickscan with three respondents who answered everything, revealed to the team. */
export async function revealedQuickscan(page: Page, sessionId: string): Promise<void> {
  await callApi(page, 'quickscan.create', { sessionId })
  const content = await callApi<{ quickscan: { questions: { id: string }[] } }>(
    page,
    'content.get',
    {}
  )
  const answers = ['++', '+', '+/-', '-', '--', '?']
  for (let r = 0; r < 3; r++) {
    const respondent = await callApi<{ id: string }>(page, 'quickscan.addRespondent', {
      sessionId,
      id: randomUUID(),
      name: '',
      role: '',
      mode: 'laptop'
    })
    for (const [index, question] of content.quickscan.questions.entries()) {
      await callApi(page, 'quickscan.answer', {
        respondentId: respondent.id,
        questionId: question.id,
        answer: answers[(index + r) % answers.length]
      })
    }
  }
  await callApi(page, 'quickscan.setRevealed', { sessionId, revealed: true })
}
