import { execFile } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { makeTempDir } from '../../helpers/temp-dir'

const gate = join(__dirname, '..', '..', '..', 'scripts', 'security-gate.mjs')
const dirs: { remove(): void }[] = []
afterAll(() => dirs.forEach((dir) => dir.remove()))

const html = `<!doctype html>
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; object-src 'none'">
<title>App</title>
`

/** A small Electron main file; `preloadComment` ends the line the preload finding is on. */
function mainFile(preloadComment: string, preferences = 'sandbox: true, nodeIntegration: false') {
  return `const { BrowserWindow, session } = require('electron')
const window = new BrowserWindow({
  webPreferences: {
    preload: '/app/preload.js', ${preloadComment}
    contextIsolation: true, ${preferences},
    disableBlinkFeatures: 'Auxclick'
  }
})
window.webContents.on('will-navigate', (event) => event.preventDefault())
window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }))
session.defaultSession.setPermissionRequestHandler((_wc, _p, callback) => callback(false))
`
}

/** Runs the gate on a tree of its own: exit code and what it printed. */
function runGate(files: Record<string, string>): Promise<{ code: number; output: string }> {
  const dir = makeTempDir('samenspel-gate-')
  dirs.push(dir)
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir.path, name), text)
  return new Promise((resolve) => {
    execFile(process.execPath, [gate, '--input', dir.path], (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, output: stdout + stderr })
    })
  })
}

describe('the security gate', () => {
  it('passes sources whose findings are fixed or justified with a reason', async () => {
    const justified = '// eng-disable PRELOAD_JS_CHECK -- it exposes a single function'
    const { code, output } = await runGate({ 'index.html': html, 'main.js': mainFile(justified) })
    expect(output).toContain('Security gate passed.')
    expect(code).toBe(0)
  }, 30_000)

  it('fails on a medium or high finding, naming file, line and how to justify it', async () => {
    const { code, output } = await runGate({
      'index.html': html,
      'main.js': mainFile('// eng-disable PRELOAD_JS_CHECK -- one function', 'sandbox: false')
    })
    expect(code).toBe(1)
    expect(output).toMatch(/FAIL {2}SANDBOX_JS_CHECK \(medium, \w+\) .*main\.js:5/)
    expect(output).toContain('end line 5 with // eng-disable SANDBOX_JS_CHECK -- <why it is safe>')
  }, 30_000)

  it('fails on an eng-disable without a reason, or naming a check that does not exist', async () => {
    const { code, output } = await runGate({
      'index.html': html,
      'main.js': mainFile('// eng-disable PRELOAD_JS_CHECK'),
      'other.js': "const x = 1 // eng-disable PRELOAD_JS_CHEK -- a typo in the check's name\n"
    })
    expect(code).toBe(1)
    expect(output).toMatch(/main\.js:4: eng-disable PRELOAD_JS_CHECK without a reason/)
    expect(output).toMatch(/other\.js:1: a file-wide eng-disable/)
    expect(output).toMatch(/other\.js:1: eng-disable names an unknown check "PRELOAD_JS_CHEK"/)
  }, 30_000)
})
