import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { loadContent } from '../src/main/content/load-content'
import { buildReport, buildReportModel } from '../src/main/report/build-report'
import type { Block, Line, ReportModel } from '../src/main/report/report-model'
import { answerValues } from '../src/shared/content/quickscan'
import type { ContentBundle } from '../src/shared/content/content-bundle'
import { emptyActionFields, type Action } from '../src/shared/domain/action-plan'
import type { QuickscanRespondent } from '../src/shared/domain/quickscan'
import { defaultReportOptions } from '../src/shared/domain/report-options'
import { contributionTags, type Contribution } from '../src/shared/domain/workspace'
import type { SessionFile } from '../src/shared/exchange/session-file'
import { makeTempDir } from '../tests/helpers/temp-dir'
import { summarize, type Bench, type BenchContext, type BenchRow } from './report'

const resourcesDir = join(__dirname, '..', 'resources')
const cards = 1000
const actions = 200
const respondents = 40
const participants = 20
const rounds = 5
const label = `${cards.toLocaleString('en')} cards, ${actions} actions, ${respondents} respondents`

const stamp = '2026-11-22T09:00:00.000Z'
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`
const sessionId = uuid(1)
const sentence = (i: number) =>
  `Bijdrage ${i}: ouders helpen mee bij de voorleesochtend en vertellen wat hun kind thuis leest.`

function bigCards(content: ContentBundle, count: number): Contribution[] {
  const questions = content.kwaliteitskaart.steps[0].questions
  return Array.from({ length: count }, (_, i) => ({
    id: uuid(10_000 + i),
    sessionId,
    screenId: questions[i % questions.length]?.id ?? 'stap1-vraag-1',
    text: sentence(i),
    tag: i % 4 === 3 ? null : (contributionTags[i % 3] ?? null),
    participantId: uuid(100 + (i % participants)),
    carryToPlan: false,
    position: i,
    createdAt: stamp,
    updatedAt: stamp,
    origin: 'gespreksleider' as const,
    deviceId: null,
    deviceName: null,
    held: false,
    hidden: false,
    mergedFrom: []
  }))
}

function bigActions(): Action[] {
  return Array.from({ length: actions }, (_, i) => ({
    ...emptyActionFields(`Actie ${i}: koffieochtend per bouw organiseren`),
    why: 'Ouders kennen elkaar en de school nog te weinig.',
    screenId: 'stap1-vraag-1',
    factor: (i % 10) + 1,
    aspect: 'basale-organisatie',
    ownerParticipantId: uuid(100 + (i % participants)),
    deadline: '2027-01-15',
    firstStep: 'Datum prikken met de ouderraad',
    support: 'Bespreken in de teamvergadering',
    successIndicator: 'Twintig ouders per ochtend',
    followUp: '2027-02-01',
    id: uuid(50_000 + i),
    sessionId,
    position: i,
    origin: 'vrij' as const,
    originRef: null,
    createdAt: stamp,
    updatedAt: stamp
  }))
}

function bigQuickscan(content: ContentBundle): SessionFile['quickscan'] {
  const respondent = (r: number): QuickscanRespondent => ({
    id: uuid(70_000 + r),
    name: '',
    role: 'leerkracht',
    mode: 'laptop',
    answers: Object.fromEntries(
      content.quickscan.questions.map((q, i) => [q.id, answerValues[(r * 7 + i * 3) % 6] ?? '?'])
    ),
    grades: Object.fromEntries(content.quickscan.clusters.map((c, i) => [c.id, 4 + ((r + i) % 6)])),
    completed: true,
    createdAt: stamp
  })
  return {
    id: uuid(3),
    sessionId,
    revealed: true,
    packVersion: 1,
    respondents: Array.from({ length: respondents }, (_, r) => respondent(r)),
    priorities: [],
    createdAt: stamp
  }
}

/** A session of `count` cards (1,000 by default), 200 actions and 40 respondents. */
export function bigSession(content: ContentBundle, count = cards): SessionFile {
  return {
    format: 'samenspel-session',
    formatVersion: 1,
    exportedAt: stamp,
    appVersion: 'bench',
    content: {
      kwaliteitskaart: { id: content.kwaliteitskaart.id, version: content.kwaliteitskaart.version },
      quickscan: { id: content.quickscan.id, version: content.quickscan.version }
    },
    session: {
      id: sessionId,
      title: 'Benchmark',
      school: 'De Regenboog',
      team: 'Hele team',
      date: '2026-11-22',
      facilitator: 'Mira',
      createdAt: stamp,
      updatedAt: stamp
    },
    participants: Array.from({ length: participants }, (_, i) => ({
      id: uuid(100 + i),
      sessionId,
      name: `Collega ${i}`,
      role: 'leerkracht',
      position: i
    })),
    workspace: {
      sessionId,
      position: 'afronding',
      focus: ['praktijkvraag-1'],
      contributions: bigCards(content, count),
      notes: [],
      conversationForms: [],
      agendaElements: [],
      agenda: { forWhom: '', timing: '', notes: '' },
      selfAssessments: [],
      supportChoices: []
    },
    actions: bigActions(),
    actionReviews: [],
    nextMeeting: { date: '2027-03-08', note: '' },
    quickscan: bigQuickscan(content)
  }
}

/** The same report as Markdown, so pandoc converts the same content as buildReport does. */
export function modelToMarkdown(model: ReportModel): string {
  const escape = (text: string) => text.replace(/([\\`*_[\]|#<>])/g, '\\$1').replace(/\s+/g, ' ')
  const line = (runs: Line) =>
    runs
      .map((r) =>
        r.bold ? `**${escape(r.text)}**` : r.italic ? `*${escape(r.text)}*` : escape(r.text)
      )
      .join('')
  const block = (b: Block): string => {
    if (b.kind === 'heading') return `${'#'.repeat(b.level)} ${escape(b.text)}`
    if (b.kind === 'paragraph') return line(b.runs)
    if (b.kind === 'list')
      return b.items.map((item, i) => `${b.ordered ? `${i + 1}.` : '-'} ${line(item)}`).join('\n')
    // Pandoc gets the chart's alt text: a picture it has no file for.
    if (b.kind === 'image') return escape(b.description)
    const row = (cells: string[]) => `| ${cells.join(' | ')} |`
    return [
      row(b.columns.map((c) => escape(c.title))),
      row(b.columns.map(() => '---')),
      ...b.rows.map((r) => row(r.map((c) => c.paragraphs.map(line).join(' '))))
    ].join('\n')
  }
  const { cover } = model
  const head = [`# ${escape(cover.title)}`, `${cover.school} · ${cover.date}`]
  return [...head, ...model.parts.flatMap((p) => p.blocks.map(block))].join('\n\n')
}

