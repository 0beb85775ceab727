import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const css = readFileSync(
  join(__dirname, '..', '..', '..', 'src', 'renderer', 'src', 'theme.css'),
  'utf8'
)

/** Each theme's tokens, read from its rule in theme.css. */
function themeTokens(theme: string): Map<string, string> {
  const rule = new RegExp(`\\[data-theme='${theme}'\\][^{]*\\{([^}]*)\\}`).exec(css)
  if (!rule?.[1]) throw new Error(`no rule for ${theme}`)
  const tokens = new Map<string, string>()
  for (const match of rule[1].matchAll(/(--color-[\w-]+):\s*([^;]+);/g))
    tokens.set(match[1] as string, (match[2] as string).trim())
  return tokens
}

function luminance(hex: string): number {
  const value = /^#([0-9a-f]{6})$/i.exec(hex)?.[1]
  if (!value) throw new Error(`not a #rrggbb colour: ${hex}`)
  const [r, g, b] = [0, 2, 4].map((at) => {
    const c = parseInt(value.slice(at, at + 2), 16) / 255
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  }) as [number, number, number]
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (light + 0.05) / (dark + 0.05)
}

/** Text drawn on a background somewhere in the app: [text, background]. */
const textPairs: [string, string][] = [
  ...['bg', 'surface', 'surface-sunken', 'card-bg', 'chosen-bg'].flatMap(
    (bg): [string, string][] => [
      ['text', bg],
      ['text-muted', bg]
    ]
  ),
  ...['bg', 'surface', 'card-bg'].flatMap((bg): [string, string][] => [
    ['accent', bg],
    ['danger', bg],
    ['tag-good-text', bg],
    ['tag-better-text', bg],
    ['tag-idea-text', bg],
    ['plan-text', bg],
    ['held-text', bg],
    ['caution-text', bg],
    ['verdict-agreed-text', bg],
    ['verdict-divided-text', bg]
  ]),
  ['on-accent', 'accent'],
  ['on-danger', 'danger'],
  ['text', 'danger-bg'],
  ['danger', 'danger-bg'],
  ['text', 'notes-bg'],
  ['warning-text', 'warning-bg'],
  ['danger', 'done-bg'],
  ['toast-text', 'toast-bg'],
  ['verdict-unknown-text', 'verdict-unknown-bg'],
  ['qr-text', 'qr-bg'],
  ['on-blank', 'blank'],
  ...[1, 2, 3, 4, 5, 6].map((n): [string, string] => [`answer-${n}-text`, `answer-${n}-bg`])
]

/**
 * Non-text parts that must stand out (WCAG 1.4.11, 2.4.13): [part, surroundings]. The focus
 * ring sits 2px outside the focused control, so its surroundings are the backgrounds.
 */
const uiPairs: [string, string][] = [
  ...['bg', 'surface', 'card-bg', 'chosen-bg'].map((bg): [string, string] => ['focus', bg]),
  ['border-strong', 'surface'],
  ['border-strong', 'bg'],
  ['tag-good', 'card-bg'],
  ['tag-better', 'card-bg'],
  ['tag-idea', 'card-bg'],
  ['plan', 'bg'],
  ['warning-border', 'bg'],
  ['accent', 'surface'],
  ['progress-done-border', 'surface']
]

describe.each(['light', 'dark', 'contrast'])('the %s theme', (theme) => {
  const tokens = themeTokens(theme)
  const colour = (name: string) => {
    const value = tokens.get(`--color-${name}`)
    if (!value) throw new Error(`${theme} lacks --color-${name}`)
    return value
  }

  it('defines every token the light theme defines', () => {
    expect([...tokens.keys()].sort()).toEqual([...themeTokens('light').keys()].sort())
  })

  it.each(textPairs)('draws %s on %s with at least 4.5:1', (text, bg) => {
    expect(contrast(colour(text), colour(bg))).toBeGreaterThanOrEqual(4.5)
  })

  it.each(uiPairs)('sets %s off against %s with at least 3:1', (part, bg) => {
    expect(contrast(colour(part), colour(bg))).toBeGreaterThanOrEqual(3)
  })
})
