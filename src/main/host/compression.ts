/** A compressed copy the build wrote next to a file, as its servers may send it. */
export type Encoding = 'br' | 'gzip'

/** The file suffix of each encoding's precompressed copy. */
export const encodingSuffix: Record<Encoding, string> = { br: '.br', gzip: '.gz' }

/**
 * The encodings a client accepts, best first (brotli is smaller than gzip). `q=0` refuses one;
 * `*` accepts both. No header, or `identity` only: none.
 */
export function acceptedEncodings(header: string | string[] | undefined): Encoding[] {
  const value = Array.isArray(header) ? header.join(',') : (header ?? '')
  const weights = new Map<string, number>()
  for (const part of value.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';')
    if (!name) continue
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
    const weight = q === undefined ? 1 : Number(q.slice(2))
    weights.set(name, Number.isFinite(weight) ? weight : 0)
  }
  const accepts = (encoding: Encoding): boolean =>
    (weights.get(encoding) ?? weights.get('*') ?? 0) > 0
  return (['br', 'gzip'] as const).filter(accepts)
}

/** Headers for a body sent as `encoding` (or as is): caches must keep the variants apart. */
export function encodingHeaders(encoding: Encoding | null): Record<string, string> {
  return encoding
    ? { 'Content-Encoding': encoding, Vary: 'Accept-Encoding' }
    : { Vary: 'Accept-Encoding' }
}
