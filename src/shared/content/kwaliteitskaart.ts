import { z } from 'zod'
import { contentIdSchema, packMetaSchema } from './pack-meta'

/**
 * The content of "Samenwerken met ouders – Kwaliteitskaart voor schoolleiders" (Windesheim, 2021):
 * the backbone of a team session. All text is the card's own Dutch text, word for word.
 */

const textSchema = z.string().min(1)

/** Paragraphs of running text, in reading order. */
const paragraphsSchema = z.array(textSchema).min(1)

/** A list item the app (or a stored session) can refer to by its id. */
export const kwaliteitskaartItemSchema = z
  .object({
    id: contentIdSchema,
    text: textSchema
  })
  .strict()

/** A list introduced by a lead sentence of the card (which usually ends with a colon). */
const introducedListSchema = z
  .object({
    /** The sentence that introduces the list. */
    intro: textSchema,
    items: z.array(kwaliteitskaartItemSchema).min(1)
  })
  .strict()

/** A titled block of the card's introduction ("Waarom is het belangrijk…", "Wat is nodig…"). */
const introSectionSchema = z
  .object({
    id: contentIdSchema,
    heading: textSchema,
    paragraphs: paragraphsSchema
  })
  .strict()

/** Stap 1: discuss the team's vision on working with parents. */
const step1Schema = z
  .object({
    number: z.literal(1),
    title: textSchema,
    intro: paragraphsSchema,
    /** Reflective questions for the team meeting(s). */
    questions: z.array(kwaliteitskaartItemSchema).min(1)
  })
  .strict()

/** Stap 2: help teachers get to know the parents better. */
const step2Schema = z
  .object({
    number: z.literal(2),
    title: textSchema,
    intro: paragraphsSchema,
    /** Ways to organise parent conversations ("Tien minuten gesprekken", "Huisbezoek", …). */
    conversationForms: introducedListSchema,
    /** Elements of the conversation agenda the team draws up together. */
    conversationAgenda: introducedListSchema
  })
  .strict()

/**
 * Stap 3: build the team's conversation skills. The card writes this step as one paragraph;
 * rendering `intro`, `questions`, `support` and `closing` in that order follows its reading order.
 */
const step3Schema = z
  .object({
    number: z.literal(3),
    title: textSchema,
    intro: paragraphsSchema,
    /** Reflective questions about the teachers' conversation skills. */
    questions: z.array(kwaliteitskaartItemSchema).min(1),
    /**
     * Ways the school leader can support the team, which a team can choose as intended actions.
     * Each text is the fragment of the card's sentence that names the option, word for word, so it
     * may start in lower case ("laat leraren …"): capitalise it when it is shown on its own.
     */
    support: z.array(kwaliteitskaartItemSchema).min(1),
    /** Text that follows the support options. */
    closing: paragraphsSchema
  })
  .strict()

/** An entry of the "Meer weten?" list that links to a publication or video. */
export const kwaliteitskaartLinkSchema = z
  .object({
    id: contentIdSchema,
    text: textSchema,
    url: z.url({ protocol: /^https$/ })
  })
  .strict()

/** An entry of the "Meer weten?" list without a link of its own that heads the links below it ("Praktijkkaarten"). */
export const kwaliteitskaartLinkGroupSchema = z
  .object({
    id: contentIdSchema,
    text: textSchema,
    links: z.array(kwaliteitskaartLinkSchema).min(1)
  })
  .strict()

export const kwaliteitskaartPackSchema = packMetaSchema
  .extend({
    /** "Voor welke praktijkvragen geeft deze kaart handvatten?" and the questions themselves. */
    practiceQuestions: z
      .object({
        heading: textSchema,
        items: z.array(kwaliteitskaartItemSchema).min(1)
      })
      .strict(),
    /** The card's introductory sections, before Stap 1. */
    introduction: z.array(introSectionSchema).min(1),
    /** Stap 1, 2 and 3, in that order. */
    steps: z.tuple([step1Schema, step2Schema, step3Schema]),
    /** The "Meer weten?" reading list, in the card's order. */
    moreInfo: z
      .object({
        heading: textSchema,
        entries: z
          .array(z.union([kwaliteitskaartLinkSchema, kwaliteitskaartLinkGroupSchema]))
          .min(1)
      })
      .strict()
  })
  .strict()
  .superRefine((pack, ctx) => {
    // Stored sessions refer to items by id, so an id may occur only once in the pack.
    const seen = new Set<string>()
    const check = (id: string, path: (string | number)[]): void => {
      if (seen.has(id)) {
        ctx.addIssue({ code: 'custom', message: `id "${id}" komt meer dan eens voor`, path })
      }
      seen.add(id)
    }
    pack.practiceQuestions.items.forEach((item, i) =>
      check(item.id, ['practiceQuestions', 'items', i, 'id'])
    )
    pack.introduction.forEach((section, i) => check(section.id, ['introduction', i, 'id']))
    const [step1, step2, step3] = pack.steps
    step1.questions.forEach((item, i) => check(item.id, ['steps', 0, 'questions', i, 'id']))
    step2.conversationForms.items.forEach((item, i) =>
      check(item.id, ['steps', 1, 'conversationForms', 'items', i, 'id'])
    )
    step2.conversationAgenda.items.forEach((item, i) =>
      check(item.id, ['steps', 1, 'conversationAgenda', 'items', i, 'id'])
    )
    step3.questions.forEach((item, i) => check(item.id, ['steps', 2, 'questions', i, 'id']))
    step3.support.forEach((item, i) => check(item.id, ['steps', 2, 'support', i, 'id']))
    pack.moreInfo.entries.forEach((entry, i) => {
      check(entry.id, ['moreInfo', 'entries', i, 'id'])
      if ('links' in entry) {
        entry.links.forEach((link, j) =>
          check(link.id, ['moreInfo', 'entries', i, 'links', j, 'id'])
        )
      }
    })
  })

export type KwaliteitskaartPack = z.infer<typeof kwaliteitskaartPackSchema>
export type KwaliteitskaartItem = z.infer<typeof kwaliteitskaartItemSchema>
export type KwaliteitskaartLink = z.infer<typeof kwaliteitskaartLinkSchema>
export type KwaliteitskaartLinkGroup = z.infer<typeof kwaliteitskaartLinkGroupSchema>
