import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const servicesDir = join(__dirname, '..', '..', '..', 'src', 'main', 'services')

/** Value imports (not `import type`) of each services module, as written. */
function valueImports(file: string): string[] {
  const text = readFileSync(join(servicesDir, file), 'utf8')
  return [...text.matchAll(/^import (?!type )[^;]*?from '([^']+)'/gms)].map((match) => match[1]!)
}

// What carries requests or reaches the network: the composition root (core.ts) builds these.
const transports = [
  /\/participant\//,
  /\/host\//,
  /\/electron\//,
  /^node:(http|https|net|os|dgram)$/
]

describe('the services', () => {
  it('build no transport and read no network: they know only the ports they are given', () => {
    const found = readdirSync(servicesDir)
      .filter((file) => file.endsWith('.ts'))
      .flatMap((file) =>
        valueImports(file)
          .filter((source) => transports.some((pattern) => pattern.test(source)))
          .map((source) => `${file} → ${source}`)
      )
    expect(found).toEqual([])
  })

  it('reads value imports and skips type-only ones', () => {
    expect(valueImports('index.ts')).not.toContain('../participant/participant-host')
    expect(valueImports('index.ts')).toContain('./joining-service')
  })
})
