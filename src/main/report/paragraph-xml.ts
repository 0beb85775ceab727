import { FileChild, Paragraph, type IContext, type IXmlableObject } from 'docx'
import type { Line } from './report-model'
import { textLines } from './sanitize'

/**
 * Paragraphs as docx's formatter objects, written directly: the same objects `Paragraph` and
 * `TextRun` give (tests/unit/report/paragraph-xml.test.ts compares them), without a docx
 * component per run and per property for docx's generic `prepForXml` to walk. The report writes
 * thousands of these (every card, every table cell); see table-xml.ts.
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

/** As `textRuns` gives them: one run per line, a break before every line but the first. */
export function runsXml(line: Line): IXmlableObject[] {
  return line.flatMap((run) => {
    const properties: IXmlableObject[] = []
    if (run.bold !== undefined) {
      properties.push({ 'w:b': toggle(run.bold) }, { 'w:bCs': toggle(run.bold) })
    }
    if (run.italic !== undefined) {
      properties.push({ 'w:i': toggle(run.italic) }, { 'w:iCs': toggle(run.italic) })
    }
    return textLines(run.text).map((text, i) => ({
      'w:r': [
        ...(properties.length > 0 ? [{ 'w:rPr': properties }] : []),
        ...(i > 0 ? [{ 'w:br': on }] : []),
        { 'w:t': [attr({ 'xml:space': 'preserve' }), text] }
      ]
    }))
  })
}

/** A paragraph: its properties (none: no `w:pPr`), then its runs; empty, `<w:p/>`. */
export function paragraphXml(line: Line, properties: IXmlableObject[]): IXmlableObject {
  const content = [...(properties.length > 0 ? [{ 'w:pPr': properties }] : []), ...runsXml(line)]
  return { 'w:p': content.length > 0 ? content : {} }
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

  override prepForXml(_context: IContext): IXmlableObject {
    const { style, bullet } = this.options
    const properties: IXmlableObject[] = []
    if (bullet) properties.push({ 'w:pStyle': attr({ 'w:val': 'ListParagraph' }) })
    if (style) properties.push({ 'w:pStyle': attr({ 'w:val': style }) })
    if (bullet) {
      properties.push({
        'w:numPr': [{ 'w:ilvl': attr({ 'w:val': 0 }) }, { 'w:numId': attr({ 'w:val': 1 }) }]
      })
    }
    return paragraphXml(this.line, properties)
  }
}
