import { randomUUID } from 'node:crypto'
import { emptyActionFields, type Action } from '../../../src/shared/domain/action-plan'
import type { Session } from '../../../src/shared/domain/session'
import type { Contribution, Workspace } from '../../../src/shared/domain/workspace'
import { call, type TestCore } from '../../helpers/test-core'

async function addAction(core: TestCore, sessionId: string, what: string, extra: object = {}) {
  const { origin, originRef, ...fields } = extra as Record<string, unknown>
  return call<Action>(core, 'action.add', {
    sessionId,
    id: randomUUID(),
    fields: { ...emptyActionFields(what), ...fields },
    ...(origin ? { origin, originRef } : {})
  })
}

/** The team's session before the demo, with three actions the demo reviews. */
async function earlierSession(core: TestCore, demo: Session) {
  const earlier = await call<Session>(core, 'session.create', {
    title: 'Vorige bijeenkomst',
    teamId: demo.teamId,
    carryParticipants: false,
    date: '2026-01-15',
    facilitator: 'Ineke'
  })
  const done = await addAction(core, earlier.id, 'Welkomstbord bij de ingang')
  const carried = await addAction(core, earlier.id, 'Startgesprekken plannen', { status: 'bezig' })
  const dropped = await addAction(core, earlier.id, 'Nieuwsbrief vertalen')
  return { earlier, done, carried, dropped }
}

async function plan(core: TestCore, demo: Session, workspace: Workspace) {
  const card = workspace.contributions[0] as Contribution
  const [ineke, samira] = demo.participants
  const sessionId = demo.id
  await addAction(core, sessionId, card.text, {
    origin: 'bijdrage',
    originRef: card.id,
    screenId: card.screenId,
    ownerParticipantId: ineke?.id ?? null
  })
  await addAction(core, sessionId, 'Training gespreksvaardigheden', {
    origin: 'ondersteuning',
    originRef: 'steun-training',
    deadline: '2027-03-01',
    aspect: 'positieve-attitude'
  })
  const priority = await addAction(core, sessionId, 'Meer contact met alle ouders', {
    origin: 'prioriteit',
    originRef: 'relatie',
    screenId: 'qs-05',
    factor: 5,
    ownerText: 'Bovenbouw',
    firstStep: 'Bellen',
    support: 'Teamvergadering',
    successIndicator: 'Alle ouders gesproken',
    status: 'bezig',
    followUp: '2027-01-10'
  })
  const gone = await addAction(core, sessionId, 'Weggegooid', { ownerParticipantId: samira?.id })
  await call(core, 'action.delete', { id: gone.id })
  const ids = (await call<Action[]>(core, 'action.list', { sessionId })).map((a) => a.id)
  await call(core, 'action.reorder', {
    sessionId,
    ids: [priority.id, ...ids.filter((id) => id !== priority.id)]
  })
}

async function quickscan(core: TestCore, sessionId: string) {
  await call(core, 'quickscan.create', { sessionId })
  const answers = ['++', '+', '+/-', '?']
  for (const [i, name] of ['Ineke', '', 'Daan'].entries()) {
    const id = randomUUID()
    const mode = ['laptop', 'papier', 'apparaat'][i]
    await call(core, 'quickscan.addRespondent', { sessionId, id, name, role: 'team', mode })
    for (const [q, answer] of answers.entries()) {
      const questionId = `qs-0${q + 1 + i}`
      await call(core, 'quickscan.answer', { respondentId: id, questionId, answer })
    }
    await call(core, 'quickscan.grade', { respondentId: id, clusterId: 'relatie', grade: 6 + i })
    await call(core, 'quickscan.grade', { respondentId: id, clusterId: 'afstemming', grade: 5 })
    if (i !== 1) await call(core, 'quickscan.updateRespondent', { id, patch: { completed: true } })
  }
  await call(core, 'quickscan.setRevealed', { sessionId, revealed: true })
  await call(core, 'quickscan.setPriority', {
    sessionId,
    clusterId: 'relatie',
    priority: 'Elke ouder kennen',
    support: 'Team is enthousiast',
    firstStep: 'Kennismakingsgesprekken'
  })
  await call(core, 'contribution.add', {
    sessionId,
    id: randomUUID(),
    screenId: 'qs-03',
    text: 'Hier zijn we het niet over eens',
    tag: 'kan-beter'
  })
}

/**
 * The demo session plus everything added since: an action plan made from cards, support and a
 * quickscan priority, the review of the previous session's actions, a quickscan, a vote round on
 * its items (beside the example's themes and round), a next meeting.
 */
export async function richSession(core: TestCore) {
  const demo = await call<Session>(core, 'session.createDemo', {})
  const previous = await earlierSession(core, demo)
  const workspace = await call<Workspace>(core, 'workspace.get', { sessionId: demo.id })
  await plan(core, demo, workspace)
  const review = (actionId: string, outcome: string, note = '') =>
    call(core, 'review.set', { sessionId: demo.id, actionId, outcome, note })
  await review(previous.done.id, 'klaar')
  await review(previous.carried.id, 'loopt-door')
  await review(previous.dropped.id, 'vervallen', 'Ouders lezen liever de app')
  await quickscan(core, demo.id)
  // A round on quickscan items beside the example's round on themes and cards.
  const round = await call<{ id: string; options: { id: string }[] }>(core, 'vote.start', {
    sessionId: demo.id,
    id: randomUUID(),
    title: 'Welke verbeterpunten eerst?',
    dotsPerPerson: 2,
    options: [
      { kind: 'question', refId: 'qs-03' },
      { kind: 'question', refId: 'qs-05' }
    ]
  })
  await call(core, 'vote.setPaper', {
    roundId: round.id,
    people: 3,
    dots: { [round.options[0]!.id]: 4, [round.options[1]!.id]: 2 }
  })
  await call(core, 'session.setNextMeeting', {
    sessionId: demo.id,
    date: '2027-02-14',
    note: 'Terugblik: wat leverden de startgesprekken op?'
  })
  return { session: demo, previous }
}
