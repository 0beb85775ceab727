import { z } from 'zod'
import {
  idSchema,
  participantRoleSchema,
  participantSchema,
  schoolTeamNamesSchema,
  sessionDetailsSchema,
  sessionSchema,
  sessionSummarySchema
} from '../domain/session'
import { contentBundleSchema } from '../content/content-bundle'

const empty = z.object({}).strict()
const byId = z.object({ id: idSchema }).strict()

/**
 * A session belongs to the team `teamId` (picked from the list, or just made with
 * `team.create`). Callers with names instead (older tools, tests) may give `school` and `team`:
 * a name is matched exactly (after trimming) and otherwise created; a near-variant of an
 * existing name is kept apart and becomes a "samenvoegen?" question. With
 * `carryParticipants`, the team's last meeting's participants come along (editable after).
 */
const sessionCreateInput = sessionDetailsSchema
  .extend({
    teamId: idSchema.nullable().default(null),
    school: schoolTeamNamesSchema.shape.school.default(''),
    team: schoolTeamNamesSchema.shape.team.default(''),
    carryParticipants: z.boolean().default(true),
    id: idSchema.optional()
  })
  .strict()

/** App, content, sessions and participants. */
export const sessionMethods = {
  /** Which host serves the app, its version and where it keeps its data. */
  'app.info': {
    input: empty,
    output: z.object({
      version: z.string(),
      host: z.enum(['electron', 'browser']),
      dataDir: z.string()
    })
  },
  /** All content packs, validated when the app started. */
  'content.get': { input: empty, output: contentBundleSchema },
  /** All sessions, newest first (by date, then by creation). */
  'session.list': { input: empty, output: z.array(sessionSummarySchema) },
  /** One session with its participants. */
  'session.get': { input: byId, output: sessionSchema },
  /**
   * `id`, chosen by the renderer once per intent, makes creating idempotent: a double click
   * or a replayed request gets the session the first one made.
   */
  'session.create': { input: sessionCreateInput, output: sessionSchema },
  /** A filled-in example session, so a new user sees the app at work in one click. */
  'session.createDemo': {
    input: z.object({ id: idSchema.optional() }).strict(),
    output: sessionSchema
  },
  /** Changes only the given details; renaming is an update of `title`. */
  'session.update': {
    input: z.object({ id: idSchema, patch: sessionDetailsSchema.partial().strict() }).strict(),
    output: sessionSchema
  },
  /** Deletes the session and everything recorded in it. */
  'session.delete': { input: byId, output: byId },
  'participant.add': {
    input: z
      .object({
        sessionId: idSchema,
        /** Chosen by the renderer per intent: adding the same participant twice adds one. */
        id: idSchema.optional(),
        name: participantSchema.shape.name,
        role: participantRoleSchema.default('')
      })
      .strict(),
    output: participantSchema
  },
  'participant.update': {
    input: z
      .object({
        id: idSchema,
        patch: z
          .object({ name: participantSchema.shape.name, role: participantRoleSchema })
          .partial()
          .strict()
      })
      .strict(),
    output: participantSchema
  },
  /**
   * Removes a participant; cards attributed to them stay, without attribution. Refused while
   * cards name them, unless `evenIfCredited` says the facilitator was told and chose so.
   */
  'participant.remove': {
    input: z.object({ id: idSchema, evenIfCredited: z.boolean().default(false) }).strict(),
    output: byId
  },
  /** How many of the session's cards name this participant: told before removing them. */
  'participant.credits': {
    input: byId,
    output: z.object({ cards: z.number().int().nonnegative() })
  }
}
