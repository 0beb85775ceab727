import { readFile, stat } from 'node:fs/promises'
import { extname, join, normalize, sep } from 'node:path'
import { encodingSuffix, type Encoding } from './compression'

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wav': 'audio/wav',
  '.mp3': 'audio/mpeg'
}

export interface StaticFile {
  body: Buffer
  contentType: string
  /** Set when `body` is the build's precompressed copy in this encoding. */
  encoding: Encoding | null
  /** Hashed assets never change; index.html must be revalidated to pick up a new build. */
  immutable: boolean
}

/** The first precompressed copy of `file` there is, in the order the client prefers. */
async function readPrecompressed(file: string, accepted: readonly Encoding[]) {
  for (const encoding of accepted) {
    try {
      return { body: await readFile(file + encodingSuffix[encoding]), encoding }
    } catch {
      // No copy in this encoding (a small file, an image): try the next, or send it as is.
    }
  }
  return null
}

/**
 * Resolves a URL path inside `rootDir` only: no traversal, no directory listings, `/` is the
 * app's index.html. With `accepted` encodings, the build's precompressed copy when there is one.
 */
export async function readStaticFile(
  rootDir: string,
  urlPath: string,
  accepted: readonly Encoding[] = []
): Promise<StaticFile | null> {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return null
  }
  if (decoded.includes('\0')) return null
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '')
  const root = normalize(rootDir + sep)
  const file = normalize(join(root, relative))
  if (!file.startsWith(root)) return null
  try {
    if (!(await stat(file)).isFile()) return null
    const compressed = await readPrecompressed(file, accepted)
    return {
      body: compressed?.body ?? (await readFile(file)),
      encoding: compressed?.encoding ?? null,
      contentType: contentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream',
      immutable: relative.startsWith('assets/')
    }
  } catch {
    return null
  }
}
