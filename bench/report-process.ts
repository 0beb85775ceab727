import { spawnSync } from 'node:child_process'
import { existsSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { loadContent } from '../src/main/content/load-content'
import { buildReportModel } from '../src/main/report/build-report'
import type { Block, ReportModel } from '../src/main/report/report-model'
import { defaultReportOptions } from '../src/shared/domain/report-options'
import { makeTempDir } from '../tests/helpers/temp-dir'
import { bigSession, modelToMarkdown } from './report-build'
import { percentile, type Bench, type BenchContext, type BenchRow } from './report'

const root = join(__dirname, '..')
const resourcesDir = join(root, 'resources')
/** The app's own command as users run it after a build: `node out/main/report-cli.js`. */
const reportCli = join(root, 'out', 'main', 'report-cli.js')
const bareScript = join(__dirname, 'bare-docx.mjs')

/** The same content for the bare `docx` script: the report's blocks, pictures as base64. */
function bareContent(model: ReportModel): string {
  const blocks = model.parts.flatMap((part) =>
    part.blocks.map((b: Block) =>
      b.kind === 'image' ? { ...b, png: Buffer.from(b.png).toString('base64') } : b
    )
  )
  const { cover } = model
  return JSON.stringify({ title: cover.title, subtitle: `${cover.school} · ${cover.date}`, blocks })
}

interface Contender {
  name: string
  command: string
  args: string[]
  output: string
}

/** Wall time of one whole process, start-up to exit, checked to have written its file. */
function timeOnce(contender: Contender): number {
  const started = performance.now()
  const result = spawnSync(contender.command, contender.args, { encoding: 'utf8' })
  const elapsed = performance.now() - started
  if (result.status !== 0) {
    throw new Error(`${contender.name} exited ${result.status}: ${result.stderr || result.stdout}`)
  }
  if (!existsSync(contender.output) || statSync(contender.output).size === 0) {
    throw new Error(`${contender.name} wrote no file`)
  }
  return elapsed
}

/**
 * Every contender once per round, in an order that turns each round, so the machine's load
 * falls on all of them alike; one round first to warm the disk cache, not counted.
 */
function race(contenders: Contender[], rounds: number): number[][] {
  const samples = contenders.map(() => [] as number[])
  for (let round = -1; round < rounds; round++) {
    for (let k = 0; k < contenders.length; k++) {
      const index = (k + Math.max(0, round)) % contenders.length
      const contender = contenders[index]
      if (!contender) continue
      const elapsed = timeOnce(contender)
      if (round >= 0) samples[index]?.push(elapsed)
    }
  }
  return samples
}

const pandocAvailable = (): boolean => spawnSync('pandoc', ['--version']).status === 0

async function measure(cards: number, rounds: number, context: BenchContext): Promise<BenchRow[]> {
  const content = loadContent(resourcesDir)
  const file = bigSession(content, cards)
  const model = buildReportModel(file, content, defaultReportOptions)
  const dir = makeTempDir('samenspel-bench-report-')
  try {
    const sessionPath = join(dir.path, 'sessie.samenspel.json')
    writeFileSync(sessionPath, JSON.stringify(file))
    const markdownPath = join(dir.path, 'verslag.md')
    writeFileSync(markdownPath, modelToMarkdown(model))
    const barePath = join(dir.path, 'inhoud.json')
    writeFileSync(barePath, bareContent(model))
    const out = (name: string) => join(dir.path, name)
    const ours: Contender = {
      name: 'npm run report',
      command: process.execPath,
      args: [reportCli, sessionPath, out('ours.docx')],
      output: out('ours.docx')
    }
    const bare: Contender = {
      name: 'bare docx',
      command: process.execPath,
      args: [bareScript, barePath, out('bare.docx')],
      output: out('bare.docx')
    }
    const pandoc: Contender = {
      name: 'pandoc',
      command: 'pandoc',
      args: ['-f', 'markdown', '-t', 'docx', '-o', out('pandoc.docx'), markdownPath],
      output: out('pandoc.docx')
    }
    const withPandoc = pandocAvailable()
    const contenders = withPandoc ? [ours, bare, pandoc] : [ours, bare]
    context.log(`report: ${cards.toLocaleString('en')} cards, ${rounds} rounds, whole processes`)
    const [oursMs = [], bareMs = [], pandocMs = []] = race(contenders, rounds)
    const median = (samples: number[]) => percentile(samples, 50)
    const label = `${cards.toLocaleString('en')} cards`
    const rows: BenchRow[] = [
      {
        name: `${label}: npm run report, whole process: median (n=${rounds})`,
        value: median(oursMs),
        unit: 'ms'
      },
      {
        name: `${label}: report vs bare docx script (same content, whole process)`,
        value: median(oursMs),
        unit: 'ms',
        comparison: { name: 'bare docx median', value: median(bareMs) },
        target: { max: 1.3, of: 'ratio' }
      },
      {
        name: `${label}: bare docx script, whole process: median`,
        value: median(bareMs),
        unit: 'ms'
      }
    ]
    if (!withPandoc) {
      rows.push({
        name: `${label}: pandoc not installed — anchor skipped`,
        value: Number.NaN,
        unit: 'ms'
      })
      return rows
    }
    rows.push({
      name: `${label}: report vs pandoc (same content, whole process)`,
      value: median(oursMs),
      unit: 'ms',
      comparison: { name: 'pandoc median', value: median(pandocMs) },
      target: { max: 0.5, of: 'ratio' }
    })
    rows.push({
      name: `${label}: pandoc, whole process: median`,
      value: median(pandocMs),
      unit: 'ms'
    })
    return rows
  } finally {
    dir.remove()
  }
}

/**
 * The Word report as a user gets it: `npm run report`'s process from start to exit (start,
 * load, read and validate the file, build, write), against pandoc and a bare `docx` script as
 * whole processes on the same content, in the same rounds.
 */
export const reportProcess: Bench = {
  name: 'report as a whole process, next to pandoc and the bare docx library',
  async run(context) {
    if (!existsSync(reportCli)) throw new Error(`${reportCli} missing: build first`)
    return [...(await measure(1_000, 9, context)), ...(await measure(10_000, 3, context))]
  }
}
