import {
  AlignmentType,
  Document,
  HeadingLevel,
  ImageRun,
  LineRuleType,
  Paragraph,
  TextRun,
  type FileChild,
  type ISectionOptions
} from 'docx'
import { packDocx } from '../../report/docx-package'
import { renderBlock, textRuns, type RenderState } from '../../report/render-blocks'
import { headerAndFooter, pageProperties, textWidth } from '../../report/render-docx'
import { reportNumbering, reportStyles, styleIds } from '../../report/render-styles'
import { sanitizeLine } from '../../report/sanitize'
import { LatePictures } from '../../report/late-pictures'
import { heatmapPng } from '../chart/heatmap-png'
import type { BoardBlock, BoardReportModel, HeatmapBlock } from './board-report-model'
import { boardReportText as text } from './board-report-text'

const twipsPerPixel = 15

/**
 * The chart as a PNG only: LibreOffice draws an embedded SVG (Word 2016's svgBlip) wrongly, and
 * a PNG at twice the drawing's size is sharp in Word, LibreOffice and print alike.
 */
function imageParagraph(block: HeatmapBlock, picture: PlacedPicture, width: number): Paragraph {
  const { data, width: w, height: h } = picture
  const maxWidth = Math.floor(width / twipsPerPixel)
  const scale = Math.min(1, maxWidth / w)
  const transformation = { width: Math.round(w * scale), height: Math.round(h * scale) }
  const altText = { name: block.title, title: block.title, description: block.alt }
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    // The body style's line spacing carries no rule, which LibreOffice reads as "exactly" and
    // so clips an inline image to one line: say "auto".
    spacing: { line: 240, lineRule: LineRuleType.AUTO, after: 240 },
    keepNext: false,
    children: [new ImageRun({ type: 'png', data, transformation, altText })]
  })
}

/** A heatmap's picture as docx gets it (a stand-in, see late-pictures.ts) and its size. */
export interface PlacedPicture {
  data: Uint8Array
  width: number
  height: number
}

/** Each heatmap's picture, drawn before the document is put together. */
export type HeatmapPictures = ReadonlyMap<HeatmapBlock, PlacedPicture>

function renderBoardBlock(
  block: BoardBlock,
  width: number,
  state: RenderState,
  pictures: HeatmapPictures
): FileChild[] {
  if (block.kind !== 'heatmap') return renderBlock(block, width, state)
  const picture = pictures.get(block)
  if (!picture) throw new Error(`No picture drawn for the heatmap "${block.title}"`)
  return [imageParagraph(block, picture, width)]
}

function cover(model: BoardReportModel): FileChild[] {
  const line = (label: string, value: string) =>
    new Paragraph({ children: textRuns([{ text: `${label}: `, bold: true }, { text: value }]) })
  return [
    new Paragraph({ style: styleIds.kicker, children: [new TextRun(text.kicker)] }),
    new Paragraph({ heading: HeadingLevel.TITLE, children: textRuns([{ text: model.title }]) }),
    ...(model.cover.boards.length > 0
      ? [line(text.cover.board, model.cover.boards.join(', '))]
      : []),
    line(text.cover.made, model.cover.made),
    line(text.cover.schools, String(model.cover.schools)),
    line(text.cover.files, String(model.cover.files))
  ]
}

/** Cover, then each part in its own section: the heatmap's part is landscape. */
export function renderBoardDocx(model: BoardReportModel, pictures: HeatmapPictures): Document {
  const state: RenderState = { orderedLists: 0 }
  const sections: ISectionOptions[] = model.parts.map((part, i) => {
    const width = textWidth(part.landscape)
    return {
      properties: pageProperties(part.landscape),
      ...headerAndFooter(model.headerText),
      children: [
        ...(i === 0 ? cover(model) : []),
        ...part.blocks.flatMap((b) => renderBoardBlock(b, width, state, pictures))
      ]
    }
  })
  return new Document({
    title: sanitizeLine(model.title),
    description: sanitizeLine(model.description),
    creator: 'Samenspel',
    lastModifiedBy: 'Samenspel',
    styles: reportStyles,
    numbering: reportNumbering,
    sections
  })
}

/**
 * The model's heatmaps, drawn one after the other; each is deflated on the thread pool while
 * the next is drawn and the document written, and docx gets a stand-in for it meanwhile.
 */
function drawHeatmaps(model: BoardReportModel, late: LatePictures): HeatmapPictures {
  const pictures = new Map<HeatmapBlock, PlacedPicture>()
  for (const part of model.parts) {
    for (const block of part.blocks) {
      if (block.kind !== 'heatmap') continue
      const { png, width, height } = heatmapPng(block.chart)
      pictures.set(block, { data: late.standIn(png), width, height })
    }
  }
  return pictures
}

/** Zipped as the session report is (Node's zlib, not docx's JavaScript deflate). */
export async function packBoardDocx(model: BoardReportModel): Promise<Uint8Array> {
  const late = new LatePictures()
  return packDocx(renderBoardDocx(model, drawHeatmaps(model, late)), late)
}
