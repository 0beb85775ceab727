import { AlignmentType, LevelFormat, type INumberingOptions, type IStylesOptions } from 'docx'

/**
 * Calibri: on every Windows and Mac with Office, and LibreOffice substitutes the metric-compatible
 * Carlito; nothing is embedded or fetched. Word's own heading styles (Heading1–3) keep the
 * navigation pane and the table of contents working after the leadership edits the report.
 */
export const bodyFont = 'Calibri'
export const orderedListReference = 'report-ordered'
export const styleIds = {
  note: 'ReportNote',
  label: 'ReportLabel',
  tableText: 'ReportTableText',
  tableHeader: 'ReportTableHeader',
  kicker: 'ReportKicker',
  tocTitle: 'ReportTocTitle'
} as const

const accent = '1F4E79'

const heading = (size: number, before: number) => ({
  run: { font: bodyFont, size, bold: true, color: accent },
  paragraph: { spacing: { before, after: 120 }, keepNext: true, keepLines: true }
})

export const reportStyles: IStylesOptions = {
  default: {
    document: {
      run: { font: bodyFont, size: 22, language: { value: 'nl-NL' } },
      paragraph: { spacing: { after: 120, line: 264 } }
    },
    title: { run: { font: bodyFont, size: 48, bold: true, color: accent } },
    heading1: heading(32, 360),
    heading2: heading(26, 240),
    heading3: heading(23, 200),
    listParagraph: { paragraph: { spacing: { after: 60 } } }
  },
  paragraphStyles: [
    {
      id: styleIds.note,
      name: 'Report Note',
      basedOn: 'Normal',
      run: { size: 19, italics: true, color: '595959' }
    },
    {
      id: styleIds.label,
      name: 'Report Label',
      basedOn: 'Normal',
      next: 'Normal',
      run: { bold: true },
      paragraph: { spacing: { before: 120, after: 60 }, keepNext: true }
    },
    {
      id: styleIds.tableText,
      name: 'Report Table Text',
      basedOn: 'Normal',
      run: { size: 18 },
      paragraph: { spacing: { before: 20, after: 40, line: 240 } }
    },
    {
      id: styleIds.tableHeader,
      name: 'Report Table Header',
      basedOn: styleIds.tableText,
      run: { bold: true },
      paragraph: { keepNext: true }
    },
    {
      id: styleIds.kicker,
      name: 'Report Kicker',
      basedOn: 'Normal',
      run: { size: 24, color: '2E74B5', allCaps: true },
      paragraph: { spacing: { before: 2400, after: 240 } }
    },
    {
      id: styleIds.tocTitle,
      name: 'Report TOC Title',
      basedOn: 'Normal',
      run: { size: 32, bold: true, color: accent },
      paragraph: { spacing: { after: 240 } }
    }
  ]
}

export const reportNumbering: INumberingOptions = {
  config: [
    {
      reference: orderedListReference,
      levels: [
        {
          level: 0,
          format: LevelFormat.DECIMAL,
          text: '%1.',
          alignment: AlignmentType.START,
          style: { paragraph: { indent: { left: 720, hanging: 360 } } }
        }
      ]
    }
  ]
}
