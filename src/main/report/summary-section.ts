import { heading, list, paragraph } from './blocks'
import { actionsInOrder, ownerText } from './action-plan-section'
import { dutchDate, joinPresent } from './format'
import { mergeOf } from './quickscan-section'
import { cardsOf, type CardPart, type ReportContext } from './report-context'
import type { Block, Line, ReportPart } from './report-model'
import { reportText } from './report-text'

const text = reportText.summary

const partLabels: [CardPart, string][] = [
  ['praktijkvragen', reportText.sectionLabels.praktijkvragen],
  ['stap1', reportText.stepShort(1)],
  ['stap2', reportText.stepShort(2)],
  ['stap3', reportText.stepShort(3)],
  ['afspraken', reportText.sectionLabels.afspraken],
  ['quickscan', reportText.sectionLabels.quickscan],
  ['overig', reportText.sectionLabels.overig]
]

/** The top actions of the plan: what, who and by when. */
function priorityBlocks(context: ReportContext): Block[] {
  const actions = actionsInOrder(context.file.actions)
  const top = actions.slice(0, text.topActions)
  const blocks: Block[] = [heading(2, text.priorities)]
  if (top.length === 0) return [...blocks, paragraph(text.noActions)]
  const items = top.map((action): Line => {
    const owner = ownerText(action, context)
    const detail = joinPresent(
      [
        owner ? text.owner(owner) : '',
        action.deadline ? text.deadline(dutchDate(action.deadline)) : ''
      ],
      ', '
    )
    const line: Line = [{ text: action.what, bold: true }]
    if (detail) line.push({ text: ` (${detail})`, italic: true })
    return line
  })
  blocks.push(list(items, true))
  const more = actions.length - top.length
  if (more > 0) blocks.push(paragraph(text.moreActions(more)))
  return blocks
}

function contributionCountBlocks(context: ReportContext): Block[] {
  const counts = partLabels
    .map(([part, label]) => ({ label, count: cardsOf(context, part).length }))
    .filter(({ count }) => count > 0)
  return [
    heading(2, text.contributions),
    counts.length === 0
      ? paragraph(text.noContributions)
      : list(counts.map(({ label, count }) => text.contributionCount(label, count)))
  ]
}

function quickscanBlocks(context: ReportContext): Block[] {
  const { quickscan } = context.file
  if (!quickscan) return []
  const merge = mergeOf(context, quickscan)
  const verdicts = { eens: 0, verdeeld: 0, 'geen-zicht': 0 }
  for (const item of merge.items) if (item.verdict) verdicts[item.verdict]++
  const sentence = reportText.quickscan.summary(
    merge.respondents,
    verdicts.eens,
    verdicts.verdeeld,
    verdicts['geen-zicht']
  )
  return [heading(2, text.quickscan), paragraph(sentence)]
}

export function summaryPart(context: ReportContext): ReportPart {
  const blocks: Block[] = [
    heading(1, text.heading),
    ...priorityBlocks(context),
    ...contributionCountBlocks(context),
    ...quickscanBlocks(context)
  ]
  return { id: 'samenvatting', landscape: false, blocks }
}
