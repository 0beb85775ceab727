import { describe, expect, it } from 'vitest'
import type { Session } from '../../../src/shared/domain/session'
import { call, makeTestCore, sampleDetails } from '../../helpers/test-core'

describe('closing a session', () => {
  it('stops its participant joining, so no device can reach it any more', async () => {
    const core = makeTestCore()
    const session = await call<Session>(core, 'session.create', sampleDetails)
    await call(core, 'joining.start', {
      sessionId: session.id,
      address: '127.0.0.1',
      requireNames: false,
      moderation: false,
      openScreenIds: [],
      quickscanOpen: false
    })
    expect(await call(core, 'joining.status', { sessionId: session.id })).not.toBeNull()
    await call(core, 'session.close', { sessionId: session.id })
    expect(await call(core, 'joining.status', { sessionId: session.id })).toBeNull()
  })
})
