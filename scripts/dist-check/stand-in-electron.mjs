// A stand-in for an unpacked Electron distribution (Electron's binary cannot be downloaded
// here). electron-builder takes a local Electron through `electronDist`: it wants an `electron`
// executable, a `version` file, `resources/` and the licence files. The executable carries
// @electron/fuses' sentinel followed by a fuse wire laid out as in Electron 45 (version 1, one
// byte per fuse, '0'/'1'), so electron-builder flips the fuses in it as in a real build and the
// result can be read back.
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'

const require = createRequire(import.meta.url)
const { SENTINEL } = require('@electron/fuses/dist/constants.js')
const { FuseV1Options } = require('@electron/fuses/dist/config.js')

/** Electron's own defaults, by fuse index (FuseV1Options): what an unflipped binary holds. */
export const electronDefaultFuses = {
  RunAsNode: '1',
  EnableCookieEncryption: '0',
  EnableNodeOptionsEnvironmentVariable: '1',
  EnableNodeCliInspectArguments: '1',
  EnableEmbeddedAsarIntegrityValidation: '0',
  OnlyLoadAppFromAsar: '0',
  LoadBrowserProcessSpecificV8Snapshot: '0',
  GrantFileProtocolExtraPrivileges: '1'
}

/** The fuse wire: version 1, its length, then one ASCII '0'/'1' per fuse in FuseV1Options order. */
export function fuseWire() {
  const names = Object.keys(electronDefaultFuses)
  for (const [i, name] of names.entries()) {
    if (FuseV1Options[name] !== i) throw new Error(`@electron/fuses orders ${name} differently`)
  }
  return Buffer.concat([
    Buffer.from([1, names.length]),
    Buffer.from(names.map((name) => electronDefaultFuses[name]).join(''), 'ascii')
  ])
}

export function makeStandInElectron(dir, version) {
  mkdirSync(join(dir, 'resources'), { recursive: true })
  const executable = join(dir, 'electron')
  // A shell script: it says what it is when run, and its comment line holds the fuse wire.
  writeFileSync(
    executable,
    Buffer.concat([
      Buffer.from('#!/bin/sh\n# '),
      Buffer.from(SENTINEL, 'ascii'),
      fuseWire(),
      Buffer.from('\necho "stand-in Electron for npm run dist:check: no real binary" >&2\nexit 1\n')
    ])
  )
  chmodSync(executable, 0o755)
  // The deb's postinst sets chrome-sandbox's mode; a real distribution has it.
  writeFileSync(join(dir, 'chrome-sandbox'), '')
  chmodSync(join(dir, 'chrome-sandbox'), 0o755)
  writeFileSync(join(dir, 'version'), version)
  writeFileSync(join(dir, 'LICENSE'), 'Electron: MIT licence (stand-in copy for dist:check)\n')
  writeFileSync(join(dir, 'LICENSES.chromium.html'), '<!doctype html><title>Chromium</title>\n')
  return executable
}
