import { join } from 'node:path'
import { loadContent } from '../../../src/main/content/load-content'
import type { QuickscanAnswer } from '../../../src/shared/content/quickscan'
import { emptyActionFields, type Action } from '../../../src/shared/domain/action-plan'
import type { Quickscan, QuickscanRespondent } from '../../../src/shared/domain/quickscan'
import type { Participant } from '../../../src/shared/domain/session'
import type { Contribution, ContributionTag } from '../../../src/shared/domain/workspace'
import {
  sessionFileFormat,
  sessionFileFormatVersion,
  type SessionFile
} from '../../../src/shared/exchange/session-file'

export const resourcesDir = join(__dirname, '..', '..', '..', 'resources')
export const content = loadContent(resourcesDir)

/** A valid, readable v4 UUID numbered `n`, so fixtures can refer to each other by number. */
export function uuid(n: number): string {
  return `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`
}

export const sessionId = uuid(1)
const stamp = '2026-11-22T09:00:00.000Z'

/** Names that occur nowhere in the content packs, so finding one in the report means a leak. */
export const people = {
  annelies: { id: uuid(11), name: 'Annelies Vreeswijk', role: 'leerkracht groep 3' },
  bram: { id: uuid(12), name: 'Bram Oudendijk', role: 'intern begeleider' },
  chidi: { id: uuid(13), name: 'Chidi Okonkwo', role: 'directeur' }
}

function participants(): Participant[] {
  return Object.values(people).map((p, position) => ({ ...p, sessionId, position }))
}

let cardNumber = 1000
export function card(
  screenId: string,
  text: string,
  tag: ContributionTag | null = null,
  participantId: string | null = null
): Contribution {
  const n = cardNumber++
  return {
    id: uuid(n),
    sessionId,
    screenId,
    text,
    tag,
    participantId,
    carryToPlan: false,
    position: n,
    createdAt: stamp,
    updatedAt: stamp,
    origin: 'gespreksleider',
    deviceId: null,
    deviceName: null,
    held: false,
    hidden: false,
    mergedFrom: []
  }
}

let actionNumber = 5000
export function action(what: string, position: number, fields: Partial<Action> = {}): Action {
  return {
    ...emptyActionFields(what),
    id: uuid(actionNumber++),
    sessionId,
    position,
    origin: 'vrij',
    originRef: null,
    createdAt: stamp,
    updatedAt: stamp,
    ...fields
  }
}

/** A session with nothing recorded: the report must still make sense. */
export function emptySession(): SessionFile {
  return {
    format: sessionFileFormat,
    formatVersion: sessionFileFormatVersion,
    exportedAt: stamp,
    appVersion: 'test',
    content: {
      kwaliteitskaart: { id: content.kwaliteitskaart.id, version: content.kwaliteitskaart.version },
      quickscan: { id: content.quickscan.id, version: content.quickscan.version }
    },
    session: {
      id: sessionId,
      title: 'Teamoverleg ouderbetrokkenheid',
      school: 'OBS De Regenboog',
      team: 'Onderbouw',
      date: '2026-11-22',
      facilitator: 'Mira Dekkerman',
      createdAt: stamp,
      updatedAt: stamp
    },
    participants: [],
    workspace: {
      sessionId,
      position: 'start',
      focus: [],
      contributions: [],
      notes: [],
      conversationForms: [],
      agendaElements: [],
      agenda: { forWhom: '', timing: '', notes: '' },
      selfAssessments: [],
      supportChoices: []
    },
    actions: [],
    actionReviews: [],
    nextMeeting: { date: null, note: '' },
    quickscan: null
  }
}

/** Respondent `i` of a quickscan, answering every item with `answerOf(i, itemIndex)`. */
export function respondent(
  n: number,
  answerOf: (respondent: number, item: number) => QuickscanAnswer,
  name = ''
): QuickscanRespondent {
  const answers = Object.fromEntries(
    content.quickscan.questions.map((q, i) => [q.id, answerOf(n, i)])
  )
  const grades = Object.fromEntries(
    content.quickscan.clusters.map((c, i) => [c.id, 5 + ((n + i) % 5)])
  )
  return {
    id: uuid(20_000 + n),
    name,
    role: 'leerkracht',
    mode: 'laptop',
    answers,
    grades,
    completed: true,
    createdAt: stamp
  }
}

/**
 * Item 0: everyone ++ (eens); item 1: half ++, half -- (verdeeld); item 2: mostly ? (geen zicht);
 * the rest a mild mix around +.
 */
export function sampleAnswer(respondentIndex: number, item: number): QuickscanAnswer {
  if (item === 0) return '++'
  if (item === 1) return respondentIndex % 2 === 0 ? '++' : '--'
  if (item === 2) return respondentIndex % 4 === 0 ? '+' : '?'
  return (['++', '+', '+', '+/-'] as const)[(respondentIndex + item) % 4] ?? '+'
}

export function sampleQuickscan(respondents: number): Quickscan {
  return {
    id: uuid(3),
    sessionId,
    revealed: true,
    packVersion: 1,
    respondents: Array.from({ length: respondents }, (_, i) =>
      respondent(i, sampleAnswer, `Invuller Zoutewelle ${i}`)
    ),
    priorities: [
      {
        clusterId: 'relatie',
        priority: 'Vroeg kennismaken met alle ouders',
        support: 'Samen met de bouwcoördinatoren',
        firstStep: 'Kennismakingsgesprek in de eerste schoolweek'
      }
    ],
    createdAt: stamp
  }
}

export { participants as sampleParticipants }
