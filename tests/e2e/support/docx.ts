import JSZip from 'jszip'
import { readFile } from 'node:fs/promises'

/** The visible text of a .docx: the runs of word/document.xml, with tags stripped. */
export async function docxText(path: string): Promise<string> {
  const zip = await JSZip.loadAsync(await readFile(path))
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? ''
  return xml
    .replace(/<w:tab\/>/g, '\t')
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
}
