import { describe, expect, it } from 'vitest'
import { defaultReportOptions } from '../../../src/shared/domain/report-options'
import { call, callFails, makeTestCore, missingId, sessionWithTeam } from '../../helpers/test-core'
import { richSession } from '../exchange/rich-session'

interface FileDownload {
  fileName: string
  mimeType: string
  contentBase64: string
}

const docx = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

describe('the Word report', () => {
  it('builds a .docx of the whole session, named after the school and date', async () => {
    const core = makeTestCore()
    const { session } = await richSession(core)
    const report = await call<FileDownload>(core, 'report.build', {
      sessionId: session.id,
      options: defaultReportOptions
    })
    expect(report.fileName).toBe(`Actieplan OBS De Vlinder (fictieve school) ${session.date}.docx`)
    expect(report.mimeType).toBe(docx)
    const bytes = Buffer.from(report.contentBase64, 'base64')
    expect(bytes.length).toBeGreaterThan(1000)
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK')
  })

  it('builds a report of a session with nothing in it yet', async () => {
    const core = makeTestCore()
    const { sessionId } = await sessionWithTeam(core)
    const report = await call<FileDownload>(core, 'report.build', {
      sessionId,
      options: { sections: ['actieplan'], attributions: false }
    })
    expect(Buffer.from(report.contentBase64, 'base64').subarray(0, 2).toString('latin1')).toBe('PK')
  })

  it('answers not_found for a session that is gone', async () => {
    const core = makeTestCore()
    const error = await callFails(core, 'report.build', {
      sessionId: missingId,
      options: defaultReportOptions
    })
    expect(error.code).toBe('not_found')
  })
})
