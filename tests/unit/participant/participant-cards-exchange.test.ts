import { describe, expect, it } from 'vitest'
import type { Session } from '../../../src/shared/domain/session'
import type { Contribution, Workspace } from '../../../src/shared/domain/workspace'
import { call } from '../../helpers/test-core'
import { joinAs, joiningSession, submit } from './participant-helpers'

type Core = Awaited<ReturnType<typeof joiningSession>>['core']

async function exported(core: Core, sessionId: string) {
  const file = await call<{ contentBase64: string }>(core, 'session.export', { sessionId })
  return JSON.parse(Buffer.from(file.contentBase64, 'base64').toString('utf8')) as {
    workspace: { contributions: Record<string, unknown>[] }
  }
}

async function imported(core: Core, json: unknown): Promise<Contribution[]> {
  const session = await call<Session>(core, 'session.import', {
    content: JSON.stringify(json),
    again: true
  })
  return (await call<Workspace>(core, 'workspace.get', { sessionId: session.id })).contributions
}

describe('participants’ cards in a session file', () => {
  it('keep origin, name, held and hidden; the device itself stays behind', async () => {
    const { core, port, code, sessionId } = await joiningSession({ moderation: true })
    const token = await joinAs(port, code, 'Sanne')
    await submit(port, token, 'Wacht op goedkeuring')
    const file = await exported(core, sessionId)
    expect(file.workspace.contributions[0]).toMatchObject({
      origin: 'deelnemer',
      deviceName: 'Sanne',
      held: true,
      hidden: false
    })
    const [card] = await imported(core, file)
    expect(card).toMatchObject({
      text: 'Wacht op goedkeuring',
      origin: 'deelnemer',
      deviceId: null,
      deviceName: 'Sanne',
      held: true
    })
  })

  it('reads a file from before joining as the facilitator’s own, shown cards', async () => {
    const { core, port, code, sessionId } = await joiningSession()
    await submit(port, await joinAs(port, code), 'Oud kaartje')
    const file = await exported(core, sessionId)
    const joiningFields = ['origin', 'deviceId', 'deviceName', 'held', 'hidden']
    file.workspace.contributions = file.workspace.contributions.map((card) =>
      Object.fromEntries(Object.entries(card).filter(([key]) => !joiningFields.includes(key)))
    )
    const [card] = await imported(core, file)
    expect(card).toMatchObject({
      origin: 'gespreksleider',
      deviceId: null,
      deviceName: null,
      held: false,
      hidden: false
    })
  })
})
