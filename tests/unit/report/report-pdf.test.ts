import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { buildReport } from '../../../src/main/report/build-report'
import { defaultReportOptions } from '../../../src/shared/domain/report-options'
import { makeTempDir } from '../../helpers/temp-dir'
import { content } from './fixtures'
import { fullSession } from './sample-session'

const onPath = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0
const hasSoffice = onPath('soffice')
const hasPdftotext = onPath('pdftotext')

if (!hasSoffice) {
  console.warn('report PDF check skipped: soffice (LibreOffice) is not on PATH')
}

describe('Word report in LibreOffice', () => {
  const dir = makeTempDir('samenspel-report-pdf-')
  afterAll(() => dir.remove())

  it.skipIf(!hasSoffice)(
    `converts to a PDF holding the step headings${hasSoffice ? '' : ' (skipped: soffice not on PATH)'}`,
    async () => {
      const docx = join(dir.path, 'verslag.docx')
      writeFileSync(docx, await buildReport(fullSession(), content, defaultReportOptions))
      // Its own profile, so a LibreOffice the developer has open does not take the job.
      const profile = pathToFileURL(join(dir.path, 'profile')).href
      execFileSync(
        'soffice',
        [
          `-env:UserInstallation=${profile}`,
          '--headless',
          '--convert-to',
          'pdf',
          '--outdir',
          dir.path,
          docx
        ],
        { stdio: 'pipe', timeout: 90_000 }
      )
      // soffice exits 0 even when it could not load the file: only the PDF proves it did.
      const pdf = join(dir.path, 'verslag.pdf')
      expect(existsSync(pdf)).toBe(true)
      expect(statSync(pdf).size).toBeGreaterThan(10_000)
      if (!hasPdftotext) return console.warn('PDF text check skipped: pdftotext is not on PATH')
      const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' })
      const steps = content.kwaliteitskaart.steps
      for (const step of steps) expect(text).toContain(`Stap ${step.number}: ${step.title}`)
      expect(text).toContain('Actieplan')
      expect(text).toMatch(/Pagina \d+ van \d+/)
    },
    120_000
  )
})
