import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
// @ts-expect-error -- plain .mjs helpers without types; exercised below.
import { pngSize } from '../../../scripts/icons/containers.mjs'
import { makeTempDir } from '../../helpers/temp-dir'

const root = join(__dirname, '..', '..', '..')
const out = makeTempDir('samenspel-icons-')
afterAll(() => out.remove())
execFileSync(process.execPath, [
  join(root, 'scripts', 'icons', 'generate-icons.mjs'),
  join(root, 'assets', 'icon.svg'),
  out.path
])
const read = (name: string) => readFileSync(join(out.path, name))
const size = (png: Buffer) => pngSize(png) as { width: number; height: number }

describe('the app icons, generated from assets/icon.svg', () => {
  it('give Linux a square PNG for every size the desktop asks for', () => {
    const files = readdirSync(join(out.path, 'icons')).sort()
    expect(files).toEqual(
      ['128', '16', '24', '256', '32', '48', '512', '64'].map((s) => `${s}x${s}.png`)
    )
    for (const file of files) {
      const edge = Number(file.split('x')[0])
      expect(size(read(join('icons', file)))).toEqual({ width: edge, height: edge })
    }
    expect(size(read('icon.png'))).toEqual({ width: 1024, height: 1024 })
  })

  it('give Windows an .ico whose directory points at real PNGs of the sizes it names', () => {
    const ico = read('icon.ico')
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1])
    const count = ico.readUInt16LE(4)
    const sizes: number[] = []
    for (let i = 0; i < count; i++) {
      const entry = 6 + 16 * i
      const named = ico.readUInt8(entry) || 256
      const png = ico.subarray(
        ico.readUInt32LE(entry + 12),
        ico.readUInt32LE(entry + 12) + ico.readUInt32LE(entry + 8)
      )
      expect(size(png)).toEqual({ width: named, height: named })
      sizes.push(named)
    }
    expect(sizes).toEqual([16, 24, 32, 48, 64, 128, 256])
  })

  it('give macOS an .icns whose elements add up to the file and hold PNGs up to 1024 px', () => {
    const icns = read('icon.icns')
    expect(icns.toString('ascii', 0, 4)).toBe('icns')
    expect(icns.readUInt32BE(4)).toBe(icns.length)
    const found: Record<string, number> = {}
    for (let at = 8; at < icns.length;) {
      const type = icns.toString('ascii', at, at + 4)
      const length = icns.readUInt32BE(at + 4)
      found[type] = size(icns.subarray(at + 8, at + length)).width
      at += length
    }
    expect(found).toEqual({
      icp4: 16,
      icp5: 32,
      icp6: 64,
      ic07: 128,
      ic08: 256,
      ic09: 512,
      ic10: 1024
    })
  })
})
