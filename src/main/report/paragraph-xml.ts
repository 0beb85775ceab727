import { FileChild, Paragraph, type IContext, type IXmlableObject } from 'docx'
import type { Line } from './report-model'
import { textLines } from './sanitize'
import { splicedOrObjects } from './spliced-xml'

/**
 * Paragraphs as docx's formatter objects, written directly: the same objects `Paragraph` and
 * `TextRun` give (tests/unit/report/paragraph-xml.test.ts compares them), without a docx
 * component per run and per property for docx's generic `prepForXml` to walk. The report writes
 * thousands of these (every card, every table cell); see table-xml.ts, and spliced-xml.ts for
 * how they are written.
 */

export const attr = (values: Record<string, string | number | boolean>) => ({ _attr: values })
/** An element docx writes with no attributes, such as `<w:b/>`. */
export const on = {}

/** docx's `decimalNumber`: a whole number of twips, or the same error docx gives. */
export const twips = (value: number): number => {
  if (!Number.isFinite(value)) {
    throw new Error(`Invalid value '${value}' specified. Must be an integer.`)
  }
  return Math.floor(value)
}

const toggle = (value: boolean) => (value ? on : attr({ 'w:val': false }))

/*
 * The objects below are shared between every paragraph and run that has them: docx only reads
 * formatter objects when it writes them, and thousands of equal copies were most of the garbage
 * a report made.
 */
const preserve = attr({ 'xml:space': 'preserve' })
const lineBreak = { 'w:br': on }
const runProperties = new Map<string, IXmlableObject | null>()

/** `w:rPr` for bold and italic as `TextRun` writes them (undefined: left out), or null. */
function runPropertiesOf(bold: boolean | undefined, italic: boolean | undefined) {
  const key = `${bold}|${italic}`
  const known = runProperties.get(key)
  if (known !== undefined) return known
  const properties: IXmlableObject[] = []
  if (bold !== undefined) properties.push({ 'w:b': toggle(bold) }, { 'w:bCs': toggle(bold) })
  if (italic !== undefined) properties.push({ 'w:i': toggle(italic) }, { 'w:iCs': toggle(italic) })
  const made = properties.length > 0 ? { 'w:rPr': properties } : null
  runProperties.set(key, made)
  return made
}

/** As `textRuns` gives them: one run per line, a break before every line but the first. */
export function runsXml(line: Line): IXmlableObject[] {
  const runs: IXmlableObject[] = []
  for (const run of line) {
    const properties = runPropertiesOf(run.bold, run.italic)
    const lines = textLines(run.text)
    for (let i = 0; i < lines.length; i++) {
      const content: IXmlableObject[] = []
      if (properties) content.push(properties)
      if (i > 0) content.push(lineBreak)
      content.push({ 'w:t': [preserve, lines[i] ?? ''] })
      runs.push({ 'w:r': content })
    }
  }
  return runs
}

/** A paragraph: its properties (none: no `w:pPr`), then its runs; empty, `<w:p/>`. */
export function paragraphXml(line: Line, properties: IXmlableObject | null): IXmlableObject {
  const runs = runsXml(line)
  if (properties) runs.unshift(properties)
  return { 'w:p': runs.length > 0 ? runs : {} }
}

const paragraphProperties = new Map<string, IXmlableObject>()

/**
 * `w:pPr` of a paragraph in `style`, optionally centred or a bullet (docx's bullet list,
 * numbering 1, level 0), in the order docx's `ParagraphProperties` writes them; shared.
 */
export function paragraphPropertiesOf(
  style: string | undefined,
  centred = false,
  bullet = false
): IXmlableObject | null {
  if (!style && !centred && !bullet) return null
  const key = `${style ?? ''}|${centred}|${bullet}`
  const known = paragraphProperties.get(key)
  if (known) return known
  const properties: IXmlableObject[] = []
  if (bullet) properties.push({ 'w:pStyle': attr({ 'w:val': 'ListParagraph' }) })
  if (style) properties.push({ 'w:pStyle': attr({ 'w:val': style }) })
  if (centred) properties.push({ 'w:jc': attr({ 'w:val': 'center' }) })
  if (bullet) {
    properties.push({
      'w:numPr': [{ 'w:ilvl': attr({ 'w:val': 0 }) }, { 'w:numId': attr({ 'w:val': 1 }) }]
    })
  }
  const made = { 'w:pPr': properties }
  paragraphProperties.set(key, made)
  return made
}

export interface LightParagraphOptions {
  style?: string
  /** A bullet of docx's own bullet list (numbering 1), level 0. */
  bullet?: boolean
}

/**
 * A body paragraph of runs, with a style or a bullet. `asDocx` gives the same paragraph as a
 * docx `Paragraph`, for the one place docx needs one: the last paragraph of a section, which
 * holds the section's properties.
 */
export class LightParagraph extends FileChild {
  constructor(
    private readonly line: Line,
    private readonly options: LightParagraphOptions,
    readonly asDocx: () => Paragraph
  ) {
    super('w:p')
  }

  override prepForXml(context: IContext): IXmlableObject {
    const { style, bullet } = this.options
    return splicedOrObjects(
      context,
      paragraphXml(this.line, paragraphPropertiesOf(style, false, bullet))
    )
  }
}
