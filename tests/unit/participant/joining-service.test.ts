import { describe, expect, it } from 'vitest'
import { isPrivateIpv4, listInterfaces } from '../../../src/main/participant/network-interfaces'
import type { JoiningStatus, NetworkInterface } from '../../../src/shared/domain/joining'
import { call, callFails, missingId, sampleDetails } from '../../helpers/test-core'
import { defaultSettings, joinAs, joiningSession, makeJoiningCore } from './participant-helpers'

describe('network interfaces', () => {
  it('lists private IPv4 addresses first and 127.0.0.1 last, never internal or IPv6 ones', () => {
    const found = listInterfaces({
      eth0: [
        { address: '84.1.2.3', family: 'IPv4', internal: false } as never,
        { address: 'fe80::1', family: 'IPv6', internal: false } as never
      ],
      wlan0: [{ address: '192.168.1.20', family: 'IPv4', internal: false } as never],
      lo: [{ address: '127.0.0.1', family: 'IPv4', internal: true } as never]
    })
    expect(found.map((i: NetworkInterface) => [i.address, i.private])).toEqual([
      ['192.168.1.20', true],
      ['84.1.2.3', false],
      ['127.0.0.1', false]
    ])
    expect(['10.0.0.1', '172.16.5.5', '172.31.0.1'].every(isPrivateIpv4)).toBe(true)
    expect(['172.32.0.1', '11.0.0.1', '192.169.0.1'].some(isPrivateIpv4)).toBe(false)
  })
})

describe('joining, from the facilitator’s side', () => {
  it('is off until started, and reports code, address, QR code and settings', async () => {
    const { core } = makeJoiningCore()
    const { id: sessionId } = await call<{ id: string }>(core, 'session.create', sampleDetails)
    expect(await call(core, 'joining.status', { sessionId })).toBeNull()
    const interfaces = await call<NetworkInterface[]>(core, 'joining.interfaces', {})
    expect(interfaces.at(-1)?.address).toBe('127.0.0.1')
    const status = await call<JoiningStatus>(core, 'joining.start', {
      sessionId,
      address: '127.0.0.1',
      ...defaultSettings,
      moderation: true
    })
    expect(status).toMatchObject({ sessionId, moderation: true, paused: false, devices: [] })
    expect(status.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/)
    expect(status.qrSvg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/)
    expect(await call(core, 'joining.status', { sessionId })).toEqual(status)
  })

  it('refuses an address that is not this computer’s and a screen without cards', async () => {
    const { core } = makeJoiningCore()
    const { id: sessionId } = await call<{ id: string }>(core, 'session.create', sampleDetails)
    const input = { sessionId, address: '203.0.113.9', ...defaultSettings }
    expect((await callFails(core, 'joining.start', input)).code).toBe('validation')
    const noCards = { ...input, address: '127.0.0.1', openScreenIds: ['stap2'] }
    expect((await callFails(core, 'joining.start', noCards)).message).toMatch(/geen bijdragen/)
    const gone = { ...input, sessionId: missingId, address: '127.0.0.1' }
    expect((await callFails(core, 'joining.start', gone)).code).toBe('not_found')
  })

  it('keeps code and devices when started again with new settings on the same address', async () => {
    const { core, port, code, sessionId } = await joiningSession()
    await joinAs(port, code, 'Sanne')
    const again = await call<JoiningStatus>(core, 'joining.start', {
      sessionId,
      address: '127.0.0.1',
      ...defaultSettings,
      quickscanOpen: true
    })
    expect(again).toMatchObject({ code, quickscanOpen: true })
    expect(again.devices.map((d) => d.name)).toEqual(['Sanne'])
  })

  it('runs one session at a time: starting another stops the first', async () => {
    const first = await joiningSession()
    const token = await joinAs(first.port, first.code)
    const { id: other } = await call<{ id: string }>(first.core, 'session.create', sampleDetails)
    const second = await call<JoiningStatus>(first.core, 'joining.start', {
      sessionId: other,
      address: '127.0.0.1',
      ...defaultSettings
    })
    expect(second.code).not.toBe('')
    expect(await call(first.core, 'joining.status', { sessionId: first.sessionId })).toBeNull()
    expect(first.host.active()?.state.deviceFor(token)).toBeUndefined()
    expect(await call(first.core, 'joining.stop', { sessionId: first.sessionId })).toEqual({
      stopped: false
    })
  })

  it('answers not_found for updates and removals when the session is not joining', async () => {
    const { core, sessionId } = await joiningSession()
    await call(core, 'joining.stop', { sessionId })
    expect((await callFails(core, 'joining.update', { sessionId, paused: true })).code).toBe(
      'not_found'
    )
    const removal = { sessionId, deviceId: missingId }
    expect((await callFails(core, 'joining.removeDevice', removal)).code).toBe('not_found')
  })
})

describe('session.waitForChange', () => {
  it('answers at once for version 0, and at the timeout when nothing changed', async () => {
    const { core } = makeJoiningCore()
    const { id: sessionId } = await call<{ id: string }>(core, 'session.create', sampleDetails)
    const first = await call<{ version: number }>(core, 'session.waitForChange', {
      sessionId,
      version: 0,
      timeoutMs: 30_000
    })
    expect(first.version).toBeGreaterThan(0)
    const started = performance.now()
    const same = await call<{ version: number }>(core, 'session.waitForChange', {
      sessionId,
      version: first.version,
      timeoutMs: 100
    })
    expect(same.version).toBe(first.version)
    expect(performance.now() - started).toBeGreaterThanOrEqual(90)
    const missing = { sessionId: missingId, version: 0, timeoutMs: 0 }
    expect((await callFails(core, 'session.waitForChange', missing)).code).toBe('not_found')
  })
})
