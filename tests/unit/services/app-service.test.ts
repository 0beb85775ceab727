import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { loadContent } from '../../../src/main/content/load-content'
import type { DesktopCapabilities } from '../../../src/main/services'
import { ContentPackError, type ContentBundle } from '../../../src/shared/content/content-bundle'
import { makeTempDir } from '../../helpers/temp-dir'
import {
  call,
  makeTestCore,
  repoResourcesDir,
  sessionWithTeam,
  testContent
} from '../../helpers/test-core'

describe('content', () => {
  it('hands out the content packs the app was started with', async () => {
    const core = makeTestCore()
    const content = await call<ContentBundle>(core, 'content.get', {})
    expect(content).toEqual(testContent())
    expect(content.kwaliteitskaart.steps).toHaveLength(3)
  })

  describe('a pack a trainer broke', () => {
    let dir: ReturnType<typeof makeTempDir>
    beforeEach(() => {
      dir = makeTempDir()
      cpSync(repoResourcesDir, dir.path, { recursive: true })
    })
    afterEach(() => dir.remove())

    it('stops loading with a message naming the file and the field', () => {
      const file = join(dir.path, 'content', 'kwaliteitskaart.json')
      const pack = JSON.parse(readFileSync(file, 'utf8'))
      pack.steps[0].questions[1].id = 'Vraag Twee'
      writeFileSync(file, JSON.stringify(pack))
      expect(() => loadContent(dir.path)).toThrow(ContentPackError)
      expect(() => loadContent(dir.path)).toThrow(
        /kwaliteitskaart\.json.*veld "steps\.0\.questions\.1\.id"/
      )
    })

    it('names a pack file that is not JSON, or missing', () => {
      const file = join(dir.path, 'content', 'quickscan.json')
      writeFileSync(file, '')
      expect(() => loadContent(dir.path)).toThrow(/quickscan\.json.*geen geldige JSON/)
      rmSync(file)
      expect(() => loadContent(dir.path)).toThrow(/quickscan\.json.*ontbreekt/)
    })
  })
})

/** A desktop app that does nothing unless a test says what it does. */
function fakeDesktop(overrides: Partial<DesktopCapabilities> = {}): DesktopCapabilities {
  return {
    openProjector: () => false,
    closeProjector: () => false,
    saveFile: async () => ({ saved: false, path: null }),
    ...overrides
  }
}

describe('projector', () => {
  it('answers opened: false where there is no desktop app', async () => {
    const core = makeTestCore()
    const { sessionId } = await sessionWithTeam(core)
    expect(await call(core, 'projector.open', { sessionId })).toEqual({ opened: false })
  })

  it('asks the desktop app to open the projector for the session', async () => {
    const opened: string[] = []
    const core = makeTestCore({
      desktop: fakeDesktop({ openProjector: (sessionId) => opened.push(sessionId) > 0 })
    })
    const { sessionId } = await sessionWithTeam(core)
    expect(await call(core, 'projector.open', { sessionId })).toEqual({ opened: true })
    expect(opened).toEqual([sessionId])
  })

  it('closes the projector window through the desktop app, and says when none was open', async () => {
    let open = true
    const closeProjector = () => {
      const was = open
      open = false
      return was
    }
    expect(await call(makeTestCore(), 'projector.close', {})).toEqual({ closed: false })
    const core = makeTestCore({ desktop: fakeDesktop({ closeProjector }) })
    expect(await call(core, 'projector.close', {})).toEqual({ closed: true })
    expect(await call(core, 'projector.close', {})).toEqual({ closed: false })
  })
})

describe('saving a file', () => {
  const file = {
    fileName: 'Actieplan De Regenboog 2026-11-22.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    contentBase64: Buffer.from('PK…').toString('base64'),
    title: 'Verslag opslaan'
  }

  it('answers saved: false where there is no desktop app, so the browser downloads it', async () => {
    const core = makeTestCore()
    expect(await call(core, 'file.save', file)).toEqual({ saved: false, path: null })
  })

  it('hands the file to the desktop app and tells where it was saved', async () => {
    const asked: unknown[] = []
    const saveFile: DesktopCapabilities['saveFile'] = async (input) => {
      asked.push(input)
      return { saved: true, path: '/home/mira/Documents/verslag.docx' }
    }
    const core = makeTestCore({ desktop: fakeDesktop({ saveFile }) })
    expect(await call(core, 'file.save', file)).toEqual({
      saved: true,
      path: '/home/mira/Documents/verslag.docx'
    })
    expect(asked).toEqual([file])
  })

  it('passes on why the desktop app could not write the file', async () => {
    const saveFile = async () => {
      throw new Error('Het bestand kon niet worden opgeslagen (EACCES).')
    }
    const core = makeTestCore({ desktop: fakeDesktop({ saveFile }) })
    const result = await core.dispatch('file.save', file)
    expect(result).toEqual({
      ok: false,
      error: { code: 'unavailable', message: 'Het bestand kon niet worden opgeslagen (EACCES).' }
    })
  })
})
