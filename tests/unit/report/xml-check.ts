/**
 * A small XML 1.0 well-formedness check, since Node has no DOMParser and the project adds no
 * parser: legal characters, balanced and properly nested tags, quoted and unique attributes,
 * valid entity references, one root. It returns the first problem, or null.
 */

const namedEntities = new Set(['amp', 'lt', 'gt', 'quot', 'apos'])

function isNameChar(ch: string): boolean {
  return !' \t\r\n/>=<"\''.includes(ch)
}

/** XML 1.0 `Char`: tab, newline, CR, U+0020–U+D7FF, U+E000–U+FFFD, and surrogate pairs. */
export function illegalCharacter(text: string): number | null {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x9 || c === 0xa || c === 0xd) continue
    if (c < 0x20 || c === 0xfffe || c === 0xffff) return i
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1)
      if (next >= 0xdc00 && next <= 0xdfff) i++
      else return i
    } else if (c >= 0xdc00 && c <= 0xdfff) return i
  }
  return null
}

function checkReferences(text: string, at: number): string | null {
  let amp = text.indexOf('&')
  while (amp >= 0) {
    const end = text.indexOf(';', amp)
    const name = end < 0 ? '' : text.slice(amp + 1, end)
    const numeric = /^#(\d+|x[0-9a-fA-F]+)$/.test(name)
    if (!numeric && !namedEntities.has(name)) return `bad entity reference at ${at + amp}`
    amp = text.indexOf('&', amp + 1)
  }
  return null
}

interface Cursor {
  xml: string
  pos: number
}

function readName(cursor: Cursor): string {
  const start = cursor.pos
  while (cursor.pos < cursor.xml.length && isNameChar(cursor.xml[cursor.pos] ?? '')) cursor.pos++
  return cursor.xml.slice(start, cursor.pos)
}

function skipSpace(cursor: Cursor): void {
  while (' \t\r\n'.includes(cursor.xml[cursor.pos] ?? 'x')) cursor.pos++
}

/** Reads `name="value"` pairs up to `>` or `/>`; returns an error or whether it self-closed. */
function readAttributes(cursor: Cursor): string | boolean {
  const seen = new Set<string>()
  for (;;) {
    skipSpace(cursor)
    const ch = cursor.xml[cursor.pos]
    if (ch === '>') return (cursor.pos++, false)
    if (ch === '/' && cursor.xml[cursor.pos + 1] === '>') return ((cursor.pos += 2), true)
    const name = readName(cursor)
    if (!name || seen.has(name)) return `bad or repeated attribute at ${cursor.pos}`
    seen.add(name)
    skipSpace(cursor)
    if (cursor.xml[cursor.pos] !== '=') return `attribute without = at ${cursor.pos}`
    cursor.pos++
    skipSpace(cursor)
    const quote = cursor.xml[cursor.pos]
    if (quote !== '"' && quote !== "'") return `unquoted attribute at ${cursor.pos}`
    const end = cursor.xml.indexOf(quote, cursor.pos + 1)
    if (end < 0) return `unterminated attribute at ${cursor.pos}`
    const value = cursor.xml.slice(cursor.pos + 1, end)
    if (value.includes('<')) return `< in attribute at ${cursor.pos}`
    const reference = checkReferences(value, cursor.pos + 1)
    if (reference) return reference
    cursor.pos = end + 1
  }
}

const skipped: [string, string][] = [
  ['<?', '?>'],
  ['<!--', '-->'],
  ['<![CDATA[', ']]>']
]

/** One markup construct at `<`; returns an error, or null after updating the stack. */
function readMarkup(cursor: Cursor, stack: string[], roots: { count: number }): string | null {
  const { xml } = cursor
  for (const [open, close] of skipped) {
    if (!xml.startsWith(open, cursor.pos)) continue
    const end = xml.indexOf(close, cursor.pos + open.length)
    if (end < 0) return `unterminated ${open} at ${cursor.pos}`
    cursor.pos = end + close.length
    return null
  }
  if (xml[cursor.pos + 1] === '/') {
    cursor.pos += 2
    const name = readName(cursor)
    skipSpace(cursor)
    if (xml[cursor.pos] !== '>' || stack.pop() !== name)
      return `mismatched </${name}> at ${cursor.pos}`
    cursor.pos++
    return null
  }
  cursor.pos++
  const name = readName(cursor)
  if (!name) return `empty tag name at ${cursor.pos}`
  if (stack.length === 0 && ++roots.count > 1) return `second root <${name}>`
  const closed = readAttributes(cursor)
  if (typeof closed === 'string') return closed
  if (!closed) stack.push(name)
  return null
}

export function xmlProblem(xml: string): string | null {
  const bad = illegalCharacter(xml)
  if (bad !== null) return `illegal character U+${xml.charCodeAt(bad).toString(16)} at ${bad}`
  const cursor: Cursor = { xml, pos: 0 }
  const stack: string[] = []
  const roots = { count: 0 }
  while (cursor.pos < xml.length) {
    const lt = xml.indexOf('<', cursor.pos)
    const text = xml.slice(cursor.pos, lt < 0 ? xml.length : lt)
    if (text.includes(']]>')) return `]]> in text at ${cursor.pos}`
    if (stack.length === 0 && text.trim()) return `text outside the root at ${cursor.pos}`
    const reference = checkReferences(text, cursor.pos)
    if (reference) return reference
    if (lt < 0) break
    cursor.pos = lt
    const problem = readMarkup(cursor, stack, roots)
    if (problem) return problem
  }
  if (stack.length > 0) return `unclosed <${stack.join('><')}>`
  return roots.count === 1 ? null : 'no root element'
}
