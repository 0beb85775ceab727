import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { buildReport } from '../../../src/main/report/build-report'
import { defaultReportOptions } from '../../../src/shared/domain/report-options'
import { content } from './fixtures'
import { fullHistory } from './history-fixture'
import { fullSession } from './sample-session'

describe('charts in the Word report', () => {
  it(
    'are PNG pictures in the package, each with a title and alt text in its drawing',
    { timeout: 20_000 },
    async () => {
      const session = fullSession()
      const bytes = await buildReport(session, content, defaultReportOptions, fullHistory(session))
      const zip = await JSZip.loadAsync(bytes)
      const media = Object.keys(zip.files).filter((name) => name.startsWith('word/media/'))
      expect(media).toHaveLength(2)
      for (const name of media) {
        const png = await zip.file(name)!.async('uint8array')
        expect([...png.slice(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47])
      }
      const xml = await zip.file('word/document.xml')!.async('string')
      const pictures = [...xml.matchAll(/<wp:docPr [^>]*>/g)].map((m) => m[0])
      expect(pictures).toHaveLength(2)
      for (const picture of pictures) {
        expect(picture).toMatch(/descr="[^"]*\d+%[^"]*"/)
        expect(picture).toMatch(/title="[^"]+"/)
      }
      expect(xml).toContain('Terugblik op eerdere acties')
      expect(xml).toContain('Verandering sinds de vorige quickscan')
    }
  )
})
