import JSZip from 'jszip'

/** Every XML part of a .docx, by its path in the zip. */
export async function xmlParts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes)
  const parts = new Map<string, string>()
  for (const [path, entry] of Object.entries(zip.files)) {
    if (!entry.dir && /\.(xml|rels)$/.test(path)) parts.set(path, await entry.async('string'))
  }
  return parts
}

function decode(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#x([0-9a-fA-F]+);/g, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&amp;/g, '&')
}

/** The text a reader sees: each paragraph on its own line, a `<w:br/>` as a newline. */
export function visibleText(xml: string): string {
  const paragraphs = xml.split('</w:p>')
  return paragraphs
    .map((p) =>
      [...p.matchAll(/<w:br\/>|<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
        .map((m) => (m[0] === '<w:br/>' ? '\n' : decode(m[1] ?? '')))
        .join('')
    )
    .join('\n')
}

/** The XML of each `<w:tbl>` (tables are not nested in the report). */
export function tablesOf(xml: string): string[] {
  return xml
    .split('<w:tbl>')
    .slice(1)
    .map((rest) => rest.split('</w:tbl>')[0] ?? '')
}

export function firstRow(tableXml: string): string {
  return tableXml.split('</w:tr>')[0] ?? ''
}
