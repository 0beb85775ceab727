import { z } from 'zod'
import { describeValidationError, interpreted } from '../api/validation'
import { kwaliteitskaartPackSchema } from './kwaliteitskaart'
import { quickscanPackSchema } from './quickscan'
import { referencePackSchema } from './reference'
import { successFactorsPackSchema } from './success-factors'

/** Every pack the app ships, by the name the code uses, with its file under resources/content. */
export const contentPacks = {
  kwaliteitskaart: { file: 'kwaliteitskaart.json', schema: kwaliteitskaartPackSchema },
  successFactors: { file: 'success-factors.json', schema: successFactorsPackSchema },
  reference: { file: 'reference.json', schema: referencePackSchema },
  quickscan: { file: 'quickscan.json', schema: quickscanPackSchema }
} as const

export type ContentPackName = keyof typeof contentPacks

export const contentBundleSchema = z.object({
  kwaliteitskaart: kwaliteitskaartPackSchema,
  successFactors: successFactorsPackSchema,
  reference: referencePackSchema,
  quickscan: quickscanPackSchema
})
export type ContentBundle = z.infer<typeof contentBundleSchema>

/** A pack a trainer edited by hand and broke: the message names the file and the field. */
export class ContentPackError extends Error {
  constructor(
    readonly file: string,
    detail: string
  ) {
    super(`Inhoudspakket ${file} is ongeldig: ${detail}`)
    this.name = 'ContentPackError'
  }
}

export function parsePack<N extends ContentPackName>(name: N, rawText: string): ContentBundle[N] {
  const { file, schema } = contentPacks[name]
  let json: unknown
  try {
    json = JSON.parse(rawText)
  } catch (error) {
    throw new ContentPackError(file, `geen geldige JSON (${(error as Error).message})`)
  }
  const parsed = schema.safeParse(json, interpreted)
  if (!parsed.success) throw new ContentPackError(file, describeValidationError(parsed.error))
  return parsed.data as ContentBundle[N]
}
