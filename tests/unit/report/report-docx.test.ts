import { describe, expect, it } from 'vitest'
import { buildReport } from '../../../src/main/report/build-report'
import { defaultReportOptions } from '../../../src/shared/domain/report-options'
import type { SessionFile } from '../../../src/shared/exchange/session-file'
import { firstRow, tablesOf, visibleText, xmlParts } from './docx-helpers'
import { card, content, emptySession, people } from './fixtures'
import { fullSession, sampleCards } from './sample-session'
import { illegalCharacter, xmlProblem } from './xml-check'

const build = (file: SessionFile) => buildReport(file, content, defaultReportOptions)

const hostile = {
  controls: 'voor\u0001\u0008\u000B\u000C\u001Fna',
  nonCharacters: 'U+FFFE:\uFFFE U+FFFF:\uFFFF einde',
  loneSurrogates: 'hoog \uD800 laag \uDC00 paar 😀',
  markup: 'Tags <b>vet</b> & "quotes" \'enkel\' ]]> <![CDATA[x]]>',
  multiline: 'regel een\nregel twee\r\nregel drie',
  long: `${'Heel lang verhaal. '.repeat(5262)}EINDE`.slice(-100_000)
}

function hostileSession(): SessionFile {
  const file = fullSession()
  file.session.school = 'School <&> \uFFFF "De Ster"'
  file.session.title = 'Titel \uFFFE met \u0007 rommel'
  file.participants[0]!.name = 'Naam <met> & \uFFFF'
  file.workspace.contributions = Object.values(hostile).map((text) =>
    card('stap1-vraag-2', text, 'idee', people.annelies.id)
  )
  file.actions[0]!.what = 'Actie \uFFFF <script>&'
  file.nextMeeting.note = 'Notitie ]]> \uD83D'
  return file
}

describe('Word report (.docx)', () => {
  it('holds every contribution’s text in word/document.xml', async () => {
    const parts = await xmlParts(await build(fullSession()))
    const text = visibleText(parts.get('word/document.xml')!)
    for (const c of sampleCards()) expect(text).toContain(c.text)
  })

  it('repeats the action plan’s header row on every page', async () => {
    const xml = (await xmlParts(await build(fullSession()))).get('word/document.xml')!
    const plan = tablesOf(xml).find((t) => t.includes('Zo zien we dat het werkt'))!
    expect(firstRow(plan)).toContain('<w:tblHeader/>')
    expect(plan.split('<w:tblHeader/>')).toHaveLength(2)
    for (const table of tablesOf(xml)) expect(firstRow(table)).toContain('<w:tblHeader/>')
  })

  it('numbers the pages "Pagina X van Y" in the footer with PAGE and NUMPAGES fields', async () => {
    const parts = await xmlParts(await build(fullSession()))
    const footers = [...parts].filter(([path]) => /^word\/footer\d*\.xml$/.test(path))
    const withNumbers = footers.map(([, xml]) => xml).filter((xml) => xml.includes('NUMPAGES'))
    expect(withNumbers.length).toBeGreaterThan(0)
    for (const xml of withNumbers) {
      expect(xml).toContain('>PAGE<')
      expect(visibleText(xml)).toContain('Pagina  van ')
    }
  })

  it('uses Word’s heading styles, a table of contents and a Dutch default language', async () => {
    const parts = await xmlParts(await build(fullSession()))
    const xml = parts.get('word/document.xml')!
    expect(xml.match(/<w:pStyle w:val="Heading1"\/>/g)?.length).toBeGreaterThanOrEqual(8)
    expect(xml).toContain('<w:pStyle w:val="Heading2"/>')
    expect(xml).toContain('<w:pStyle w:val="Heading3"/>')
    expect(xml).toMatch(/TOC \\h \\o/)
    expect(parts.get('word/settings.xml')).toContain('<w:updateFields/>')
    const styles = parts.get('word/styles.xml')!
    expect(styles).toContain('<w:lang w:val="nl-NL"/>')
    expect(styles).toContain('w:ascii="Calibri"')
    expect(parts.get('word/header1.xml')).toContain('OBS De Regenboog · 22 november 2026')
  })

  it('fills in the document properties', async () => {
    const core = (await xmlParts(await build(fullSession()))).get('docProps/core.xml')!
    expect(core).toContain(
      '<dc:title>Actieplan samenwerken met ouders – Teamoverleg ouderbetrokkenheid</dc:title>'
    )
    expect(core).toContain('<dc:creator>Samenspel</dc:creator>')
    expect(core).toContain('<dc:description>Verslag en actieplan')
  })

  it('writes well-formed XML from an empty session', async () => {
    for (const [path, xml] of await xmlParts(await build(emptySession()))) {
      expect(xmlProblem(xml), path).toBeNull()
    }
  })

  it('writes well-formed XML from hostile text and keeps what can be kept', async () => {
    const parts = await xmlParts(await build(hostileSession()))
    for (const [path, xml] of parts) expect(xmlProblem(xml), path).toBeNull()
    const text = visibleText(parts.get('word/document.xml')!)
    expect(text).toContain('voorna')
    expect(text).toContain('U+FFFE: U+FFFF: einde')
    expect(text).toContain('hoog \uFFFD laag \uFFFD paar 😀')
    expect(text).toContain(hostile.markup)
    expect(text).toContain('regel een\nregel twee\nregel drie')
    expect(text).toContain(hostile.long)
    expect(text).toContain('Actie  <script>&')
    expect(parts.get('word/document.xml')).toContain('<w:br/>')
    expect(parts.get('docProps/core.xml')).toContain('Titel  met  rommel')
  })

  it('keeps U+FFFE and U+FFFF out of every part', async () => {
    for (const [path, xml] of await xmlParts(await build(hostileSession()))) {
      expect(illegalCharacter(xml), path).toBeNull()
      expect(xml.includes('\uFFFE') || xml.includes('\uFFFF'), path).toBe(false)
    }
  })
})

describe('XML check', () => {
  it('refuses what Word would refuse', () => {
    expect(xmlProblem('<a><b></a></b>')).not.toBeNull()
    expect(xmlProblem('<a x="1" x="2"/>')).not.toBeNull()
    expect(xmlProblem('<a>&bogus;</a>')).not.toBeNull()
    expect(xmlProblem('<a>\uFFFF</a>')).not.toBeNull()
    expect(xmlProblem('<a>\uD800</a>')).not.toBeNull()
    expect(xmlProblem('<a>]]></a>')).not.toBeNull()
    expect(xmlProblem('<a/><b/>')).not.toBeNull()
    expect(xmlProblem('<?xml version="1.0"?><a t=\'&amp;\'>x &lt; y &#x1F600;<b/></a>')).toBeNull()
  })
})
