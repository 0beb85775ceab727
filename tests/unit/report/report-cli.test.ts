import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { main } from '../../../src/main/report-cli'
import { makeTempDir } from '../../helpers/temp-dir'
import { visibleText, xmlParts } from './docx-helpers'
import { people, resourcesDir } from './fixtures'
import { fullSession } from './sample-session'

describe('npm run report', () => {
  let dir: ReturnType<typeof makeTempDir>
  let out: string[]
  let err: string[]
  const io = { out: (line: string) => out.push(line), err: (line: string) => err.push(line) }
  const run = (...argv: string[]) => main(argv, io, resourcesDir)
  const write = (name: string, text: string) => {
    const path = join(dir.path, name)
    writeFileSync(path, text)
    return path
  }

  beforeEach(() => {
    dir = makeTempDir('samenspel-report-cli-')
    out = []
    err = []
  })
  afterEach(() => dir.remove())

  it('writes the report of an exported session and prints where', async () => {
    const input = write('sessie.samenspel.json', JSON.stringify(fullSession()))
    const output = join(dir.path, 'verslag.docx')
    expect(await run(input, output)).toBe(0)
    expect(out).toEqual([output])
    const bytes = readFileSync(output)
    expect(bytes.subarray(0, 2).toString()).toBe('PK')
    // Privacy by default: who said what only when asked for.
    const text = visibleText((await xmlParts(bytes)).get('word/document.xml')!)
    expect(text).not.toContain(`— ${people.annelies.name}`)
  })

  it('names who said what with --attributions, and not with --no-attributions as well', async () => {
    const input = write('sessie.samenspel.json', JSON.stringify(fullSession()))
    const output = join(dir.path, 'verslag.docx')
    expect(await run('--attributions', input, output)).toBe(0)
    const named = visibleText((await xmlParts(readFileSync(output))).get('word/document.xml')!)
    expect(named).toContain(`— ${people.annelies.name}`)
    expect(await run('--attributions', '--no-attributions', input, output)).toBe(0)
    const text = visibleText((await xmlParts(readFileSync(output))).get('word/document.xml')!)
    expect(text).not.toContain(`— ${people.annelies.name}`)
  })

  it('refuses a file that is not JSON with exit code 2', async () => {
    expect(await run(write('kapot.json', '{"format":'), join(dir.path, 'x.docx'))).toBe(2)
    expect(err.join('\n')).toMatch(/niet lezen als JSON/)
    expect(existsSync(join(dir.path, 'x.docx'))).toBe(false)
  })

  it('refuses a file of another kind, a newer version, or with a bad field', async () => {
    expect(await run(write('a.json', '{"hello":1}'))).toBe(2)
    expect(err.pop()).toMatch(/geen Samenspel-sessiebestand/)
    const newer = { ...fullSession(), formatVersion: 99 }
    expect(await run(write('b.json', JSON.stringify(newer)))).toBe(2)
    expect(err.pop()).toMatch(/nieuwere Samenspel/)
    const broken = { ...fullSession(), session: { ...fullSession().session, date: '22-11-2026' } }
    expect(await run(write('c.json', JSON.stringify(broken)))).toBe(2)
    expect(err.pop()).toMatch(/ongeldig: veld "session\.date"/)
  })

  it('explains its use when called without a file or with an unknown option', async () => {
    expect(await run()).toBe(2)
    expect(err.pop()).toMatch(/^Gebruik: npm run report --/)
    expect(await run('--wat', 'x.json')).toBe(2)
  })

  it('speaks English when SAMENSPEL_LANG asks for it', async () => {
    expect(await main([], io, resourcesDir, 'en')).toBe(2)
    expect(err.pop()).toMatch(/^Usage: npm run report --/)
    expect(await main([join(dir.path, 'weg.json')], io, resourcesDir, 'en')).toBe(2)
    expect(err.pop()).toMatch(/^Cannot read .*weg\.json/)
  })

  it('says so when the file is missing', async () => {
    expect(await run(join(dir.path, 'bestaat-niet.json'))).toBe(2)
    expect(err.pop()).toMatch(/bestaat-niet\.json niet lezen/)
  })
})
