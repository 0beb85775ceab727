import type { ContentBundle } from '../../shared/content/content-bundle'
import type { ReportOptions } from '../../shared/domain/report-options'
import type { SessionFile } from '../../shared/exchange/session-file'
import { actionPlanPart, nextMeetingPart } from './action-plan-section'
import { contributionBlocks } from './contributions'
import { dutchDate, joinPresent } from './format'
import { quickscanPart } from './quickscan-section'
import { hasContent } from './part-content'
import { noHistory, type ReportHistory } from './report-history'
import { reviewPart } from './review-section'
import { votesPart } from './votes-section'
import { cardsOf, includes, makeContext, type ReportContext } from './report-context'
import { heading, paragraph } from './blocks'
import type { ReportCover, ReportModel, ReportPart } from './report-model'
import { reportText } from './report-text'
import { stepPart, practicePart } from './step-sections'
import { summaryPart } from './summary-section'

/** Cards whose screen the pack no longer knows: kept, so nothing the team said is lost. */
function otherPart(context: ReportContext): ReportPart[] {
  const cards = cardsOf(context, 'overig')
  const cardSections = ['praktijkvragen', 'stap1', 'stap2', 'stap3'] as const
  if (cards.length === 0 || !cardSections.some((s) => includes(context, s))) return []
  const blocks = [
    heading(1, reportText.otherContributions),
    paragraph(reportText.otherIntro, 'note'),
    ...contributionBlocks(cards, context)
  ]
  return [{ id: 'overig', landscape: false, blocks }]
}

function parts(context: ReportContext, history: ReportHistory): ReportPart[] {
  const { quickscan } = context.file
  // A part with nothing recorded is left out: an empty follow-up report should be short.
  const when = (section: Parameters<typeof includes>[1], make: () => ReportPart): ReportPart[] =>
    includes(context, section) && hasContent(section, context, history) ? [make()] : []
  return [
    ...when('samenvatting', () => summaryPart(context)),
    ...when('terugblik', () => reviewPart(context, history.reviews)),
    ...when('praktijkvragen', () => practicePart(context)),
    ...when('stap1', () => stepPart(1, context)),
    ...when('stap2', () => stepPart(2, context)),
    ...when('stap3', () => stepPart(3, context)),
    ...(quickscan
      ? when('quickscan', () => quickscanPart(context, quickscan, history.previousQuickscan))
      : []),
    ...when('stemmingen', () => votesPart(context, history.votes, history.themes)),
    ...otherPart(context),
    ...when('actieplan', () => actionPlanPart(context)),
    ...when('volgende-bijeenkomst', () => nextMeetingPart(context))
  ]
}

function cover(file: SessionFile): ReportCover {
  const participants = [...file.participants]
    .sort((a, b) => a.position - b.position)
    .map(({ name, role }) => ({ name, role }))
  const { title, school, team, date, facilitator } = file.session
  return { title, school, team, date: dutchDate(date), facilitator, participants }
}

/**
 * The whole report as plain data. Pure: the same file, content, options and history always
 * give the same model, so it is tested without Word.
 */
export function buildReportModel(
  file: SessionFile,
  content: ContentBundle,
  options: ReportOptions,
  history: ReportHistory = noHistory
): ReportModel {
  const context = makeContext(file, content, options)
  const date = dutchDate(file.session.date)
  return {
    properties: {
      title: `${reportText.documentTitle} – ${file.session.title}`,
      description: reportText.description(file.session.title, date),
      creator: reportText.creator
    },
    cover: cover(file),
    headerText: joinPresent([file.session.school, date], ' · '),
    parts: parts(context, history)
  }
}
