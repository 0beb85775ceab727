import { tallyVotes } from '../../shared/domain/vote-tally'
import type { CardTheme, VoteRound } from '../../shared/domain/votes'
import { cell, heading, list, paragraph, table } from './blocks'
import type { ReportContext } from './report-context'
import type { Block, ReportPart } from './report-model'
import { reportText } from './report-text'

const text = reportText.votes

function themeBlocks(context: ReportContext, themes: readonly CardTheme[]): Block[] {
  const cardText = new Map(context.file.workspace.contributions.map((c) => [c.id, c.text]))
  const used = themes.filter((theme) => theme.cardIds.length > 0)
  if (used.length === 0) return []
  return [
    heading(2, text.themes),
    ...used.flatMap((theme) => [
      paragraph(text.themeLine(theme.title, theme.cardIds.length), 'label'),
      list(theme.cardIds.map((id) => cardText.get(id) ?? '').filter(Boolean))
    ])
  ]
}

function roundBlocks(round: VoteRound): Block[] {
  const tally = tallyVotes(round)
  const rows = tally.results.map((r) => [
    cell(`${r.rank}${r.tied && r.dots > 0 ? ` (${text.tied})` : ''}`),
    cell(`${r.option.label} (${text.kinds[r.option.kind]})`),
    cell(String(r.dots))
  ])
  return [
    heading(2, text.round(round.title)),
    paragraph(text.voters(tally.voters, tally.dotsCast, round.dotsPerPerson, tally.paperPeople)),
    table(text.columns, [2, 10, 2], rows, [0, 2])
  ]
}

/** The themes the team grouped its cards into and the rounds of dot voting, results first. */
export function votesPart(
  context: ReportContext,
  rounds: readonly VoteRound[],
  themes: readonly CardTheme[]
): ReportPart {
  return {
    id: 'stemmingen',
    landscape: false,
    blocks: [
      heading(1, text.heading),
      ...rounds.flatMap(roundBlocks),
      ...themeBlocks(context, themes)
    ]
  }
}
