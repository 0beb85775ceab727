import type { IXmlableObject } from 'docx'

/**
 * docx's formatter objects (`{ 'w:b': { _attr: { 'w:val': false } } }`) written as XML, byte
 * for byte as docx writes them without indentation, quirks and all (see `writeXml`).
 *
 * docx's own writer first resolves every element into an object of tag, attribute list and
 * content list, then formats those into strings: at 1,000 cards that was a fifth of the
 * report's whole process, most of it for the report's own paragraphs and tables, whose objects
 * are few in kind and many in number. This writer goes straight to the string.
 * tests/unit/report/xml-write.test.ts compares the two on every shape docx writes, and
 * docx-package.test.ts compares whole documents.
 */

const escapes: Record<string, string> = {
  '&': '&amp;',
  '"': '&quot;',
  "'": '&apos;',
  '<': '&lt;',
  '>': '&gt;'
}
// Characters XML 1.0 cannot hold are dropped, as docx drops them.
// eslint-disable-next-line no-control-regex
const needsEscape = /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/
// eslint-disable-next-line no-control-regex
const toEscape = /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g

/** docx's escape for text and attribute values alike. */
export function escapeXml(value: string): string {
  return needsEscape.test(value) ? value.replace(toEscape, (char) => escapes[char] ?? '') : value
}

/** Values that are not strings (numbers, booleans) are written as they are, as docx does. */
const valueText = (value: unknown): string =>
  typeof value === 'string' ? escapeXml(value) : String(value)

function attributesOf(values: Record<string, unknown>): string {
  let text = ''
  for (const key in values) text += ` ${key}="${valueText(values[key])}"`
  return text
}

function firstKey(element: object): string | undefined {
  for (const key in element) return key
  return undefined
}

/**
 * One element's XML, as the `xml` package (and docx's `stringifyXmlable` after it) writes it
 * without indentation:
 * - an object value gives its `_attr` as attributes and its `_cdata` as content;
 * - an array value gives attributes from its `{ _attr }` items and elements from the others;
 *   a string or number item replaces the content before it (the package's quirk), and an array
 *   with no such item writes an open and a close tag even when empty;
 * - any other value is the element's text.
 */
export function writeXml(element: IXmlableObject): string {
  const name = firstKey(element)
  const values: unknown = name === undefined ? undefined : element[name]
  let attributes = ''
  let content = ''
  /** How many pieces of content the package would count; 0 writes a self-closing tag. */
  let pieces = 0
  if (typeof values === 'object') {
    if (values !== null) {
      const { _attr: attr, _cdata: cdata } = values as { _attr?: object; _cdata?: string }
      if (attr) attributes += attributesOf(attr as Record<string, unknown>)
      if (cdata) {
        content += `<![CDATA[${cdata.replace(/\]\]>/g, ']]]]><![CDATA[>')}]]>`
        pieces++
      }
      if (Array.isArray(values)) {
        let stringContent = false
        let last = ''
        pieces++
        for (const value of values as unknown[]) {
          if (typeof value === 'object') {
            if (value === null) throw new TypeError('Cannot convert undefined or null to object')
            const child = value as IXmlableObject
            if (firstKey(child) === '_attr') {
              attributes += attributesOf(child._attr as Record<string, unknown>)
            } else {
              last = writeXml(child)
              content += last
              pieces++
            }
          } else {
            // The package pops the piece before and puts the text in its place (same count).
            content = content.slice(0, content.length - last.length)
            last = value === undefined ? '' : valueText(value)
            content += last
            stringContent = true
          }
        }
        if (!stringContent) pieces++
      }
    }
  } else {
    content = values === undefined ? '' : valueText(values)
    pieces = 1
  }
  const open = (name ? `<${name}` : '') + attributes
  if (pieces === 0) return `${open}/>`
  return `${open}${name ? '>' : ''}${content}${name ? `</${name}>` : ''}`
}
