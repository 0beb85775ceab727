import { z } from 'zod'
import { contentIdSchema } from '../content/pack-meta'
import { quickscanAnswerSchema } from '../content/quickscan'
import { idSchema, isoDateSchema } from './session'

/** How a respondent's answers got in: on the facilitator's laptop, typed from paper, own device. */
export const respondentModes = ['laptop', 'papier', 'apparaat'] as const
export const respondentModeSchema = z.enum(respondentModes)
export type RespondentMode = z.infer<typeof respondentModeSchema>

/** A cluster grade on the scan's last page. */
export const clusterGradeSchema = z.number().int().min(1).max(10)

export const quickscanRespondentSchema = z.object({
  id: idSchema,
  /** Empty for an anonymous respondent. */
  name: z.string().trim().max(120),
  role: z.string().trim().max(80),
  mode: respondentModeSchema,
  /** Question id → answer; questions not answered yet are absent. */
  answers: z.record(contentIdSchema, quickscanAnswerSchema),
  /** Cluster id → grade 1–10. */
  grades: z.record(contentIdSchema, clusterGradeSchema),
  completed: z.boolean(),
  createdAt: z.iso.datetime()
})
export type QuickscanRespondent = z.infer<typeof quickscanRespondentSchema>

/** The team's conclusions per cluster, as on the scan's last page. */
export const clusterPrioritySchema = z.object({
  clusterId: contentIdSchema,
  priority: z.string().trim().max(5_000),
  support: z.string().trim().max(5_000),
  firstStep: z.string().trim().max(5_000)
})
export type ClusterPriority = z.infer<typeof clusterPrioritySchema>

export const quickscanSchema = z.object({
  id: idSchema,
  sessionId: idSchema,
  /** The merged result stays hidden on the projector until the facilitator reveals it. */
  revealed: z.boolean(),
  /**
   * The quickscan pack version it was answered on: only scans of one version are compared.
   * Files written before it was recorded were all answered on version 1.
   */
  packVersion: z.number().int().positive().default(1),
  respondents: z.array(quickscanRespondentSchema),
  priorities: z.array(clusterPrioritySchema),
  createdAt: z.iso.datetime()
})
export type Quickscan = z.infer<typeof quickscanSchema>

/** An earlier quickscan of the same school, to show the change per item and per cluster. */
export const previousQuickscanSchema = z.object({
  sessionTitle: z.string(),
  sessionDate: isoDateSchema,
  quickscan: quickscanSchema
})
export type PreviousQuickscan = z.infer<typeof previousQuickscanSchema>
