import { z } from 'zod'
import { contentIdSchema } from '../../shared/content/pack-meta'
import {
  participantSchema,
  schoolTeamNamesSchema,
  sessionDetailsSchema
} from '../../shared/domain/session'
import {
  agendaDetailsSchema,
  agendaElementEntrySchema,
  contributionTagSchema,
  contributionTextSchema,
  conversationFormEntrySchema,
  facilitatorNoteSchema,
  screenIdSchema,
  selfAssessmentEntrySchema,
  supportChoiceSchema
} from '../../shared/domain/workspace'
import type { ContentIdKind, ContentIds } from './content-ids'
import { demoVotingShape, votingProblems } from './demo-votes-schema'

const demoContributionSchema = z
  .object({
    screenId: screenIdSchema,
    text: contributionTextSchema,
    tag: contributionTagSchema.nullable().default(null),
    /** The name of one of the demo's participants, or null for an unattributed card. */
    participant: z.string().nullable().default(null),
    carryToPlan: z.boolean().default(false)
  })
  .strict()

/**
 * resources/demo/demo-session.json: the example session, as data so its Dutch text can be
 * edited without touching code. Its date is the day it is created; its ids are new each time.
 */
export const demoSessionSchema = sessionDetailsSchema
  .omit({ date: true, teamId: true })
  .extend(schoolTeamNamesSchema.shape)
  .extend({
    position: screenIdSchema,
    participants: z
      .array(z.object({ name: participantSchema.shape.name, role: participantSchema.shape.role }))
      .min(1),
    focus: z.array(contentIdSchema),
    contributions: z.array(demoContributionSchema),
    notes: z.array(facilitatorNoteSchema.strict()),
    conversationForms: z.array(conversationFormEntrySchema.strict()),
    agendaElements: z.array(agendaElementEntrySchema.strict()),
    agenda: agendaDetailsSchema.strict(),
    selfAssessments: z.array(selfAssessmentEntrySchema.strict()),
    supportChoices: z.array(supportChoiceSchema.strict()),
    ...demoVotingShape
  })
  .strict()

export type DemoSession = z.infer<typeof demoSessionSchema>

type Ref = [kind: ContentIdKind, id: string, path: (string | number)[]]

/** Every content id the demo refers to, with where it sits in the file. */
function contentRefs(demo: DemoSession): Ref[] {
  const each = <T>(
    field: keyof DemoSession,
    items: readonly T[],
    kind: ContentIdKind,
    key: keyof T & string
  ): Ref[] => items.map((item, i) => [kind, String(item[key]), [field, i, key]])
  return [
    ['screen', demo.position, ['position']],
    ...demo.focus.map((id, i): Ref => ['practiceQuestion', id, ['focus', i]]),
    ...each('contributions', demo.contributions, 'cardScreen', 'screenId'),
    ...each('notes', demo.notes, 'screen', 'screenId'),
    ...each('conversationForms', demo.conversationForms, 'conversationForm', 'formId'),
    ...each('agendaElements', demo.agendaElements, 'agendaElement', 'elementId'),
    ...each('selfAssessments', demo.selfAssessments, 'stap3Question', 'questionId'),
    ...each('supportChoices', demo.supportChoices, 'support', 'supportId')
  ]
}

/** The schema plus the checks that need the content: every id must exist in today's packs. */
export function demoSessionSchemaFor(ids: ContentIds) {
  return demoSessionSchema.superRefine((demo, ctx) => {
    for (const [kind, id, path] of contentRefs(demo)) {
      const message = ids.problem(kind, id)
      if (message) ctx.addIssue({ code: 'custom', message, path })
    }
    const names = new Set(demo.participants.map((p) => p.name))
    demo.contributions.forEach((c, i) => {
      if (c.participant !== null && !names.has(c.participant)) {
        const message = `"${c.participant}" staat niet bij participants`
        ctx.addIssue({ code: 'custom', message, path: ['contributions', i, 'participant'] })
      }
    })
    for (const { message, path } of votingProblems(demo, ids)) {
      ctx.addIssue({ code: 'custom', message, path })
    }
  })
}
