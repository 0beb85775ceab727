import { z } from 'zod'

/** Stable identifier of a content item, referenced from stored sessions: never change it once shipped. */
export const contentIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'moet een id in kleine letters met streepjes zijn')

/** Fields every content pack starts with. */
export const packMetaSchema = z.object({
  id: contentIdSchema,
  version: z.number().int().positive(),
  title: z.string().min(1),
  /** The source document, as a reader would cite it. */
  source: z.string().min(1)
})

/** A success factor is referenced by its number (1–10) in every pack. */
export const factorNumberSchema = z.number().int().min(1).max(10)
