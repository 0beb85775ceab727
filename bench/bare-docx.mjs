// The report bench's anchor: the `docx` library alone, as a whole process, writing the same
// content as the app's report (headings, paragraphs, lists, tables, the chart pictures) from a
// JSON file of it. Plain JavaScript, run by node without a build or transform step, so its
// start-up is node's and the library's only. Usage: node bare-docx.mjs content.json out.docx
import { Buffer } from 'node:buffer'
import { readFileSync, writeFileSync } from 'node:fs'
import {
  Document,
  HeadingLevel,
  ImageRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun
} from 'docx'

const [input, output] = process.argv.slice(2)
const content = JSON.parse(readFileSync(input, 'utf8'))
const levels = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3]

const runs = (line) =>
  line.map((run) => new TextRun({ text: run.text, bold: run.bold, italics: run.italic }))

function block(b) {
  if (b.kind === 'heading') return [new Paragraph({ heading: levels[b.level - 1], text: b.text })]
  if (b.kind === 'paragraph') return [new Paragraph({ children: runs(b.runs) })]
  if (b.kind === 'list') {
    return b.items.map((item) => new Paragraph({ bullet: { level: 0 }, children: runs(item) }))
  }
  if (b.kind === 'image') {
    const data = Buffer.from(b.png, 'base64')
    const width = 600
    const height = Math.round((b.height / b.width) * width)
    const image = new ImageRun({ type: 'png', data, transformation: { width, height } })
    return [new Paragraph({ children: [image] })]
  }
  const cell = (paragraphs) =>
    new TableCell({ children: paragraphs.map((p) => new Paragraph({ children: runs(p) })) })
  const header = new TableRow({
    tableHeader: true,
    children: b.columns.map((c) => cell([[{ text: c.title, bold: true }]]))
  })
  const rows = b.rows.map((r) => new TableRow({ children: r.map((c) => cell(c.paragraphs)) }))
  return [new Table({ rows: [header, ...rows] })]
}

const children = [
  new Paragraph({ heading: HeadingLevel.TITLE, text: content.title }),
  new Paragraph({ text: content.subtitle }),
  ...content.blocks.flatMap(block)
]
const document = new Document({ sections: [{ children }] })
writeFileSync(output, await Packer.toBuffer(document))
