import { z } from 'zod'

import { contentIdSchema, factorNumberSchema, packMetaSchema } from './pack-meta'

/**
 * The quickscan's answer scale, in the order the scan prints it: `++ + +/- - -- ?`.
 * `?` means the respondent has no view on the question ("geen zicht op").
 */
export const answerValues = ['++', '+', '+/-', '-', '--', '?'] as const
export type QuickscanAnswer = (typeof answerValues)[number]

export const quickscanAnswerSchema = z.enum(answerValues)

const text = z.string().min(1)

/**
 * One point of the answer scale. The seed prints only the symbols; `appLabel` is written for the
 * app (not seed text) so that screen readers and the merged overview can say what a symbol means.
 */
export const quickscanAnswerOptionSchema = z
  .object({
    value: quickscanAnswerSchema,
    /** App-side wording, NOT from the seed. */
    appLabel: text
  })
  .strict()

/** A sub-theme of a factor; only factor 1 ("welkom") has them in the scan. */
export const quickscanSubThemeSchema = z
  .object({
    id: contentIdSchema,
    title: text
  })
  .strict()

export const quickscanFactorSchema = z
  .object({
    number: factorNumberSchema,
    /** The factor's short name as the scan prints it, e.g. "welkom". */
    title: text,
    /** The one-line instruction from the scan's overview, e.g. "zorg dat ouders zich welkom voelen". */
    description: text,
    subThemes: z.array(quickscanSubThemeSchema).min(1).optional()
  })
  .strict()

/**
 * A cluster groups factors under one of the aspects the priorities page asks about. In the scan it
 * is the label at the foot of each page of questions.
 */
export const quickscanClusterSchema = z
  .object({
    id: contentIdSchema,
    title: text,
    factors: z.array(factorNumberSchema).min(1)
  })
  .strict()

export const quickscanQuestionSchema = z
  .object({
    /** Stored answers reference this id: never renumber once shipped. */
    id: contentIdSchema,
    factor: factorNumberSchema,
    /** Id of a sub-theme of the question's factor (factor 1 only). */
    subTheme: contentIdSchema.optional(),
    text
  })
  .strict()

/** A titled block of running text. */
const textSectionSchema = z
  .object({
    title: text,
    paragraphs: z.array(text).min(1)
  })
  .strict()

/** The scan's opening: the four aspects of working with parents that the scan is ordered along. */
export const quickscanAspectsSchema = z
  .object({
    title: text,
    introduction: text,
    /** The four aspects, verbatim including their list punctuation. */
    items: z.array(text).min(1),
    explanation: text
  })
  .strict()

/** A group of success factors on the overview page (CONTACT, SAMENWERKING, TOEKOMSTPERSPECTIEF). */
export const quickscanFactorGroupSchema = z
  .object({
    id: contentIdSchema,
    title: text,
    factors: z.array(factorNumberSchema).min(1)
  })
  .strict()

export const quickscanFactorOverviewSchema = z
  .object({
    title: text,
    introduction: text,
    groups: z.array(quickscanFactorGroupSchema).min(1)
  })
  .strict()

/**
 * The last page: a table with one row per cluster and one column per prompt. The prompts are the
 * same for every cluster.
 */
export const quickscanPrioritiesSchema = z
  .object({
    title: text,
    prompts: z
      .object({
        /** Which grade the school gets for the aspect. */
        grade: text,
        /** What should get priority. */
        priority: text,
        /** How to win the team's support (draagvlak). */
        support: text,
        /** A good first step. */
        firstStep: text
      })
      .strict(),
    /** The table's rows: ids of clusters, in the order printed. */
    clusterIds: z.array(contentIdSchema).min(1)
  })
  .strict()

