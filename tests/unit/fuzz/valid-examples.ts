import { randomUUID } from 'node:crypto'
import type { ApiInput, ApiOutput } from '../../../src/shared/api/contract'
import type { ApiMethodName } from '../../../src/shared/api/methods'
import { emptyActionFields } from '../../../src/shared/domain/action-plan'
import { defaultReportOptions } from '../../../src/shared/domain/report-options'
import { generatedBoard } from '../../helpers/board-files'
import { call, sampleDetails, testContent, type TestCore } from '../../helpers/test-core'

export type ValidExamples = { [M in ApiMethodName]?: ApiInput<M> }

/** The example session's ids: the demo session plus an action, a quickscan and a respondent. */
async function fixtureSession(core: TestCore) {
  const session = await call<ApiOutput<'session.createDemo'>>(core, 'session.createDemo', {})
  const sessionId = session.id
  const workspace = await call<ApiOutput<'workspace.get'>>(core, 'workspace.get', { sessionId })
  const [first] = workspace.contributions
  if (!first || !session.participants[0]) throw new Error('the demo session has no cards or team')
  const cards = workspace.contributions.filter((card) => card.screenId === first.screenId)
  const actionId = randomUUID()
  await call(core, 'action.add', { sessionId, id: actionId, fields: emptyActionFields('Koffie') })
  await call(core, 'quickscan.create', { sessionId })
  const respondentId = randomUUID()
  await call(core, 'quickscan.addRespondent', { sessionId, id: respondentId, mode: 'laptop' })
  return {
    sessionId,
    participantId: session.participants[0].id,
    screenId: first.screenId,
    cardIds: cards.map((card) => card.id),
    position: workspace.position,
    focus: workspace.focus,
    actionId,
    respondentId
  }
}

/**
 * One valid input per method, against a session the fuzz test created, so mutants start from
 * ids and content ids that exist. A method missing here is fuzzed from an example built from
 * its schema (`exampleFromSchema`); add it here when that is not good enough.
 */