async function ourBuild(file: SessionFile, content: ContentBundle): Promise<number[]> {
  await buildReport(file, content, defaultReportOptions) // warm-up: JIT and module loading
  const samples: number[] = []
  for (let i = 0; i < rounds; i++) {
    globalThis.gc?.()
    const started = performance.now()
    await buildReport(file, content, defaultReportOptions)
    samples.push(performance.now() - started)
  }
  return samples
}

/** Wall time of `pandoc in.md -o out.docx`, start-up included, as a user would run it. */
function pandocBuild(markdown: string, context: BenchContext): number[] | null {
  if (spawnSync('pandoc', ['--version']).status !== 0) return null
  const dir = makeTempDir('samenspel-bench-pandoc-')
  try {
    const input = join(dir.path, 'verslag.md')
    writeFileSync(input, markdown)
    const args = ['-f', 'markdown', '-t', 'docx', '-o', join(dir.path, 'verslag.docx'), input]
    const samples: number[] = []
    for (let i = 0; i <= rounds; i++) {
      const started = performance.now()
      const result = spawnSync('pandoc', args)
      if (result.status !== 0) throw new Error(`pandoc failed: ${String(result.stderr)}`)
      if (i > 0) samples.push(performance.now() - started)
    }
    context.log(`pandoc: ${(markdown.length / 1024).toFixed(0)} KiB of Markdown`)
    return samples
  } finally {
    dir.remove()
  }
}

async function run(context: BenchContext): Promise<BenchRow[]> {
  const content = loadContent(resourcesDir)
  const file = bigSession(content)
  const ours = summarize(await ourBuild(file, content))
  const markdown = modelToMarkdown(buildReportModel(file, content, defaultReportOptions))
  const pandoc = pandocBuild(markdown, context)
  const name = `buildReport (${label}): median (n=${rounds})`
  const rows: BenchRow[] = [{ name, value: ours.median, unit: 'ms', target: { max: 1000 } }]
  if (!pandoc) {
    rows.push({
      name: 'pandoc Markdown → docx: pandoc not installed',
      value: Number.NaN,
      unit: 'ms'
    })
    return rows
  }
  const theirs = summarize(pandoc)
  const comparison = { name: 'pandoc median', value: theirs.median }
  rows.push(
    {
      name: `buildReport vs pandoc (same content)`,
      value: ours.median,
      unit: 'ms',
      comparison,
      target: { max: 1, of: 'ratio' }
    },
    { name: `pandoc Markdown → docx: median (n=${rounds})`, value: theirs.median, unit: 'ms' }
  )
  return rows
}

/** The Word report of a big session, against pandoc converting the same content. */
export const reportBuild: Bench = {
  name: `report build (${label})`,
  run
}
