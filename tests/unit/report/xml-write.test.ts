import { Document, FileChild, Packer, Paragraph, type IContext, type IXmlableObject } from 'docx'
import { describe, expect, it } from 'vitest'
import { packDocx } from '../../../src/main/report/docx-package'
import { SplicedXml, splicedOrObjects } from '../../../src/main/report/spliced-xml'
import { escapeXml, writeXml } from '../../../src/main/report/xml-write'
import { xmlParts } from './docx-helpers'

/** A component that gives docx one fixed formatter object, through the splicing as the report's do. */
class Shape extends FileChild {
  constructor(private readonly shape: IXmlableObject) {
    super('w:p')
  }

  override prepForXml(context: IContext): IXmlableObject {
    return splicedOrObjects(context, this.shape)
  }
}

const attr = (values: Record<string, unknown>) => ({ _attr: values })

/** Every shape docx's writer takes, its quirks included, and text that must be escaped. */
const shapes: IXmlableObject[] = [
  { 'w:p': {} },
  { 'w:p': [] },
  { 'w:b': attr({ 'w:val': false }) },
  { 'w:tab': attr({ 'w:val': 'right', 'w:pos': 9638, 'w:leader': 'dot' }) },
  { 'w:t': [attr({ 'xml:space': 'preserve' }), 'Ouders & school: "samen" <sterk> \'t is'] },
  { 'w:t': [attr({ 'xml:space': 'preserve' }), ''] },
  { 'w:t': 'los\u0001 teken\u001f, tab\tregel\nterug\r' },
  // A card that spells out a marker is text like any other: docx escapes its `<`.
  { 'w:t': [attr({ 'xml:space': 'preserve' }), '<samenspel:xml i="0"/>'] },
  { 'w:sz': 24 },
  { 'w:vanish': true },
  { 'w:leeg': undefined },
  { 'w:niets': null },
  { 'w:r': [{ 'w:rPr': [{ 'w:b': {} }] }, { 'w:t': 'Vet' }] },
  // The `xml` package's quirk: text replaces the piece before it.
  { 'w:r': [{ 'w:br': {} }, 'weg', 'blijft'] },
  { 'w:r': ['eerst', { 'w:br': {} }] },
  { 'w:r': [{ 'w:br': {} }, attr({ 'w:a': 1 }), 'na attribuut', attr({ 'w:b': 'x<y' })] },
  { 'w:r': [attr({ 'w:rsid': 'ABC' }), 42] },
  { 'w:r': [undefined, { 'w:br': {} }] },
  { 'w:instr': { _attr: { 'w:x': 'y' }, _cdata: 'a ]]> b' } },
  { 'w:attrsonly': [attr({ 'w:a': 1 }), attr({ 'w:b': 2 })] },
  {
    'w:tbl': [
      { 'w:tblPr': [{ 'w:tblW': attr({ 'w:type': 'dxa', 'w:w': 9638 }) }] },
      {
        'w:tr': [
          {
            'w:tc': [
              {
                'w:p': [{ 'w:r': [{ 'w:t': [attr({ 'xml:space': 'preserve' }), 'Zoë 🙂 café'] }] }]
              }
            ]
          }
        ]
      }
    ]
  }
]

describe('the report’s own XML writer', () => {
  it('writes every shape byte for byte as docx does, in a whole document', async () => {
    const document = new Document({
      sections: [{ children: [...shapes.map((shape) => new Shape(shape)), new Paragraph('einde')] }]
    })
    // docx's own Packer writes the objects; packDocx writes them with xml-write and splices.
    const ours = (await xmlParts(await packDocx(document))).get('word/document.xml')
    const theirs = (await xmlParts(await Packer.toBuffer(document))).get('word/document.xml')
    expect(ours).toBeDefined()
    expect(ours).not.toContain('<samenspel:xml')
    expect(ours).toContain('&lt;samenspel:xml i=&quot;0&quot;/&gt;')
    expect(ours).toContain('<w:r>blijft</w:r>')
    expect(ours).toBe(theirs)
  })

  it('escapes as docx does and drops what XML cannot hold', () => {
    expect(escapeXml('a & b < c > d " e \' f')).toBe('a &amp; b &lt; c &gt; d &quot; e &apos; f')
    expect(escapeXml('x\u0000y\u000bz\u001f')).toBe('xyz')
    expect(escapeXml('tab\tnl\ncr\r')).toBe('tab\tnl\ncr\r')
    const plain = 'gewone tekst'
    expect(escapeXml(plain)).toBe(plain)
    expect(writeXml({ 'w:t': 'x<y' })).toBe('<w:t>x&lt;y</w:t>')
  })
})

describe('components kept as XML while a document is packed', () => {
  it('are all put back in place, and a marker no piece was kept for is an error', () => {
    const spliced = new SplicedXml()
    const first = writeXml(spliced.hold({ 'w:p': {} }))
    const second = writeXml(spliced.hold({ 'w:t': 'twee' }))
    expect(first).not.toBe(second)
    expect(spliced.splice(`<w:body>${second}${first}</w:body>`)).toBe(
      '<w:body><w:t>twee</w:t><w:p/></w:body>'
    )
    expect(() => spliced.checkAllPlaced()).not.toThrow()
    expect(() => spliced.splice('<samenspel:xml i="7"/>')).toThrow(/marker 7/)

    const unplaced = new SplicedXml()
    unplaced.hold({ 'w:p': {} })
    expect(() => unplaced.checkAllPlaced()).toThrow(/1 report components/)
  })

  it('give their objects when the document is not being packed', () => {
    const context = { stack: [] } as unknown as IContext
    const shape = { 'w:p': {} }
    expect(splicedOrObjects(context, shape)).toBe(shape)
  })
})
