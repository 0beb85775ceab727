import { describe, expect, it } from 'vitest'
import { participantPorts } from '../../helpers/participant-ports'
import { createDispatch } from '../../../src/main/services/dispatch'
import { createServices } from '../../../src/main/services'
import type { ApiHandlers } from '../../../src/shared/api/contract'
import { allMethods, garbageInputs } from '../../helpers/garbage-inputs'
import {
  makeTestCore,
  repoResourcesDir,
  sampleDetails,
  testAppInfo,
  testContent
} from '../../helpers/test-core'

describe('dispatch', () => {
  it('returns the data of a valid call', async () => {
    const { dispatch } = makeTestCore()
    const result = await dispatch('session.create', sampleDetails)
    expect(result.ok).toBe(true)
    expect(result.ok && result).toMatchObject({ data: { title: sampleDetails.title } })
  })

  it('rejects garbage input to every method with a Dutch validation error', async () => {
    const { dispatch } = makeTestCore()
    for (const method of allMethods) {
      for (const input of garbageInputs) {
        const result = await dispatch(method, input)
        expect(result, `${method} with ${JSON.stringify(input)?.slice(0, 60)}`).toMatchObject({
          ok: false,
          error: { code: 'validation' }
        })
        if (!result.ok) expect(result.error.message).toMatch(/^Ongeldige invoer/)
      }
    }
  })

  it('names the offending field in a validation message', async () => {
    const { dispatch } = makeTestCore()
    const result = await dispatch('session.create', { ...sampleDetails, date: '22-11-2026' })
    expect(result).toMatchObject({ ok: false, error: { code: 'validation' } })
    if (!result.ok) expect(result.error.message).toContain('veld "date"')
  })

  it('answers an unknown method with unknown_method', async () => {
    const { dispatch } = makeTestCore()
    expect(await dispatch('session.explode', {})).toMatchObject({
      ok: false,
      error: { code: 'unknown_method' }
    })
  })

  it('passes a service error through with its code and Dutch message', async () => {
    const { dispatch } = makeTestCore()
    const result = await dispatch('session.get', { id: '00000000-0000-4000-8000-000000000000' })
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } })
    if (!result.ok) expect(result.error.message).toMatch(/bestaat niet/)
  })

  it('hides the details of an unexpected failure from the user but reports it', async () => {
    const { db } = makeTestCore()
    const logged: unknown[] = []
    const handlers: ApiHandlers = {
      ...createServices({
        ...participantPorts(),
        db,
        content: testContent(),
        appInfo: testAppInfo,
        resourcesDir: repoResourcesDir
      }),
      'session.list': () => {
        throw new Error('SQLITE_CORRUPT: secret path /home/x')
      }
    }
    const dispatch = createDispatch(handlers, { logError: (error) => logged.push(error) })
    const result = await dispatch('session.list', {})
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } })
    if (!result.ok) expect(result.error.message).not.toContain('secret')
    expect(logged).toHaveLength(1)
  })

  it('refuses to hand out output that breaks the contract', async () => {
    const { db } = makeTestCore()
    const logged: unknown[] = []
    const handlers: ApiHandlers = {
      ...createServices({
        ...participantPorts(),
        db,
        content: testContent(),
        appInfo: testAppInfo,
        resourcesDir: repoResourcesDir
      }),
      'app.info': () => ({ version: 1 }) as never
    }
    const result = await createDispatch(handlers, { logError: (e) => logged.push(e) })(
      'app.info',
      {}
    )
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } })
    expect(logged).toHaveLength(1)
  })
})
