import { z } from 'zod'
import { contentIdSchema, factorNumberSchema, packMetaSchema } from './pack-meta'

/**
 * The reference pack: material a facilitator keeps at hand in a side panel during a team session.
 * It holds the tool "Gereedschap: het voortgangsgesprek" and the reference parts of the "Notitie
 * ouderbetrokkenheid" (tips, Epstein's typology, the round-robin format, expectations, the criteria
 * of Ouderbetrokkenheid 3.0, research findings).
 *
 * Every section has the same recursive shape so that one generic component can render it: a heading,
 * paragraphs, one list, closing paragraphs, notes and subsections, in that order. All strings are the
 * source's own Dutch text, word for word, except `appLabel`, which the app wrote itself.
 */

/**
 * Source text with the PDF artefacts repaired: one line, no tabs or soft hyphens, no doubled or
 * surrounding whitespace.
 */
const textSchema = z
  .string()
  .regex(
    /^(?![\s\S]*[\t\n\r\u00AD])(?![\s\S]*\s\s)\S(?:[\s\S]*\S)?$/,
    'tekst zonder tabs, regeleinden of dubbele spaties'
  )

/** Paragraphs of running text, in reading order. */
const paragraphsSchema = z.array(textSchema).min(1)

/** The seed document a top-level section is taken from (its subsections share it). */
export const referenceSourceSchema = z.enum(['voortgangsgesprek', 'notitie-ouderbetrokkenheid'])
export type ReferenceSource = z.infer<typeof referenceSourceSchema>

/** A nested list item, e.g. "kennismaken" under a success factor. */
export const referenceSubItemSchema = z
  .object({
    id: contentIdSchema,
    text: textSchema
  })
  .strict()

/** A list item a stored session can refer to by its id. */
export const referenceItemSchema = z
  .object({
    id: contentIdSchema,
    /** The item itself; for a tip this is its heading line. */
    text: textSchema,
    /** Explanatory paragraphs the source prints under the item. */
    detail: paragraphsSchema.optional(),
    /** The success factor (1–10) the item belongs to, where the source ties it to one. */
    factor: factorNumberSchema.optional(),
    subitems: z.array(referenceSubItemSchema).min(1).optional()
  })
  .strict()

export const referenceListSchema = z
  .object({
    /** How the source marks the items: 1, 2, 3 … (`numbered`), A, B, C … (`lettered`) or bullets. */
    style: z.enum(['numbered', 'lettered', 'bulleted']),
    items: z.array(referenceItemSchema).min(1)
  })
  .strict()

function notBothHeadings(block: {
  title?: string | undefined
  appLabel?: string | undefined
}): boolean {
  return block.title === undefined || block.appLabel === undefined
}

const bothHeadingsMessage = {
  message: 'gebruik title of appLabel, niet allebei',
  path: ['appLabel']
}

/**
 * The fields every block has, sections and subsections alike. (Written out rather than spread from a
 * shared object: TypeScript can only infer the recursive `subsections` getter from a literal shape.)
 */
const blockObjectSchema = z.strictObject({
  id: contentIdSchema,
  /** Heading as printed in the source. */
  title: textSchema.optional(),
  /**
   * App label: a heading the app wrote where the source prints none. Not source text; a block has
   * either `title` or `appLabel`, never both.
   */
  appLabel: z.string().min(1).optional(),
  /** Where the block sits in the source document, as printed there: "3.5", "Bijlage A". */
  location: textSchema.optional(),
  /** Paragraphs before the list (often a lead sentence ending in a colon). */
  paragraphs: paragraphsSchema.optional(),
  list: referenceListSchema.optional(),
  /** Paragraphs printed after the list. */
  closing: paragraphsSchema.optional(),
  /** Footnotes and source notes, rendered small at the end of the block. */
  notes: paragraphsSchema.optional(),
  /** Nested blocks, rendered after the block's own text; a subsection may be untitled. */
  get subsections(): z.ZodOptional<z.ZodArray<typeof blockObjectSchema>> {
    return z.array(referenceSubsectionSchema).min(1).optional()
  }
})

/** A block inside a section, with the heading rule checked at every depth. */
export const referenceSubsectionSchema: typeof blockObjectSchema = blockObjectSchema.refine(
  notBothHeadings,
  bothHeadingsMessage
)

export type ReferenceSubsection = z.infer<typeof referenceSubsectionSchema>

/** A top-level section of the side panel: always headed, and tied to one source document. */
export const referenceSectionSchema = blockObjectSchema
  .extend({ source: referenceSourceSchema })
  .refine(notBothHeadings, bothHeadingsMessage)
  .refine((section) => section.title !== undefined || section.appLabel !== undefined, {
    message: 'een sectie heeft een title of appLabel',
    path: ['title']
  })

export type ReferenceSection = z.infer<typeof referenceSectionSchema>

export const referencePackSchema = packMetaSchema
  .extend({
    id: z.literal('reference'),
    sections: z.array(referenceSectionSchema).min(1)
  })
  .strict()

export type ReferencePack = z.infer<typeof referencePackSchema>
export type ReferenceItem = z.infer<typeof referenceItemSchema>
