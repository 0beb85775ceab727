import type { SessionFile } from '../../shared/exchange/session-file'
import { originRefKind } from '../services/action-rules'
import type { ContentIdKind, ContentIds } from '../services/content-ids'

export interface FileProblem {
  path: (string | number)[]
  message: string
}

type Ref = [kind: ContentIdKind, id: string, path: (string | number)[]]

/** A ref for each item whose `key` holds an id (null means "not linked" and is skipped). */
function each<T>(path: string[], items: readonly T[], kind: ContentIdKind, key: keyof T & string) {
  return items.flatMap((item, i): Ref[] => {
    const id = item[key]
    return typeof id === 'string' ? [[kind, id, [...path, i, key]]] : []
  })
}

function workspaceRefs({ workspace: w }: SessionFile): Ref[] {
  const at = (field: string) => ['workspace', field]
  return [
    ['screen', w.position, at('position')],
    ...w.focus.map((id, i): Ref => ['practiceQuestion', id, [...at('focus'), i]]),
    ...each(at('contributions'), w.contributions, 'cardScreen', 'screenId'),
    ...each(at('notes'), w.notes, 'screen', 'screenId'),
    ...each(at('conversationForms'), w.conversationForms, 'conversationForm', 'formId'),
    ...each(at('agendaElements'), w.agendaElements, 'agendaElement', 'elementId'),
    ...each(at('selfAssessments'), w.selfAssessments, 'stap3Question', 'questionId'),
    ...each(at('supportChoices'), w.supportChoices, 'support', 'supportId')
  ]
}

function actionRefs({ actions }: SessionFile): Ref[] {
  const byOrigin = actions.flatMap((action, i): Ref[] => {
    const kind = originRefKind[action.origin]
    const ref = action.originRef
    return kind && ref ? [[kind, ref, ['actions', i, 'originRef']]] : []
  })
  return [
    ...each(['actions'], actions, 'actionScreen', 'screenId'),
    ...each(['actions'], actions, 'aspect', 'aspect'),
    ...byOrigin
  ]
}

/** Answers and grades are keyed by question and cluster id. */
function keys(path: (string | number)[], record: object, kind: ContentIdKind): Ref[] {
  return Object.keys(record).map((id): Ref => [kind, id, [...path, id]])
}

function quickscanRefs({ quickscan }: SessionFile): Ref[] {
  if (!quickscan) return []
  const respondents = quickscan.respondents.flatMap((r, i) => {
    const at = ['quickscan', 'respondents', i]
    return [
      ...keys([...at, 'answers'], r.answers, 'quickscanQuestion'),
      ...keys([...at, 'grades'], r.grades, 'quickscanCluster')
    ]
  })
  const priorities = each(
    ['quickscan', 'priorities'],
    quickscan.priorities,
    'quickscanCluster',
    'clusterId'
  )
  return [...respondents, ...priorities]
}

/** Themes sit on a card screen; a vote on a quickscan item names the item. */
function votingRefs({ themes = [], votes = [] }: SessionFile): Ref[] {
  return [
    ...each(['themes'], themes, 'cardScreen', 'screenId'),
    ...votes.flatMap((round, r) =>
      round.options.flatMap((option, o): Ref[] =>
        option.kind === 'question'
          ? [['quickscanQuestion', option.refId, ['votes', r, 'options', o, 'refId']]]
          : []
      )
    )
  ]
}

/** Every content id the file uses that today's packs do not have. */
export function contentProblems(file: SessionFile, ids: ContentIds): FileProblem[] {
  return [
    ...workspaceRefs(file),
    ...actionRefs(file),
    ...quickscanRefs(file),
    ...votingRefs(file)
  ].flatMap(([kind, id, path]) => {
    const message = ids.problem(kind, id)
    return message ? [{ path, message }] : []
  })
}

function duplicates<T>(
  path: (string | number)[],
  items: readonly T[],
  keyOf: (item: T) => string
): FileProblem[] {
  const seen = new Set<string>()
  return items.flatMap((item, i) => {
    const key = keyOf(item)
    const repeated = seen.has(key)
    seen.add(key)
    return repeated ? [{ path: [...path, i], message: `"${key}" komt meer dan eens voor` }] : []
  })
}

/**
 * A theme holds cards of the file, on its own screen; a vote's theme is one of the file's;
 * ballots and the paper count give dots to the round's own options. A voted-on card may be
 * missing (deleted after the vote): the option keeps its text.
 */
function votingProblems(file: SessionFile): FileProblem[] {
  const { themes = [], votes = [] } = file
  const screenOf = new Map(file.workspace.contributions.map((c) => [c.id, c.screenId]))
  const themeIds = new Set(themes.map((t) => t.id))
  const inThemes = themes.flatMap((theme, t) =>
    theme.cardIds.flatMap((cardId, c): FileProblem[] =>
      screenOf.get(cardId) === theme.screenId
        ? []
        : [
            {
              path: ['themes', t, 'cardIds', c],
              message: `bijdrage "${cardId}" staat niet op het scherm van dit thema`
            }
          ]
    )
  )
  const inVotes = votes.flatMap((round, r) => {
    const optionIds = new Set(round.options.map((o) => o.id))
    const at = (...rest: (string | number)[]) => ['votes', r, ...rest]
    const unknownOption = (allocation: Record<string, number>, path: (string | number)[]) =>
      Object.keys(allocation).flatMap((id): FileProblem[] =>
        optionIds.has(id) ? [] : [{ path, message: `"${id}" is geen punt van deze stemronde` }]
      )
    return [
      ...duplicates(at('options'), round.options, (o) => o.id),
      ...duplicates(at('ballots'), round.ballots, (b) => b.voterId),
      ...round.options.flatMap((option, o): FileProblem[] =>
        option.kind === 'theme' && !themeIds.has(option.refId)
          ? [
              {
                path: at('options', o, 'refId'),
                message: `thema "${option.refId}" staat niet bij themes`
              }
            ]
          : []
      ),
      ...round.ballots.flatMap((b, i) => unknownOption(b.allocation, at('ballots', i))),
      ...unknownOption(round.paper.dots, at('paper', 'dots'))
    ]
  })
  return [
    ...duplicates(['themes'], themes, (t) => t.id),
    ...duplicates(['votes'], votes, (v) => v.id),
    ...inThemes,
    ...inVotes
  ]
}

/** Ids that occur twice, and participants the file refers to but does not hold. */
export function referenceProblems(file: SessionFile): FileProblem[] {
  const participants = new Set(file.participants.map((p) => p.id))
  const unknownParticipant = (id: string | null, path: (string | number)[]): FileProblem[] =>
    id === null || participants.has(id)
      ? []
      : [{ path, message: `deelnemer "${id}" staat niet bij participants` }]
  const respondents = file.quickscan?.respondents ?? []
  return [
    ...duplicates(['participants'], file.participants, (p) => p.id),
    ...duplicates(['workspace', 'contributions'], file.workspace.contributions, (c) => c.id),
    ...duplicates(['actions'], file.actions, (a) => a.id),
    ...duplicates(['actionReviews'], file.actionReviews, (r) => r.actionId),
    ...duplicates(['quickscan', 'respondents'], respondents, (r) => r.id),
    ...file.workspace.contributions.flatMap((c, i) =>
      unknownParticipant(c.participantId, ['workspace', 'contributions', i, 'participantId'])
    ),
    ...file.actions.flatMap((a, i) =>
      unknownParticipant(a.ownerParticipantId, ['actions', i, 'ownerParticipantId'])
    ),
    ...votingProblems(file)
  ]
}
