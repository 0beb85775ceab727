/**
 * Makes any text a user typed safe for a .docx, whose XML allows only tab, newline, carriage
 * return and the characters from U+0020 up, minus lone surrogates and U+FFFE/U+FFFF. docx 9
 * drops the C0 controls and replaces lone surrogates itself, but passes U+FFFE and U+FFFF
 * through, and Word then refuses to open the file; so every string is cleaned here, once.
 */

// Every C0 control except tab (\t) and newline (\n); \r is normalised to \n before this runs.
// eslint-disable-next-line no-control-regex
const controls = /[\u0000-\u0008\u000B-\u001F]/g
const nonCharacters = /[\uFFFE\uFFFF]/g
// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const loneSurrogates = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

// Any character one of the replacements below could change; most text has none of them.
// eslint-disable-next-line no-control-regex
const mayNeedCleaning = /[\r\u0000-\u0008\u000B-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/

export function sanitizeText(text: string): string {
  if (!mayNeedCleaning.test(text)) return text
  return text
    .replace(/\r\n?/g, '\n')
    .replace(controls, '')
    .replace(nonCharacters, '')
    .replace(loneSurrogates, '\uFFFD')
}

/** Clean text on one line, for places that take no line breaks (header, file properties). */
export function sanitizeLine(text: string): string {
  return sanitizeText(text).replace(/[\n\t]+/g, ' ')
}

/** The text's lines: Word ignores `\n` inside a run, so each line becomes its own run. */
export function textLines(text: string): string[] {
  return sanitizeText(text).split('\n')
}
