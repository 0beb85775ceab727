import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import type { Action } from '../../../src/shared/domain/action-plan'
import { tallyVotes } from '../../../src/shared/domain/vote-tally'
import type { CardTheme, VoteRound } from '../../../src/shared/domain/votes'
import {
  addCard,
  call,
  callFails,
  makeTestCore,
  rowCounts,
  sessionWithTeam,
  testContent,
  type TestCore
} from '../../helpers/test-core'

async function cardsRound(core: TestCore, sessionId: string, texts: string[]) {
  const cards = []
  for (const text of texts) cards.push(await addCard(core, sessionId, text))
  const round = await call<VoteRound>(core, 'vote.start', {
    sessionId,
    id: randomUUID(),
    title: 'Wat pakken we eerst op?',
    dotsPerPerson: 3,
    options: cards.map((card) => ({ kind: 'card', refId: card.id }))
  })
  return { cards, round }
}

describe('dot-voting rounds', () => {
  it('copies the texts of the cards voted on, so later edits do not change the result', async () => {
    const core = makeTestCore()
    const { sessionId } = await sessionWithTeam(core)
    const { cards, round } = await cardsRound(core, sessionId, ['Koffieochtend', 'Huisbezoek'])
    await call(core, 'contribution.update', { id: cards[0]!.id, patch: { text: 'Anders' } })
    const [stored] = await call<VoteRound[]>(core, 'vote.list', { sessionId })
    expect(stored?.options.map((o) => o.label)).toEqual(['Koffieochtend', 'Huisbezoek'])
    expect(round.status).toBe('open')
  })

  it('keeps one round open at a time: starting another closes the first', async () => {
    const core = makeTestCore()
    const { sessionId } = await sessionWithTeam(core)
    await cardsRound(core, sessionId, ['A', 'B'])
    const [question1, question2] = testContent().quickscan.questions
    await call(core, 'vote.start', {
      sessionId,
      id: randomUUID(),
      title: 'Welke vragen bespreken we?',
      dotsPerPerson: 2,
      options: [
        { kind: 'question', refId: question1!.id },
        { kind: 'question', refId: question2!.id }
      ]
    })
    const rounds = await call<VoteRound[]>(core, 'vote.list', { sessionId })
    expect(rounds.map((r) => r.status)).toEqual(['gesloten', 'open'])
    expect(rounds[1]?.options[0]?.label).toBe(question1!.text)
  })

  it('refuses options that are not in the session, and stores nothing then', async () => {
    const core = makeTestCore()
    const { sessionId } = await sessionWithTeam(core)
    const card = await addCard(core, sessionId, 'Echt')
    const before = rowCounts(core.db)
    const error = await callFails(core, 'vote.start', {
      sessionId,
      id: randomUUID(),
      title: 'Stemmen',
      dotsPerPerson: 3,
      options: [
        { kind: 'card', refId: card.id },
        { kind: 'card', refId: randomUUID() }
      ]
    })
    expect(error.message).toMatch(/bestaat niet/)
    expect(rowCounts(core.db)).toMatchObject({
      vote_rounds: before.vote_rounds,
      vote_options: before.vote_options
    })
  })

  it('counts people without a phone, within their dots together', async () => {
    const core = makeTestCore()
    const { sessionId } = await sessionWithTeam(core)
    const { round } = await cardsRound(core, sessionId, ['A', 'B'])
    const [a, b] = round.options.map((o) => o.id) as [string, string]
    const counted = await call<VoteRound>(core, 'vote.setPaper', {
      roundId: round.id,
      people: 2,
      dots: { [a]: 4, [b]: 2 }
    })
    expect(tallyVotes(counted).results.map((r) => r.dots)).toEqual([4, 2])
    const error = await callFails(core, 'vote.setPaper', {
      roundId: round.id,
      people: 2,
      dots: { [a]: 7 }
    })
    expect(error.message).toBe('Dat zijn 7 stippen; er zijn er 6 te verdelen.')
    expect(error).toMatchObject({
      reason: 'error.voteTooManyDots',
      params: { given: 7, allowed: 6 }
    })
    const [kept] = await call<VoteRound[]>(core, 'vote.list', { sessionId })
    expect(kept?.paper).toEqual({ people: 2, dots: { [a]: 4, [b]: 2 } })
  })

  it('turns the chosen options into actions once, linked to the card they came from', async () => {
    const core = makeTestCore()
    const { sessionId } = await sessionWithTeam(core)
    const { cards, round } = await cardsRound(core, sessionId, ['Koffieochtend', 'Huisbezoek'])
    const choices = round.options.map((o) => ({ optionId: o.id, why: 'Gekozen met stippen' }))
    const made = await call<Action[]>(core, 'vote.toActions', { roundId: round.id, choices })
    expect(made.map((a) => [a.what, a.origin, a.originRef, a.why])).toEqual([
      ['Koffieochtend', 'bijdrage', cards[0]!.id, 'Gekozen met stippen'],
      ['Huisbezoek', 'bijdrage', cards[1]!.id, 'Gekozen met stippen']
    ])
    expect(await call(core, 'vote.toActions', { roundId: round.id, choices })).toEqual([])
    expect(await call<Action[]>(core, 'action.list', { sessionId })).toHaveLength(2)
  })
})

describe('themes of cards', () => {
  it('groups cards of one question under a name and lets the team vote on the theme', async () => {
    const core = makeTestCore()
    const { sessionId } = await sessionWithTeam(core)
    const one = await addCard(core, sessionId, 'Ouderavond')
    const two = await addCard(core, sessionId, 'Informatieavond')
    const theme = await call<CardTheme>(core, 'theme.create', {
      sessionId,
      id: randomUUID(),
      screenId: 'stap1-vraag-1',
      title: 'Avonden'
    })
    await call(core, 'theme.assign', { contributionId: one.id, themeId: theme.id })
    const themes = await call<CardTheme[]>(core, 'theme.assign', {
      contributionId: two.id,
      themeId: theme.id
    })
    expect(themes[0]?.cardIds).toEqual([one.id, two.id])
    const round = await call<VoteRound>(core, 'vote.start', {
      sessionId,
      id: randomUUID(),
      title: 'Thema’s',
      dotsPerPerson: 1,
      options: [
        { kind: 'theme', refId: theme.id },
        { kind: 'card', refId: (await addCard(core, sessionId, 'Los')).id }
      ]
    })
    expect(round.options.map((o) => [o.kind, o.label])).toEqual([
      ['theme', 'Avonden'],
      ['card', 'Los']
    ])
  })

  it('keeps a card in its own question’s themes and out of them again on request', async () => {
    const core = makeTestCore()
    const { sessionId } = await sessionWithTeam(core)
    const card = await addCard(core, sessionId, 'Elders', { screenId: 'stap1-vraag-2' })
    const theme = await call<CardTheme>(core, 'theme.create', {
      sessionId,
      id: randomUUID(),
      screenId: 'stap1-vraag-1',
      title: 'Hier'
    })
    const error = await callFails(core, 'theme.assign', {
      contributionId: card.id,
      themeId: theme.id
    })
    expect(error.message).toMatch(/eigen vraag/)
    const own = await addCard(core, sessionId, 'Hier hoort het')
    await call(core, 'theme.assign', { contributionId: own.id, themeId: theme.id })
    const themes = await call<CardTheme[]>(core, 'theme.assign', {
      contributionId: own.id,
      themeId: null
    })
    expect(themes[0]?.cardIds).toEqual([])
  })
})
