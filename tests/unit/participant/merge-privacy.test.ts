import { describe, expect, it } from 'vitest'
import { buildReportModel } from '../../../src/main/report/build-model'
import type { Contribution, Workspace } from '../../../src/shared/domain/workspace'
import { parseSessionFile } from '../../../src/main/exchange/parse-session-file'
import { createContentIds } from '../../../src/main/services/content-ids'
import { call, testContent } from '../../helpers/test-core'
import { api, joinAs, joiningSession, submit } from './participant-helpers'

type Core = Awaited<ReturnType<typeof joiningSession>>['core']

async function mine(port: number, token: string) {
  const state = await api(port, 'GET', '/api/state', { token })
  return (state.json() as { mine: { text: string; status: string }[] }).mine
}

async function cards(core: Core, sessionId: string): Promise<Contribution[]> {
  return (await call<Workspace>(core, 'workspace.get', { sessionId })).contributions
}

describe('merging two phones’ cards', () => {
  it('shows each phone only what it sent, exactly as sent, and credits both on the card', async () => {
    const { core, port, code, sessionId } = await joiningSession()
    const sanne = await joinAs(port, code, 'Sanne')
    const tim = await joinAs(port, code, 'Tim')
    await submit(port, sanne, 'Ouders vaker bellen')
    await submit(port, tim, 'Ook bij goed nieuws')
    const [first, second] = await cards(core, sessionId)
    const merged = await call<Contribution>(core, 'contribution.merge', {
      targetId: first!.id,
      sourceId: second!.id
    })
    expect(merged.text).toBe('Ouders vaker bellen\nOok bij goed nieuws')
    expect(merged.mergedFrom).toEqual(['Tim'])

    // Neither phone sees the other's words; Tim's card is still on Tim's list.
    expect(await mine(port, sanne)).toEqual([
      expect.objectContaining({ text: 'Ouders vaker bellen', status: 'zichtbaar' })
    ])
    expect(await mine(port, tim)).toEqual([
      expect.objectContaining({ text: 'Ook bij goed nieuws', status: 'zichtbaar' })
    ])

    // The facilitator's edit of a phone's card does not reach the phone either.
    await call(core, 'contribution.update', {
      id: first!.id,
      patch: { text: 'Ouders vaker bellen, ook Tims idee' }
    })
    expect((await mine(port, sanne))[0]?.text).toBe('Ouders vaker bellen')
    // Hiding the merged card hides it on both phones.
    await call(core, 'contribution.update', { id: first!.id, patch: { hidden: true } })
    expect((await mine(port, tim))[0]?.status).toBe('verborgen')
    // Deleting the merged card takes it off both lists.
    await call(core, 'contribution.delete', { id: first!.id })
    expect(await mine(port, tim)).toEqual([])
  })

  it('credits everyone whose text is in a merged card in the report when names are on', async () => {
    const { core, port, code, sessionId } = await joiningSession()
    await submit(port, await joinAs(port, code, 'Sanne'), 'Ouders vaker bellen')
    await submit(port, await joinAs(port, code, 'Tim'), 'Ook bij goed nieuws')
    const [first, second] = await cards(core, sessionId)
    await call(core, 'contribution.merge', { targetId: first!.id, sourceId: second!.id })
    const file = await call<{ contentBase64: string }>(core, 'session.export', { sessionId })
    const json = Buffer.from(file.contentBase64, 'base64').toString('utf8')
    const parsed = parseSessionFile(json, testContent(), createContentIds(testContent()))
    const text = (attributions: boolean) =>
      JSON.stringify(buildReportModel(parsed, testContent(), { sections: ['stap1'], attributions }))
    expect(text(true)).toContain('— Sanne, Tim')
    expect(text(false)).not.toMatch(/Sanne|Tim/)
  })
})
