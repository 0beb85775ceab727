import {
  FileChild,
  Paragraph,
  type IContext,
  type IParagraphOptions,
  type IXmlableObject
} from 'docx'
import { splicedOrObjects } from './spliced-xml'

/**
 * The report's table of contents, filled in from its own headings.
 *
 * docx fills a `TableOfContents` in after writing the body, by reading every paragraph of it
 * (a table cell's too) back from the written objects to find the headings: at 1,000 cards that
 * was a sixth of the report's whole process, to find the two dozen headings the report model
 * already lists. So the renderer numbers those headings itself, bookmarks each one as docx
 * would (`_Toc1`, `_Toc2`, …), and writes the same contents: one entry per heading of level 1
 * or 2, with a dotted tab to its page number and a link to its bookmark, the TOC field around
 * them as docx writes it (tests/unit/report/toc-xml.test.ts compares the two).
 */

export interface TocEntry {
  title: string
  level: 1 | 2
  /** The bookmark's number: `_Toc<id>`, `w:id="<id>"`. */
  id: number
}

const attr = (values: Record<string, string | number | boolean>) => ({ _attr: values })
const preserved = (text: string) => ({ 'w:t': [attr({ 'xml:space': 'preserve' }), text] })
const fieldChar = (type: 'begin' | 'separate' | 'end', dirty = false) => ({
  'w:fldChar': attr(dirty ? { 'w:fldCharType': type, 'w:dirty': true } : { 'w:fldCharType': type })
})
const instruction = (text: string) => ({
  'w:instrText': [attr({ 'xml:space': 'preserve' }), text]
})
const bookmarkName = (id: number) => `_Toc${id}`

/** A heading paragraph with its text inside the bookmark its entry links to. */
export class BookmarkedHeading extends Paragraph {
  constructor(
    options: IParagraphOptions,
    private readonly bookmarkId: number
  ) {
    super(options)
  }

  override prepForXml(context: IContext): IXmlableObject | undefined {
    const xml = super.prepForXml(context)
    const content: unknown = xml?.['w:p']
    if (!xml || !Array.isArray(content)) return xml
    const children = content as IXmlableObject[]
    const start = children.findIndex((child) => Object.keys(child)[0] === 'w:pPr') + 1
    const id = this.bookmarkId
    return {
      'w:p': [
        ...children.slice(0, start),
        { 'w:bookmarkStart': attr({ 'w:name': bookmarkName(id), 'w:id': id }) },
        ...children.slice(start),
        { 'w:bookmarkEnd': attr({ 'w:id': id }) }
      ]
    }
  }
}

/** The contents: a content control holding the TOC field and one paragraph per entry. */
export class ReportToc extends FileChild {
  constructor(
    private readonly alias: string,
    private readonly entries: readonly TocEntry[],
    /** Twips: where the page numbers stand, the text width of the section. */
    private readonly textWidth: number
  ) {
    super('w:sdt')
  }

  override prepForXml(context: IContext): IXmlableObject {
    const properties = {
      'w:sdtPr': [
        { 'w:alias': attr({ 'w:val': this.alias }) },
        {
          'w:docPartObj': [
            { 'w:docPartGallery': attr({ 'w:val': 'Table of Contents' }) },
            { 'w:docPartUnique': {} }
          ]
        }
      ]
    }
    const begin = {
      'w:r': [fieldChar('begin', true), instruction('TOC \\h \\o "1-2"'), fieldChar('separate')]
    }
    const entries = this.entries.map((entry, index) => {
      const bookmark = bookmarkName(entry.id)
      return {
        'w:p': [
          {
            'w:pPr': [
              { 'w:pStyle': attr({ 'w:val': `TOC${entry.level}` }) },
              {
                'w:tabs': [
                  {
                    'w:tab': attr({ 'w:val': 'right', 'w:pos': this.textWidth, 'w:leader': 'dot' })
                  }
                ]
              }
            ]
          },
          ...(index === 0 ? [begin] : []),
          {
            'w:hyperlink': [
              attr({ 'w:history': 1, 'w:anchor': bookmark }),
              { 'w:r': [preserved(entry.title)] },
              { 'w:r': [{ 'w:tab': {} }] },
              {
                'w:r': [
                  fieldChar('begin', true),
                  instruction(`PAGEREF ${bookmark} \\h`),
                  fieldChar('separate'),
                  fieldChar('end')
                ]
              }
            ]
          }
        ]
      }
    })
    const end = { 'w:p': [{ 'w:r': [fieldChar('end')] }] }
    return splicedOrObjects(context, {
      'w:sdt': [properties, { 'w:sdtContent': [...entries, end] }]
    })
  }
}
