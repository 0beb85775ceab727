import { z } from 'zod'

/** Sections of the Word report the facilitator can leave out; the cover is always there. */
export const reportSections = [
  'samenvatting',
  'terugblik',
  'praktijkvragen',
  'stap1',
  'stap2',
  'stap3',
  'quickscan',
  'stemmingen',
  'actieplan',
  'volgende-bijeenkomst'
] as const
export const reportSectionSchema = z.enum(reportSections)
export type ReportSection = z.infer<typeof reportSectionSchema>

export const reportOptionsSchema = z.object({
  sections: z.array(reportSectionSchema).max(reportSections.length),
  /** False: the leadership gets the plan without who-said-what. */
  attributions: z.boolean()
})
export type ReportOptions = z.infer<typeof reportOptionsSchema>

/** Privacy by default: names next to what was said only when the facilitator chooses so. */
export const defaultReportOptions: ReportOptions = {
  sections: [...reportSections],
  attributions: false
}
