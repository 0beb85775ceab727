/** Characters Windows, macOS or Linux refuse in a file name, and control characters. */
// eslint-disable-next-line no-control-regex
const illegal = /[<>:"/\\|?*\u0000-\u001f\u007f]/g
/** A run of illegal characters with the spaces around it ("sessie: samen", "a / b"). */
// eslint-disable-next-line no-control-regex
const illegalRun = /\s*[<>:"/\\|?*\u0000-\u001f\u007f]+\s*/g
const reservedOnWindows = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i
/** Well under the 255 bytes most file systems allow, leaving room for " (2)" and the like. */
const maxBytes = 200

/**
 * Text as a piece of a file name: illegal characters become "-" ("a/b" → "a-b"), with spaces
 * kept even on both sides ("Sessie: samen" → "Sessie - samen", not "Sessie- samen"); no dots or
 * spaces at the ends.
 */
export function safeNamePart(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(illegalRun, (run) => (/\s/.test(run) ? ' - ' : '-'))
    .replace(illegal, '-')
    .replace(/^[\s.]+|[\s.]+$/g, '')
}

/**
 * A file name every system accepts, made from text a user typed (a session title): illegal
 * characters become "-", and the name neither hides itself (leading dot) nor ends in a dot or
 * space, which Windows drops.
 */
export function safeFileName(base: string, extension: string): string {
  let name = safeNamePart(base)
  if (name === '') name = 'Samenspel'
  if (reservedOnWindows.test(name)) name = `${name}-`
  const chars = [...name]
  while (Buffer.byteLength(chars.join('') + extension, 'utf8') > maxBytes) chars.pop()
  return `${chars.join('').trimEnd()}${extension}`
}