export const quickscanPackSchema = packMetaSchema
  .extend({
    aspects: quickscanAspectsSchema,
    factorOverview: quickscanFactorOverviewSchema,
    instructions: textSectionSchema,
    answers: z.array(quickscanAnswerOptionSchema),
    clusters: z.array(quickscanClusterSchema).min(1),
    factors: z.array(quickscanFactorSchema).min(1),
    questions: z.array(quickscanQuestionSchema).min(1),
    priorities: quickscanPrioritiesSchema,
    /** The scan's acknowledgement of its basis and contributors. */
    credits: text
  })
  .strict()
  .superRefine((pack, ctx) => {
    const issue = (path: PropertyKey[], message: string): void => {
      ctx.addIssue({ code: 'custom', path, message })
    }

    const values = pack.answers.map((answer) => answer.value)
    if (
      values.length !== answerValues.length ||
      values.some((value, i) => value !== answerValues[i])
    ) {
      issue(
        ['answers'],
        `de antwoorden moeten precies ${answerValues.join(' ')} zijn, in die volgorde`
      )
    }

    const factorsByNumber = new Map<number, (typeof pack.factors)[number]>()
    pack.factors.forEach((factor, i) => {
      if (factorsByNumber.has(factor.number)) {
        issue(['factors', i, 'number'], `factor ${factor.number} komt vaker voor`)
      }
      factorsByNumber.set(factor.number, factor)
      if (factor.subThemes !== undefined && factor.number !== 1) {
        issue(['factors', i, 'subThemes'], 'alleen factor 1 heeft subthema’s')
      }
      const subThemeIds = new Set<string>()
      factor.subThemes?.forEach((sub, s) => {
        if (subThemeIds.has(sub.id))
          issue(['factors', i, 'subThemes', s, 'id'], `subthema ${sub.id} komt vaker voor`)
        subThemeIds.add(sub.id)
      })
    })

    /** Every factor in exactly one of the groups at `path`, and every factor they name exists. */
    const checkPartition = (path: PropertyKey[], groups: { factors: number[] }[]): void => {
      const seen = new Set<number>()
      groups.forEach((group, g) => {
        group.factors.forEach((number, f) => {
          const at = [...path, g, 'factors', f]
          if (!factorsByNumber.has(number)) issue(at, `factor ${number} bestaat niet`)
          if (seen.has(number)) issue(at, `factor ${number} staat in meer dan één groep`)
          seen.add(number)
        })
      })
      for (const number of factorsByNumber.keys()) {
        if (!seen.has(number)) issue(path, `factor ${number} staat in geen enkele groep`)
      }
    }
    checkPartition(['clusters'], pack.clusters)
    checkPartition(['factorOverview', 'groups'], pack.factorOverview.groups)

    const clusterIds = new Set<string>()
    pack.clusters.forEach((cluster, i) => {
      if (clusterIds.has(cluster.id))
        issue(['clusters', i, 'id'], `cluster ${cluster.id} komt vaker voor`)
      clusterIds.add(cluster.id)
    })
    const rows = new Set<string>()
    pack.priorities.clusterIds.forEach((id, i) => {
      if (!clusterIds.has(id)) issue(['priorities', 'clusterIds', i], `cluster ${id} bestaat niet`)
      if (rows.has(id)) issue(['priorities', 'clusterIds', i], `cluster ${id} komt vaker voor`)
      rows.add(id)
    })
    for (const id of clusterIds) {
      if (!rows.has(id)) issue(['priorities', 'clusterIds'], `cluster ${id} ontbreekt`)
    }

    const questionIds = new Set<string>()
    pack.questions.forEach((question, i) => {
      if (questionIds.has(question.id))
        issue(['questions', i, 'id'], `vraag ${question.id} komt vaker voor`)
      questionIds.add(question.id)

      const factor = factorsByNumber.get(question.factor)
      if (factor === undefined) {
        issue(['questions', i, 'factor'], `factor ${question.factor} bestaat niet`)
        return
      }
      const subThemes = factor.subThemes
      if (question.subTheme === undefined) {
        if (subThemes !== undefined)
          issue(['questions', i, 'subTheme'], `factor ${factor.number} vraagt een subthema`)
      } else if (
        subThemes === undefined ||
        !subThemes.some((sub) => sub.id === question.subTheme)
      ) {
        issue(
          ['questions', i, 'subTheme'],
          `subthema ${question.subTheme} bestaat niet bij factor ${factor.number}`
        )
      }
    })
  })

export type QuickscanPack = z.infer<typeof quickscanPackSchema>
export type QuickscanQuestion = z.infer<typeof quickscanQuestionSchema>
export type QuickscanFactor = z.infer<typeof quickscanFactorSchema>
export type QuickscanCluster = z.infer<typeof quickscanClusterSchema>
