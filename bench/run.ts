import { boardBench } from './board'
import { enterToCard } from './enter-to-card'
import { machineInfo } from './machine'
import { quickscanMerge } from './quickscan-merge'
import { heldDatabase } from './held-database'
import { hostStartup } from './host-startup'
import { participantLoad } from './participant-load'
import { formatTable, missedTargets, type Bench, type Section } from './report'
import { reportBuild } from './report-build'
import { reportProcess } from './report-process'
import { room } from './room'
import { storeContribution } from './store-contribution'
import { storeHttp } from './store-http'

/** Every bench, in the order they run; a later issue's bench is one more entry here. */
const benches: readonly Bench[] = [
  storeContribution,
  storeHttp,
  enterToCard,
  quickscanMerge,
  reportBuild,
  reportProcess,
  hostStartup,
  participantLoad,
  heldDatabase,
  boardBench,
  room
]

const log = (line: string): void => {
  process.stderr.write(`  … ${line}\n`)
}

/** `npm run bench -- store` runs only the benches whose name contains "store". */
function selected(filters: readonly string[]): readonly Bench[] {
  if (filters.length === 0) return benches
  return benches.filter((bench) =>
    filters.some((filter) => bench.name.toLowerCase().includes(filter.toLowerCase()))
  )
}

async function runOne(bench: Bench): Promise<Section> {
  const started = performance.now()
  log(`${bench.name}`)
  try {
    const rows = await bench.run({ log })
    log(`done in ${((performance.now() - started) / 1000).toFixed(1)} s`)
    return { name: bench.name, rows }
  } catch (error) {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error)
    process.stderr.write(`${message}\n`)
    return { name: bench.name, rows: [], error: message.split('\n')[0] ?? message }
  }
}

async function main(): Promise<void> {
  console.log('Samenspel benchmarks')
  for (const line of machineInfo()) console.log(`  ${line}`)
  console.log('')
  const sections: Section[] = []
  for (const bench of selected(process.argv.slice(2))) sections.push(await runOne(bench))
  console.log('')
  console.log(formatTable(sections))
  console.log('')
  const missed = missedTargets(sections)
  const failed = sections.filter((section) => section.error).length
  console.log(
    `${missed === 0 ? 'every target met' : `${missed} target(s) MISSED`}` +
      (failed > 0 ? `; ${failed} bench(es) FAILED to run` : '')
  )
  // A missed target is a figure to look at, not a failure; a bench that cannot run is broken.
  process.exitCode = failed > 0 ? 1 : 0
}

void main()