export async function buildValidExamples(core: TestCore): Promise<ValidExamples> {
  const f = await fixtureSession(core)
  const content = testContent()
  const [, stap2, stap3] = content.kwaliteitskaart.steps
  const first = <T>(items: readonly T[]): T => {
    if (items[0] === undefined) throw new Error('the content pack has an empty list')
    return items[0]
  }
  const { sessionId } = f
  const cardId = first(f.cardIds)
  const clusterId = first(content.quickscan.clusters).id
  const text = { note: 'Met de ouderraad', notes: 'Na de kerst' }
  return {
    'app.info': {},
    'content.get': {},
    'session.list': {},
    'session.get': { id: sessionId },
    'session.create': sampleDetails,
    'session.createDemo': {},
    'session.update': { id: sessionId, patch: { title: 'Nieuwe titel', date: '2026-12-01' } },
    'session.delete': { id: sessionId },
    'participant.add': { sessionId, name: 'Cor', role: 'mentor' },
    'participant.update': { id: f.participantId, patch: { name: 'Anna B.', role: 'ib' } },
    'participant.remove': { id: f.participantId },
    'participant.credits': { id: f.participantId },
    'workspace.get': { sessionId },
    'session.setPosition': { sessionId, screenId: f.position },
    'session.setFocus': { sessionId, questionIds: f.focus },
    'contribution.add': {
      sessionId,
      id: randomUUID(),
      screenId: f.screenId,
      text: 'Ouders komen graag op de koffieochtend',
      tag: 'gaat-goed',
      participantId: f.participantId
    },
    'contribution.update': {
      id: cardId,
      patch: {
        text: 'Aangepast',
        tag: 'kan-beter',
        participantId: f.participantId,
        carryToPlan: true,
        hidden: false,
        held: false
      }
    },
    'contribution.delete': { id: cardId },
    'contribution.restore': { id: cardId },
    'contribution.reorder': { sessionId, screenId: f.screenId, ids: [...f.cardIds].reverse() },
    'contribution.merge': { targetId: cardId, sourceId: f.cardIds[1] ?? cardId },
    'note.set': { sessionId, screenId: f.screenId, text: 'Eerst de koffie' },
    'conversationForm.set': {
      sessionId,
      formId: first(stap2!.conversationForms.items).id,
      status: 'nu',
      note: text.note
    },
    'agenda.setElement': {
      sessionId,
      elementId: first(stap2!.conversationAgenda.items).id,
      included: true,
      note: text.note
    },
    'agenda.setDetails': { sessionId, forWhom: 'Groep 3', timing: 'Oktober', notes: text.notes },
    'assessment.set': {
      sessionId,
      questionId: first(stap3!.questions).id,
      rating: 3,
      notes: text.notes
    },
    'support.set': { sessionId, supportId: first(stap3!.support).id, chosen: true, note: '' },
    'projector.open': { sessionId },
    'projector.close': {},
    'action.list': { sessionId },
    'action.add': {
      sessionId,
      id: randomUUID(),
      fields: {
        ...emptyActionFields('Nieuwsbrief met mentorfoto’s'),
        why: 'Ouders kennen de mentor niet',
        screenId: f.screenId,
        factor: 3,
        aspect: first(content.successFactors.improvementProcess.aspects).id,
        ownerParticipantId: f.participantId,
        deadline: '2027-01-31',
        status: 'bezig',
        followUp: '2027-02-14'
      },
      origin: 'bijdrage',
      originRef: cardId
    },
    'action.update': {
      id: f.actionId,
      patch: { what: 'Koffieochtend', deadline: '2027-01-31', status: 'klaar' }
    },
    'action.delete': { id: f.actionId },
    'action.restore': { id: f.actionId },
    'action.reorder': { sessionId, ids: [f.actionId] },
    'review.list': { sessionId },
    'review.set': { sessionId, actionId: f.actionId, outcome: 'loopt-door' },
    'session.setNextMeeting': { sessionId, date: '2027-02-14', note: 'Evaluatie' },
    'session.getNextMeeting': { sessionId },
    'quickscan.get': { sessionId },
    'quickscan.create': { sessionId },
    'quickscan.addRespondent': {
      sessionId,
      id: randomUUID(),
      name: 'Collega',
      role: 'leerkracht',
      mode: 'papier'
    },
    'quickscan.updateRespondent': {
      id: f.respondentId,
      patch: { name: 'Collega 2', role: '', completed: true }
    },
    'quickscan.removeRespondent': { id: f.respondentId },
    'quickscan.restoreRespondent': { id: f.respondentId },
    'quickscan.answer': {
      respondentId: f.respondentId,
      questionId: first(content.quickscan.questions).id,
      answer: '+/-'
    },
    'quickscan.grade': { respondentId: f.respondentId, clusterId, grade: 7 },
    'quickscan.setRevealed': { sessionId, revealed: true },
    'quickscan.setPriority': {
      sessionId,
      clusterId,
      priority: 'Hoog',
      support: 'Breed',
      firstStep: 'Plannen'
    },
    'quickscan.previous': { sessionId },
    'report.build': { sessionId, options: defaultReportOptions },
    'session.export': { sessionId },
    'session.import': { content: '{"format":"samenspel-sessie","version":1}' },
    'session.importCheck': { content: '{"format":"samenspel-sessie","version":1}' },
    'report.choices': { sessionId },
    'report.setAttributions': { sessionId, attributions: true },
    'file.save': {
      fileName: 'Actieplan De Regenboog 2026-11-22.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      contentBase64: 'UEsDBA==',
      title: 'Rapport opslaan'
    },
    'joining.interfaces': {},
    'joining.start': {
      sessionId,
      address: '127.0.0.1',
      requireNames: true,
      moderation: false,
      openScreenIds: [f.screenId],
      quickscanOpen: true
    },
    'joining.status': { sessionId },
    'joining.update': { sessionId, paused: true, moderation: true, openScreenIds: [] },
    'joining.stop': { sessionId },
    'joining.newCode': { sessionId },
    'joining.removeDevice': { sessionId, deviceId: randomUUID() },
    'session.waitForChange': { sessionId, version: 3, timeoutMs: 1_000 },
    'backup.list': {},
    'backup.create': {},
    'backup.restore': { fileName: 'samenspel-2026-11-22-0900.db' },
    // A sealed board file, as the export makes it: a schema-built one has no valid seal.
    'board.report': {
      files: [
        {
          fileName: 'school-01.samenspel-bestuur.json',
          file: generatedBoard(testContent().quickscan, 1)[0]!
        }
      ]
    },
    'session.close': { sessionId },
    'app.startupProblem': {},
    'vote.list': { sessionId },
    'vote.start': {
      sessionId,
      id: randomUUID(),
      title: 'Wat pakken we eerst op?',
      dotsPerPerson: 3,
      options: f.cardIds.slice(0, 2).map((refId) => ({ kind: 'card' as const, refId }))
    },
    'vote.setStatus': { roundId: randomUUID(), status: 'gesloten' },
    'vote.setPaper': { roundId: randomUUID(), people: 2, dots: {} },
    'vote.delete': { roundId: randomUUID() },
    'vote.toActions': { roundId: randomUUID(), choices: [{ optionId: randomUUID(), why: '' }] },
    'theme.list': { sessionId },
    'theme.create': { sessionId, id: randomUUID(), screenId: f.screenId, title: 'Avonden' },
    'theme.rename': { id: randomUUID(), title: 'Ouderavonden' },
    'theme.delete': { id: randomUUID() },
    'theme.assign': { contributionId: cardId, themeId: null }
  }
}
