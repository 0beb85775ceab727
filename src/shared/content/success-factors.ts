import { z } from 'zod'
import { contentIdSchema, factorNumberSchema, packMetaSchema } from './pack-meta'

/**
 * The ten success factors for working with parents (Lusse, 2013) and the four aspects of the
 * improvement process, from "Uitgangspunten van de gereedschapskist". All text is the source's own
 * Dutch text, word for word.
 */

const textSchema = z.string().min(1)

/** Paragraphs of running text, in reading order. */
const paragraphsSchema = z.array(textSchema).min(1)

/** One success factor. Every pack refers to a factor by its `number`. */
export const successFactorSchema = z
  .object({
    number: factorNumberSchema,
    /** The factor as the source words it: an imperative in lower case ("zorg dat ouders zich welkom voelen"). */
    title: textSchema
  })
  .strict()

/** One of the three groups the factors are listed in: CONTACT (1–3), SAMENWERKING (4–7), TOEKOMSTPERSPECTIEF (8–10). */
export const successFactorGroupSchema = z
  .object({
    id: contentIdSchema,
    /** The word the source sets in capitals in the group's heading, e.g. "CONTACT". */
    keyword: textSchema,
    heading: textSchema,
    factors: z.array(successFactorSchema).min(1)
  })
  .strict()

/** One of the four aspects of the improvement process (positieve attitude … wederzijdse afstemming). */
export const improvementAspectSchema = z
  .object({
    id: contentIdSchema,
    name: textSchema,
    explanation: textSchema
  })
  .strict()

export const successFactorsPackSchema = packMetaSchema
  .extend({
    /** "Tien succesfactoren voor beter samenwerken met ouders" and its explanation. */
    intro: z
      .object({
        heading: textSchema,
        paragraphs: paragraphsSchema
      })
      .strict(),
    /** The caption under the source's overview of the ten factors. */
    factorsCaption: textSchema,
    /** The factor groups, in order; together they hold factors 1–10, each once and in order. */
    groups: z.array(successFactorGroupSchema).min(1),
    /** "Vier aspecten om de samenwerking met ouders te verbeteren": explanation and table. */
    improvementProcess: z
      .object({
        heading: textSchema,
        paragraphs: paragraphsSchema,
        /** The caption under the table of aspects. */
        caption: textSchema,
        /** The table's column headings, as the source prints them. */
        columnHeadings: z
          .object({
            aspect: textSchema,
            explanation: textSchema
          })
          .strict(),
        /** The aspects in the order of the improvement process. */
        aspects: z.array(improvementAspectSchema).min(1)
      })
      .strict()
  })
  .strict()
  .superRefine((pack, ctx) => {
    // Other packs refer to factors by number: the groups must hold 1–10 exactly once, in order.
    const numbers = pack.groups.flatMap((group) => group.factors.map((factor) => factor.number))
    const expected = Array.from({ length: 10 }, (_, i) => i + 1)
    if (numbers.join(',') !== expected.join(',')) {
      ctx.addIssue({
        code: 'custom',
        message: `de groepen moeten de factoren 1 t/m 10 elk eenmaal en op volgorde bevatten, niet ${numbers.join(', ')}`,
        path: ['groups']
      })
    }
    const ids = [
      ...pack.groups.map((group) => group.id),
      ...pack.improvementProcess.aspects.map((aspect) => aspect.id)
    ]
    const duplicates = ids.filter((id, i) => ids.indexOf(id) !== i)
    if (duplicates.length > 0) {
      ctx.addIssue({
        code: 'custom',
        message: `id komt meer dan eens voor: ${duplicates.join(', ')}`,
        path: []
      })
    }
  })

export type SuccessFactorsPack = z.infer<typeof successFactorsPackSchema>
export type SuccessFactor = z.infer<typeof successFactorSchema>
export type SuccessFactorGroup = z.infer<typeof successFactorGroupSchema>
export type ImprovementAspect = z.infer<typeof improvementAspectSchema>
