import { contributionTags, type Contribution } from '../../shared/domain/workspace'
import { list, paragraph } from './blocks'
import type { ReportContext } from './report-context'
import type { Block, Line } from './report-model'
import { reportText } from './report-text'

const tagOrder = [...contributionTags, null] as const

/**
 * Everyone credited on a card when names may be shown: the participant chosen for it or the
 * name its phone gave, and whoever's card was merged into it.
 */
export function speakersOf(card: Contribution, context: ReportContext): string[] {
  if (!context.options.attributions) return []
  const own = card.participantId
    ? context.speakers.get(card.participantId)
    : card.deviceName || undefined
  return [...new Set([...(own ? [own] : []), ...card.mergedFrom])]
}

/** The card's text, followed by "— Anna, Bram" when who said it was recorded and may be shown. */
export function contributionLine(card: Contribution, context: ReportContext): Line {
  const speakers = speakersOf(card, context)
  const line: Line = [{ text: card.text }]
  if (speakers.length > 0) {
    line.push({ text: reportText.attribution(speakers.join(', ')), italic: true })
  }
  return line
}

/** Cards under "Gaat goed", "Kan beter", "Ideeën", "Overig", each group in board order. */
export function contributionBlocks(
  cards: readonly Contribution[],
  context: ReportContext
): Block[] {
  return tagOrder.flatMap((tag) => {
    const own = cards.filter((card) => card.tag === tag)
    if (own.length === 0) return []
    return [
      paragraph(reportText.tags[tag ?? 'none'], 'label'),
      list(own.map((card) => contributionLine(card, context)))
    ]
  })
}

/** The cards of one screen, or a line saying there are none. */
export function screenBlocks(cards: readonly Contribution[], context: ReportContext): Block[] {
  if (cards.length === 0) return [paragraph(reportText.noContributions, 'note')]
  return contributionBlocks(cards, context)
}

/** One card as a line inside a table cell, its tag in front: "Kan beter: … — Anna". */
export function taggedLine(card: Contribution, context: ReportContext): Line {
  const tag = reportText.tags[card.tag ?? 'none']
  return [{ text: `${tag}: `, bold: true }, ...contributionLine(card, context)]
}
