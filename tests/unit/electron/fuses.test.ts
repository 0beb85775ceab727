import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = join(__dirname, '..', '..', '..')
// js-yaml and the schema as electron-builder itself resolves them, so hoisting cannot change them.
const builderRequire = createRequire(createRequire(__filename).resolve('app-builder-lib'))
const yaml = builderRequire('js-yaml') as { load(text: string): unknown }
const builderSchema = builderRequire('../scheme.json') as {
  definitions: { FuseOptionsV1: { properties: Record<string, unknown> } }
}

const config = yaml.load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as {
  electronFuses?: Record<string, unknown>
  asar?: boolean | { smartUnpack?: boolean }
}

describe("the packaged app's Electron fuses", () => {
  it('turns off every way to run the binary as something else', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
      resetAdHocDarwinSignature: true
    })
  })

  it('uses only option names electron-builder knows (a misspelt fuse would be ignored)', () => {
    const known = Object.keys(builderSchema.definitions.FuseOptionsV1.properties)
    for (const name of Object.keys(config.electronFuses ?? {})) expect(known).toContain(name)
  })

  it('packs the app into app.asar, which onlyLoadAppFromAsar requires', () => {
    expect(config.asar ?? true).not.toBe(false)
  })
})
