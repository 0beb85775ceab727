import type { z } from 'zod'
import {
  emptyRequestSchema,
  joinInfoSchema,
  joinRequestSchema,
  joinResponseSchema,
  ownContributionSchema,
  participantQuickscanSchema,
  participantStateSchema,
  quickscanAnswerRequestSchema,
  quickscanGradeRequestSchema,
  stateChangesRequestSchema,
  stateChangesSchema,
  submitContributionSchema
} from '../../shared/participant/protocol'
import {
  castVoteRequestSchema,
  participantVoteSchema
} from '../../shared/participant/vote-protocol'
import type { JoinedDeviceRef } from './joining-registry'
import {
  participantState,
  submitContribution,
  waitForStateChanges,
  type ParticipantContext
} from './participant-actions'
import {
  answerQuestion,
  completeQuickscan,
  gradeCluster,
  participantQuickscan
} from './participant-quickscan'
import { castVote, participantVote } from './participant-vote'

/** Which allowance a route draws on (see `ParticipantLimits`). */
export type RouteLimit = 'submit' | 'other'

/** A route for a joined device: body schema (POST), handler, and the schema of its answer. */
export interface DeviceRoute {
  method: 'GET' | 'POST'
  limit: RouteLimit
  body: z.ZodType | null
  response: z.ZodType
  handle(p: ParticipantContext, device: JoinedDeviceRef, body: unknown): unknown
}

const quickscanMine = participantQuickscanSchema.shape.mine

/**
 * Everything a joined device can do, and nothing more: the facilitator's API is not here.
 * Bodies come in parsed by `body`, so the casts below restate what was just checked.
 */
export const deviceRoutes: Record<string, DeviceRoute> = {
  '/api/state': {
    method: 'GET',
    limit: 'other',
    body: null,
    response: participantStateSchema,
    handle: (p, device) => participantState(p, device)
  },
  '/api/state/changes': {
    method: 'POST',
    limit: 'other',
    body: stateChangesRequestSchema,
    response: stateChangesSchema,
    handle: (p, device, body) =>
      waitForStateChanges(p, device, body as z.output<typeof stateChangesRequestSchema>)
  },
  '/api/contributions': {
    method: 'POST',
    limit: 'submit',
    body: submitContributionSchema,
    response: ownContributionSchema,
    handle: (p, device, body) =>
      submitContribution(p, device, body as z.output<typeof submitContributionSchema>)
  },
  '/api/quickscan': {
    method: 'GET',
    limit: 'other',
    body: null,
    response: participantQuickscanSchema,
    handle: (p, device) => participantQuickscan(p, device)
  },
  '/api/quickscan/answer': {
    method: 'POST',
    limit: 'other',
    body: quickscanAnswerRequestSchema,
    response: quickscanMine,
    handle: (p, device, body) =>
      answerQuestion(p, device, body as z.output<typeof quickscanAnswerRequestSchema>)
  },
  '/api/quickscan/grade': {
    method: 'POST',
    limit: 'other',
    body: quickscanGradeRequestSchema,
    response: quickscanMine,
    handle: (p, device, body) =>
      gradeCluster(p, device, body as z.output<typeof quickscanGradeRequestSchema>)
  },
  '/api/quickscan/complete': {
    method: 'POST',
    limit: 'other',
    body: emptyRequestSchema,
    response: quickscanMine,
    handle: (p, device) => completeQuickscan(p, device)
  },
  '/api/vote': {
    method: 'GET',
    limit: 'other',
    body: null,
    response: participantVoteSchema,
    handle: (p, device) => participantVote(p, device)
  },
  '/api/vote/cast': {
    method: 'POST',
    limit: 'submit',
    body: castVoteRequestSchema,
    response: participantVoteSchema,
    handle: (p, device, body) => castVote(p, device, body as z.output<typeof castVoteRequestSchema>)
  }
}

/** Before joining: whether a name is needed. No token; limited per network address. */
export const joinInfoRoute = {
  path: '/api/join-info',
  response: joinInfoSchema
}

/** Joining is the one route without a token; it has its own limit per network address. */
export const joinRoute = {
  path: '/api/join',
  body: joinRequestSchema,
  response: joinResponseSchema
}
