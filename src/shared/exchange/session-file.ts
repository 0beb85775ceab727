import { z } from 'zod'
import { contentIdSchema } from '../content/pack-meta'
import { actionSchema, nextMeetingSchema, reviewOutcomeSchema } from '../domain/action-plan'
import { quickscanSchema } from '../domain/quickscan'
import { schoolSectorSchema } from '../domain/school'
import {
  idSchema,
  participantSchema,
  schoolTeamNamesSchema,
  sessionDetailsSchema
} from '../domain/session'
import { cardThemeSchema, voteRoundSchema } from '../domain/votes'
import { workspaceSchema } from '../domain/workspace'

/** Bumped on every change a reader of an older version would misread. */
export const sessionFileFormatVersion = 1
export const sessionFileFormat = 'samenspel-session'
export const sessionFileExtension = '.samenspel.json'

/** Which content the file's ids refer to, so a reader can tell a pack changed underneath. */
const contentReferenceSchema = z.object({
  id: contentIdSchema,
  version: z.number().int().positive()
})

/**
 * A whole session in one JSON file: details, participants, everything recorded in the steps,
 * the action plan, the quickscan, themes and votes. Ids are kept so references inside the file resolve;
 * importing gives every record a new id.
 */
export const sessionFileSchema = z
  .object({
    format: z.literal(sessionFileFormat),
    formatVersion: z.literal(sessionFileFormatVersion),
    exportedAt: z.iso.datetime(),
    appVersion: z.string(),
    content: z.object({
      kwaliteitskaart: contentReferenceSchema,
      quickscan: contentReferenceSchema
    }),
    session: sessionDetailsSchema
      .omit({ teamId: true })
      .extend(schoolTeamNamesSchema.shape)
      .extend({
        id: idSchema,
        createdAt: z.iso.datetime(),
        updatedAt: z.iso.datetime(),
        /** The school's sector and board (added later: absent in older files). */
        sector: schoolSectorSchema.nullable().optional(),
        board: z.string().trim().max(200).optional()
      }),
    participants: z.array(participantSchema),
    workspace: workspaceSchema,
    actions: z.array(actionSchema),
    /** Outcomes this session recorded for the previous session's open actions, by action id. */
    actionReviews: z.array(
      z.object({
        actionId: idSchema,
        outcome: reviewOutcomeSchema,
        /** Why it was dropped, or a remark (added later: absent in older files). */
        note: z.string().trim().max(2_000).optional()
      })
    ),
    nextMeeting: nextMeetingSchema,
    quickscan: quickscanSchema.nullable(),
    /** Cards grouped under a name per screen (added later: absent in older files). */
    themes: z.array(cardThemeSchema.omit({ sessionId: true }).strict()).optional(),
    /**
     * Dot-vote rounds with their options, anonymous ballots (voters numbered 1, 2, …) and the
     * facilitator's paper count (added later: absent in older files).
     */
    votes: z.array(voteRoundSchema.omit({ sessionId: true }).strict()).optional()
  })
  .strict()
export type SessionFile = z.infer<typeof sessionFileSchema>

/** Just enough to tell which format and version a file claims, before validating the rest. */
export const sessionFileHeaderSchema = z.object({
  format: z.string(),
  formatVersion: z.number()
})
