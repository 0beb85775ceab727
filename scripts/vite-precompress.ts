import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import type { Plugin } from 'vite'

/** Text that compresses well; images and fonts are compressed already. */
const compressible = /\.(js|mjs|css|html|svg|json)$/
/** Below this, the header costs more than compression saves. */
const minBytes = 1024

/**
 * Writes `file.br` and `file.gz` next to every compressible file of the build, once, at the
 * highest levels: the app's servers then send the smaller one to a browser that accepts it,
 * without compressing anything while a room of phones is loading the page.
 */
export function precompress(): Plugin {
  let outDir = ''
  return {
    name: 'samenspel-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir
    },
    writeBundle(_options, bundle) {
      for (const fileName of Object.keys(bundle)) {
        if (!compressible.test(fileName)) continue
        const path = join(outDir, fileName)
        const body = readFileSync(path)
        if (body.length < minBytes) continue
        writeFileSync(
          `${path}.br`,
          brotliCompressSync(body, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
              [constants.BROTLI_PARAM_SIZE_HINT]: body.length
            }
          })
        )
        writeFileSync(`${path}.gz`, gzipSync(body, { level: 9 }))
      }
    }
  }
}
