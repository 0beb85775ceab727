import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { makeTempDir } from '../../helpers/temp-dir'
import { electronMock, lastHandler } from './electron-mock'

vi.mock('electron', async () => (await import('./electron-mock')).electronMock)

const { appScheme, handleAppProtocol, registerAppScheme } =
  await import('../../../src/main/electron/app-protocol')

const rendererDir = makeTempDir('samenspel-app-protocol-')
mkdirSync(join(rendererDir.path, 'assets'))
writeFileSync(join(rendererDir.path, 'index.html'), '<!doctype html><title>Samenspel</title>')
writeFileSync(join(rendererDir.path, 'assets', 'app.js'), 'console.log(1)')
writeFileSync(join(rendererDir.path, '..', 'secret.txt'), 'geheim')
afterAll(() => rendererDir.remove())

handleAppProtocol(rendererDir.path)
// Read at once: mocks are cleared between tests.
const handleCalls = [...electronMock.protocol.handle.mock.calls] as unknown[][]
const serve = lastHandler<(request: Request) => Promise<Response>>(electronMock.protocol.handle, 1)
const get = (url: string) => serve(new Request(url))

/** The CSP as a map of directive → sources. */
function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name as string, sources])
  )
}

describe('the app:// protocol', () => {
  it('is registered as a secure standard scheme, without bypassing the CSP', () => {
    registerAppScheme()
    expect(electronMock.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } }
    ])
    expect(handleCalls).toEqual([[appScheme, expect.any(Function)]])
  })

  it('serves the app with a CSP that allows nothing from outside the app', async () => {
    const response = await get('app://samenspel/')
    expect(response.status).toBe(200)
    expect(await response.text()).toContain('<title>Samenspel</title>')
    const csp = directives(response.headers.get('content-security-policy') ?? '')
    expect(csp.get('default-src')).toEqual(["'self'"])
    expect(csp.get('script-src')).toEqual(["'self'"])
    expect(csp.get('object-src')).toEqual(["'none'"])
    expect(csp.get('base-uri')).toEqual(["'none'"])
    expect(csp.get('frame-ancestors')).toEqual(["'none'"])
    for (const [name, sources] of csp) {
      for (const source of sources) {
        expect(source, name).toMatch(/^('self'|'none'|data:|blob:)$/)
      }
    }
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('referrer-policy')).toBe('no-referrer')
  })

  it('sends the same headers with every file', async () => {
    const response = await get('app://samenspel/assets/app.js')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^text\/javascript/)
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'")
  })

  it('serves nothing outside the renderer and nothing for another host', async () => {
    for (const url of [
      'app://samenspel/../secret.txt',
      'app://samenspel/%2e%2e/secret.txt',
      'app://samenspel/%2e%2e%2fsecret.txt',
      'app://samenspel/assets/..%5c..%5csecret.txt',
      'app://samenspel/%00index.html',
      'app://elsewhere/index.html',
      'app://samenspel/nope.html'
    ]) {
      expect((await get(url)).status, url).toBe(404)
    }
  })
})
