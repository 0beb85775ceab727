/**
 * Characters that only decorate a title and would read as noise when replaced: quotes, angle
 * brackets, "?" and "*", and control characters. Windows, macOS or Linux refuse all of them.
 */
// eslint-disable-next-line no-control-regex
const dropped = /["<>?*\u0000-\u001f\u007f]/g
/** Characters that separate parts of a title ("a/b", "Team: onderbouw"), with spaces around. */
const separatorRun = /\s*[:/\\|]+\s*/g
const reservedOnWindows = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i
/** Well under the 255 bytes most file systems allow, leaving room for " (2)" and the like. */
const maxBytes = 200

/**
 * Text as a piece of a file name that reads as the title did: decorations are dropped
 * (`"c"` → `c`), a separator becomes "-" ("a/b" → "a-b"), or " - " where the title had a
 * space beside it ("Sessie: samen" → "Sessie - samen"); no dots, spaces or dangling hyphens
 * at the ends. So `a/b: "c"` becomes "a-b - c".
 */
export function safeNamePart(text: string): string {
  return text
    .replace(/[\t\n\r]+/g, ' ')
    .replace(dropped, '')
    .replace(/\s+/g, ' ')
    .replace(separatorRun, (run) => (/\s/.test(run) ? ' - ' : '-'))
    .replace(/( - )+/g, ' - ')
    .replace(/^[\s.-]+|[\s.-]+$/g, '')
}

/**
 * A file name every system accepts, made from text a user typed (a session title): see
 * `safeNamePart`; the name neither hides itself (leading dot) nor ends in a dot or space,
 * which Windows drops.
 */
export function safeFileName(base: string, extension: string): string {
  let name = safeNamePart(base)
  if (name === '') name = 'Samenspel'
  if (reservedOnWindows.test(name)) name = `${name}-`
  const chars = [...name]
  while (Buffer.byteLength(chars.join('') + extension, 'utf8') > maxBytes) chars.pop()
  return `${chars.join('').trimEnd()}${extension}`
}
