import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  PageNumber,
  PageOrientation,
  Paragraph,
  TableOfContents,
  TextRun,
  type FileChild,
  type ISectionOptions
} from 'docx'
import { LightParagraph } from './paragraph-xml'
import { renderBlock, textRuns, type RenderState } from './render-blocks'
import { reportNumbering, reportStyles, styleIds } from './render-styles'
import type { ReportCover, ReportModel, ReportPart } from './report-model'
import { reportText } from './report-text'
import { ReportToc, type TocEntry } from './toc-xml'
import { sanitizeLine } from './sanitize'

// A4 with 2 cm margins, in twips.
const page = { short: 11906, long: 16838, margin: 1134 }
export const textWidth = (landscape: boolean) =>
  (landscape ? page.long : page.short) - 2 * page.margin

export function pageProperties(landscape: boolean): ISectionOptions['properties'] {
  const m = page.margin
  return {
    page: {
      size: {
        width: page.short,
        height: page.long,
        orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT
      },
      margin: { top: m, bottom: m, left: m, right: m, header: 567, footer: 567 }
    }
  }
}

export function headerAndFooter(headerText: string): Pick<ISectionOptions, 'headers' | 'footers'> {
  const header = new Paragraph({
    alignment: AlignmentType.RIGHT,
    style: styleIds.note,
    children: [new TextRun(sanitizeLine(headerText))]
  })
  const pageNumbers = new TextRun({
    children: [
      reportText.footerPage,
      PageNumber.CURRENT,
      reportText.footerOf,
      PageNumber.TOTAL_PAGES
    ]
  })
  const footer = new Paragraph({
    alignment: AlignmentType.CENTER,
    style: styleIds.note,
    children: [pageNumbers]
  })
  return {
    headers: { default: new Header({ children: [header] }), first: new Header({ children: [] }) },
    footers: { default: new Footer({ children: [footer] }), first: new Footer({ children: [] }) }
  }
}

function coverChildren(cover: ReportCover): FileChild[] {
  const line = (label: string, value: string) =>
    new Paragraph({ children: textRuns([{ text: `${label}: `, bold: true }, { text: value }]) })
  const details: [string, string][] = [
    [reportText.cover.school, cover.school],
    [reportText.cover.team, cover.team],
    [reportText.cover.date, cover.date],
    [reportText.cover.facilitator, cover.facilitator]
  ]
  const participants = cover.participants.map(
    (p) =>
      new Paragraph({
        bullet: { level: 0 },
        children: textRuns([
          { text: p.name },
          ...(p.role ? [{ text: `, ${p.role}`, italic: true }] : [])
        ])
      })
  )
  return [
    new Paragraph({ style: styleIds.kicker, children: [new TextRun(reportText.cover.kicker)] }),
    new Paragraph({ heading: HeadingLevel.TITLE, children: textRuns([{ text: cover.title }]) }),
    ...details.filter(([, value]) => value.trim()).map(([label, value]) => line(label, value)),
    new Paragraph({
      style: styleIds.label,
      children: [new TextRun(reportText.cover.participants)]
    }),
    ...(participants.length > 0 ? participants : [new Paragraph(reportText.cover.noParticipants)])
  ]
}

/** Filled in from the headings rendered (see toc-xml.ts); docx fills it when there are none. */
function tableOfContents(entries: readonly TocEntry[]): FileChild[] {
  const alias = reportText.tableOfContents
  return [
    new Paragraph({
      style: styleIds.tocTitle,
      pageBreakBefore: true,
      children: [new TextRun(reportText.tableOfContents)]
    }),
    entries.length > 0
      ? new ReportToc(alias, entries, textWidth(false))
      : new TableOfContents(alias, { hyperlink: true, headingStyleRange: '1-2' })
  ]
}

/** Consecutive parts of the same orientation share a Word section; a change starts a new page. */
function bodySections(model: ReportModel, state: RenderState): ISectionOptions[] {
  const groups: ReportPart[][] = []
  for (const part of model.parts) {
    const last = groups[groups.length - 1]
    if (last && last[0]?.landscape === part.landscape) last.push(part)
    else groups.push([part])
  }
  return groups.map((group) => {
    const landscape = group[0]?.landscape ?? false
    const width = textWidth(landscape)
    const children = group.flatMap((part) =>
      part.blocks.flatMap((b) => renderBlock(b, width, state))
    )
    // docx writes a section's properties into its last paragraph, which must be its own.
    const last = children.at(-1)
    if (last instanceof LightParagraph) children[children.length - 1] = last.asDocx()
    return { properties: pageProperties(landscape), ...headerAndFooter(model.headerText), children }
  })
}

/** The model as a Word document: cover and contents first, then the parts, each on new pages. */
export function renderDocx(model: ReportModel): Document {
  const tocEntries: TocEntry[] = []
  const state: RenderState = { orderedLists: 0, tocEntries, lightParagraphs: true }
  // The body first: the contents list the headings it renders.
  const body = bodySections(model, state)
  const first: ISectionOptions = {
    properties: { ...pageProperties(false), titlePage: true },
    ...headerAndFooter(model.headerText),
    children: [...coverChildren(model.cover), ...tableOfContents(tocEntries)]
  }
  return new Document({
    title: sanitizeLine(model.properties.title),
    description: sanitizeLine(model.properties.description),
    creator: model.properties.creator,
    lastModifiedBy: model.properties.creator,
    features: { updateFields: true },
    styles: reportStyles,
    numbering: reportNumbering,
    sections: [first, ...body]
  })
}
