import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { expect, it } from 'vitest'

const rendererDir = join(__dirname, '..', '..', '..', 'src', 'renderer')

function cssFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return cssFiles(path)
    return entry.name.endsWith('.css') ? [path] : []
  })
}

it('names colours only in the theme file, so a theme is one set of tokens', () => {
  const raw = /#[0-9a-f]{3,8}\b|\brgba?\(|\bhsla?\(|:\s*(white|black)\b/i
  const offenders = cssFiles(rendererDir)
    .filter((file) => !file.endsWith('theme.css'))
    .flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line, index) => ({ line, index }))
        .filter(({ line }) => raw.test(line))
        .map(({ line, index }) => `${relative(rendererDir, file)}:${index + 1}: ${line.trim()}`)
    )
  expect(offenders).toEqual([])
  expect(cssFiles(rendererDir).length).toBeGreaterThan(5)
})
