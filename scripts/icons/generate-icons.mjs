// Renders assets/icon.svg into every icon the installers need, into build/ (electron-builder's
// buildResources): icon.ico (Windows), icon.icns (macOS), icons/NxN.png (Linux) and icon.png.
// resvg renders the SVG (a prebuilt binary from npm, nothing downloaded); the containers are
// written by ./containers.mjs. The output is not committed: `npm run icons` makes it again.
import { Resvg } from '@resvg/resvg-js'
import { Buffer } from 'node:buffer'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { icnsTypes, writeIco, writeIcns } from './containers.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const source = process.argv[2] ?? join(root, 'assets', 'icon.svg')
const outDir = process.argv[3] ?? join(root, 'build')

const svg = readFileSync(source, 'utf8')
const render = (size) =>
  Buffer.from(new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng())

const sizes = [16, 24, 32, 48, 64, 128, 256, 512, 1024]
const png = Object.fromEntries(sizes.map((size) => [size, render(size)]))

mkdirSync(join(outDir, 'icons'), { recursive: true })
for (const size of [16, 24, 32, 48, 64, 128, 256, 512]) {
  writeFileSync(join(outDir, 'icons', `${size}x${size}.png`), png[size])
}
writeFileSync(join(outDir, 'icon.png'), png[1024])
writeFileSync(join(outDir, 'icon.ico'), writeIco([16, 24, 32, 48, 64, 128, 256].map((s) => png[s])))
writeFileSync(
  join(outDir, 'icon.icns'),
  writeIcns(Object.entries(icnsTypes).map(([size, type]) => [type, png[size]]))
)
console.log(`Icons from ${source} written to ${outDir}`)
