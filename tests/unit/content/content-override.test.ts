import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { exportShippedPack } from '../../../src/main/content/export-pack'
import {
  contentOverrideFolder,
  loadContent,
  loadContentWithOverrides
} from '../../../src/main/content/load-content'
import { openAppCore } from '../../../src/main/core'
import { makeTempDir } from '../../helpers/temp-dir'
import { repoResourcesDir } from '../../helpers/test-core'

const shipped = loadContent(repoResourcesDir)
const dirs: { remove(): void }[] = []
afterEach(() => dirs.splice(0).forEach((dir) => dir.remove()))

function dataDir() {
  const dir = makeTempDir('samenspel-override-')
  dirs.push(dir)
  return { path: dir.path, content: join(dir.path, contentOverrideFolder) }
}

/** The shipped quickscan with its first question reworded, as a trainer would. */
function adaptedQuickscan(): string {
  const pack = JSON.parse(
    readFileSync(join(repoResourcesDir, 'content', 'quickscan.json'), 'utf8')
  ) as { questions: { text: string }[] }
  const first = pack.questions[0]
  if (!first) throw new Error('the shipped quickscan has no question')
  first.text = 'Onze eigen vraag voor dit team'
  return JSON.stringify(pack)
}

describe("a trainer's own content packs", () => {
  it('replace the shipped pack of the same name, validated like it', () => {
    const dir = dataDir()
    expect(exportShippedPack(repoResourcesDir, dir.content, 'quickscan')).toMatchObject({
      outcome: 'exported'
    })
    writeFileSync(join(dir.content, 'quickscan.json'), adaptedQuickscan())
    const loaded = loadContentWithOverrides(repoResourcesDir, dir.content)
    expect(loaded.problems).toEqual([])
    expect(loaded.sources).toEqual({
      kwaliteitskaart: 'shipped',
      successFactors: 'shipped',
      reference: 'shipped',
      quickscan: 'override'
    })
    expect(JSON.stringify(loaded.content.quickscan)).toContain('Onze eigen vraag voor dit team')
    expect(loaded.content.kwaliteitskaart).toEqual(shipped.kwaliteitskaart)
  })

  it('a broken one is reported with the shipped message, skipped and left as it was', () => {
    const dir = dataDir()
    mkdirSync(dir.content, { recursive: true })
    const broken = join(dir.content, 'quickscan.json')
    writeFileSync(broken, '{"clusters": [')
    writeFileSync(join(dir.content, 'reference.json'), '{"version": 1}')
    const before = statSync(broken).mtimeMs
    const loaded = loadContentWithOverrides(repoResourcesDir, dir.content)
    expect(loaded.problems.map((problem) => problem.message)).toEqual([
      expect.stringMatching(/^Inhoudspakket reference\.json is ongeldig: /),
      expect.stringMatching(/^Inhoudspakket quickscan\.json is ongeldig: geen geldige JSON/)
    ])
    expect(loaded.content).toEqual(shipped)
    expect(readFileSync(broken, 'utf8')).toBe('{"clusters": [')
    expect(statSync(broken).mtimeMs).toBe(before)
  })

  it('are used by the app core, which still starts on a broken one', async () => {
    const dir = dataDir()
    mkdirSync(dir.content, { recursive: true })
    writeFileSync(join(dir.content, 'quickscan.json'), adaptedQuickscan())
    writeFileSync(join(dir.content, 'kwaliteitskaart.json'), 'niet eens JSON')
    const core = openAppCore({
      dataDir: dir.path,
      host: 'browser',
      version: '0.0.0-test',
      resourcesDir: repoResourcesDir,
      contentOverrideDir: dir.content
    })
    try {
      expect(core.contentSources).toMatchObject({
        quickscan: 'override',
        kwaliteitskaart: 'shipped'
      })
      expect(core.contentProblems).toHaveLength(1)
      const answer = await core.dispatch('content.get', {})
      if (!answer.ok) throw new Error(answer.error.message)
      expect(JSON.stringify(answer.data)).toContain('Onze eigen vraag voor dit team')
    } finally {
      core.close()
    }
  })

  it('exporting never overwrites what the trainer already has', () => {
    const dir = dataDir()
    mkdirSync(dir.content, { recursive: true })
    const mine = join(dir.content, 'reference.json')
    writeFileSync(mine, 'mijn werk')
    expect(exportShippedPack(repoResourcesDir, dir.content, 'reference')).toEqual({
      outcome: 'exists',
      path: mine
    })
    expect(readFileSync(mine, 'utf8')).toBe('mijn werk')
    // A folder that cannot be made (a file is in the way) is a clear failure, not a crash.
    const blocked = join(dir.path, 'bestand')
    writeFileSync(blocked, '')
    expect(exportShippedPack(repoResourcesDir, join(blocked, 'inhoud'), 'reference')).toMatchObject(
      { outcome: 'failed', code: 'ENOTDIR' }
    )
  })
})
