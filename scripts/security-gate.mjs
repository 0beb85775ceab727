// The security gate (`npm run security`, and CI before the tests): Electronegativity on the
// sources, failing on every high or medium finding that is neither fixed nor justified in place.
//
// A finding is justified by a comment at the end of its line:
//   preload: join(__dirname, '../preload/index.js'), // eng-disable PRELOAD_JS_CHECK -- <why>
// Electronegativity itself drops findings with an `eng-disable` comment; this gate refuses any
// such comment without a reason after ` -- `, and file-wide ones (on a file's first line).
//
// Why not just `npx electronegativity -i src -o out.sarif`: the CLI always exits 0, its SARIF has
// no severity (only "warning", or "note" for manual review), and with -o it keeps quiet about
// files it could not parse. So the gate runs the same runner in-process, which returns severity
// and parse errors and still writes the SARIF file. It also stubs the runner's HTTP client: the
// CLI fetches translations and Electron's release list from the internet on every run, and the
// gate must give the same answer offline.
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, extname, join, relative, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(import.meta.url)
const blocking = new Set(['HIGH', 'MEDIUM'])
// Whether Electron 45 has security fixes pending is for `npm outdated`, not a network call here.
const excludedChecks = ['availablesecurityfixesglobalcheck']
const scannedExtensions = new Set(['.js', '.jsx', '.ts', '.tsx', '.html', '.htm'])
const minimumReason = 10

function parseArgs(argv) {
  const options = { input: join(root, 'src'), electron: undefined }
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--input') options.input = resolve(argv[++i] ?? '')
    else if (argv[i] === '--electron') options.electron = argv[++i]
    else throw new Error(`Unknown argument ${argv[i]}. Usage: security-gate.mjs [--input <dir>]`)
  }
  options.electron ??= JSON.parse(
    readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')
  ).version
  return options
}

/** Loads Electronegativity's runner with an HTTP client that fails at once, without a request. */
function offlineRunner() {
  const runnerPath = require.resolve('@doyensec/electronegativity')
  const gotPath = createRequire(runnerPath).resolve('got')
  const offline = () => Promise.reject(new Error('offline: the security gate makes no requests'))
  offline.head = offline
  require.cache[gotPath] = { id: gotPath, filename: gotPath, loaded: true, exports: offline }
  return { run: require(runnerPath), dir: dirname(runnerPath) }
}

/** Every check id Electronegativity knows, to catch a misspelt one in an eng-disable comment. */
function knownCheckIds(distDir) {
  const atomic = require(join(distDir, 'finder', 'checks', 'AtomicChecks', 'index.js')).CHECKS
  const global = require(join(distDir, 'finder', 'checks', 'GlobalChecks', 'index.js'))
  const ids = new Set()
  for (const Check of [...(atomic ?? []), ...(global.GLOBAL_CHECKS ?? [])]) {
    ids.add(new Check().id.toUpperCase())
    ids.add(Check.name.toUpperCase())
  }
  return ids
}

function scannedFiles(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && scannedExtensions.has(extname(entry.name)))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => !file.split(/[\\/]/).includes('node_modules'))
}

/**
 * Problems with `eng-disable` comments: no reason, a file-wide one, or an unknown check id.
 * Exported for the gate's own test.
 */
export function justificationProblems(file, text, knownIds) {
  const problems = []
  text.split('\n').forEach((line, index) => {
    const match = /(?:\/\/|\/\*|<!--)\s*eng-disable\b(.*)$/.exec(line)
    if (!match) return
    const [ids, reason = ''] = match[1].split(/\s--\s?/, 2)
    const checkIds = ids.split(/[\s,]+/).filter(Boolean)
    const where = `${file}:${index + 1}`
    if (index === 0) {
      problems.push(`${where}: a file-wide eng-disable; put it on the line of the finding`)
    }
    if (checkIds.length === 0) problems.push(`${where}: eng-disable names no check`)
    for (const id of checkIds) {
      if (knownIds && !knownIds.has(id.toUpperCase())) {
        problems.push(`${where}: eng-disable names an unknown check "${id}"`)
      }
    }
    if (reason.replace(/\*\/|-->/g, '').trim().length < minimumReason) {
      problems.push(`${where}: eng-disable ${checkIds.join(' ')} without a reason after " -- "`)
    }
  })
  return problems
}

/** Global checks judge the whole tree and report no file ("N/A", line 0). */
const isGlobal = (issue) => issue.location.line === 0

function describe(issue, input) {
  const where = isGlobal(issue)
    ? 'whole source tree'
    : `${relative(root, resolve(input, issue.file))}:${issue.location.line}`
  const rating = `${issue.severity.name.toLowerCase()}, ${issue.confidence.name.toLowerCase()}`
  return `${issue.id} (${rating}) ${where}: ${issue.description}`
}

function advice(issue) {
  return isGlobal(issue)
    ? 'Fix it: this check looks at the sources as a whole and cannot be justified in one place.'
    : `Fix it, or if it is safe here, end line ${issue.location.line} with ` +
        `// eng-disable ${issue.id} -- <why it is safe>`
}

async function main() {
  const options = parseArgs(process.argv.slice(2))
  const sarif = join(mkdtempSync(join(tmpdir(), 'samenspel-security-')), 'out.sarif')
  const { run, dir } = offlineRunner()
  const log = console.log
  console.log = () => undefined // the runner's offline complaints; its findings come back as data
  let result
  try {
    result = await run({
      input: options.input,
      output: sarif,
      isSarif: true,
      customScan: [],
      excludeFromScan: excludedChecks,
      electronVersionOverride: options.electron,
      parserPlugins: []
    })
  } finally {
    console.log = log
  }
  const input = options.input
  console.log(
    `Electronegativity on ${relative(root, input) || '.'} (Electron ${options.electron}): ` +
      `${result.atomicChecks + result.globalChecks} checks; SARIF in ${sarif}`
  )
  let failures = 0
  for (const error of result.errors.filter((e) => !e.tolerable)) {
    failures++
    console.log(`FAIL  could not scan ${relative(root, error.file)}: ${error.message}`)
  }
  for (const issue of result.issues) {
    if (!blocking.has(issue.severity.name)) {
      console.log(`note  ${describe(issue, input)}`)
      continue
    }
    failures++
    console.log(`FAIL  ${describe(issue, input)}`)
    console.log(`      https://github.com/doyensec/electronegativity/wiki/${issue.id}`)
    console.log(`      ${advice(issue)}`)
  }
  const knownIds = knownCheckIds(dir)
  for (const file of scannedFiles(input)) {
    const problems = justificationProblems(
      relative(root, file),
      readFileSync(file, 'utf8'),
      knownIds
    )
    for (const problem of problems) {
      failures++
      console.log(`FAIL  ${problem}`)
    }
  }
  console.log(
    failures === 0 ? 'Security gate passed.' : `Security gate FAILED: ${failures} problem(s).`
  )
  process.exitCode = failures === 0 ? 0 : 1
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((error) => {
    console.error(`Security gate could not run: ${error.stack ?? error}`)
    process.exitCode = 1
  })
}
