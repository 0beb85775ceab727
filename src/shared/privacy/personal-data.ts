import { dictionary } from '@zxcvbn-ts/language-nl-be'

/** What may identify a pupil or parent in a text typed during the meeting. */
export type PersonalDataKind = 'naam' | 'e-mail' | 'telefoon' | 'bsn'

export interface PersonalDataFinding {
  kind: PersonalDataKind
  /** Where it is in the text: `text.slice(start, end)`. */
  start: number
  end: number
  text: string
}

export interface PersonalDataOptions {
  /** Names that may stand in the text: the session's own participants and phones' names. */
  knownNames?: readonly string[]
}

// Dutch and Belgian first names from @zxcvbn-ts/language-nl-be (lower case, as published).
const firstNames = new Set([...dictionary.boysFirstnames, ...dictionary.girlsFirstnames])
/**
 * The most frequent Dutch words ("ben", "max", "mag", …): a first word of a sentence that is
 * one of them is read as the word, not as a name. Further down the list the corpus is full of
 * names itself, so only its head is used.
 */
const everyday = new Set(dictionary.commonWords.slice(0, 600))
/** Names that are also words the Kwaliteitskaart and the school use with a capital. */
const notNames = new Set(['stap', 'mei', 'juni', 'mees', 'zon', 'lente', 'hoop', 'dag', 'kaart'])
/** Words that put a name right after them, even one the name list does not know. */
const nameCues = new Set([
  'leerling',
  'leerlinge',
  'moeder',
  'vader',
  'mama',
  'papa',
  'ouders',
  'zoon',
  'dochter',
  'broer',
  'broertje',
  'zus',
  'zusje',
  'kind',
  'meneer',
  'mevrouw',
  'mw.',
  'dhr.'
])
const particles = new Set(['van', 'de', 'der', 'den', 'het', "'t", 'ter', 'ten', 'te', 'la', 'le'])

const wordPattern = /[\p{L}][\p{L}'’-]*\.?/gu
const emailPattern = /[\p{L}\d._%+-]+@[\p{L}\d.-]+\.[\p{L}]{2,}/gu
/** 06-12345678, 010 123 45 67, +31 6 1234 5678, 0031(0)20…: ten digits from the leading 0. */
const phonePattern = /(?<![\d+])(?:(?:\+|00)31[\s-]?(?:\(0\)[\s-]?)?|0)[1-9](?:[\s-]?\d){8}(?!\d)/g
/** Nine digits, alone or as 123.456.782 / 1234 56 782. */
const bsnPattern = /(?<![\d.])\d(?:[.\s]?\d){8}(?![\d.]?\d)/g

/** "Daan", "Zoë", "Jansen-Bakker"; not "E" (an initial) nor "MR" (an abbreviation). */
const isCapitalised = (word: string): boolean => /^\p{Lu}\p{Ll}/u.test(word)

/** The eleven-test the Dutch BSN passes: 9·d1 + 8·d2 + … + 2·d8 − d9 is a multiple of 11. */
export function passesElevenTest(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || /^0+$/.test(digits)) return false
  let sum = 0
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (9 - i)
  sum -= Number(digits[8])
  return sum % 11 === 0
}

function sentenceStart(text: string, index: number): boolean {
  const before = text.slice(0, index).trimEnd()
  return before === '' || /[.!?:;\n•\-–—"“(]$/.test(before)
}

interface Word {
  text: string
  start: number
  end: number
}

function wordsOf(text: string): Word[] {
  return [...text.matchAll(wordPattern)].map((m) => ({
    text: m[0].replace(/\.$/, ''),
    start: m.index,
    end: m.index + m[0].replace(/\.$/, '').length
  }))
}

function knownNameWords(knownNames: readonly string[]): Set<string> {
  return new Set(
    knownNames.flatMap((name) => name.toLocaleLowerCase('nl').split(/\s+/)).filter(Boolean)
  )
}

/** Right after "moeder", "leerling", "mevrouw" or "de vader van", in the same clause. */
function cuedName(text: string, words: readonly Word[], i: number): boolean {
  const sameClause = (a: number, b: number) =>
    /^\s+$/.test(text.slice((words[a] as Word).end, (words[b] as Word).start))
  const lower = (at: number) => words[at]?.text.toLocaleLowerCase('nl')
  if (i >= 1 && sameClause(i - 1, i) && nameCues.has(lower(i - 1) ?? '')) return true
  return (
    i >= 2 &&
    lower(i - 1) === 'van' &&
    sameClause(i - 1, i) &&
    sameClause(i - 2, i - 1) &&
    nameCues.has(lower(i - 2) ?? '')
  )
}

/** A first name (with the surname after it), read from the words around it. */
function nameFindings(text: string, known: ReadonlySet<string>): PersonalDataFinding[] {
  const words = wordsOf(text)
  const found: PersonalDataFinding[] = []
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as Word
    const lower = word.text.toLocaleLowerCase('nl')
    if (!isCapitalised(word.text) || known.has(lower) || notNames.has(lower)) continue
    const cued = !everyday.has(lower) && cuedName(text, words, i)
    const first = firstNames.has(lower)
    const atStart = sentenceStart(text, word.start)
    // Dutch writes only names and first words with a capital: a first word needs more proof.
    const followedBySurname = isCapitalised(words[i + 1]?.text ?? '')
    const name = cued || (first && (!atStart || !everyday.has(lower) || followedBySurname))
    if (!name) continue
    // Take the surname along: "Emma de Vries", "Daan Jansen".
    let end = i
    for (let j = i + 1; j < words.length; j++) {
      const next = words[j] as Word
      const gap = text.slice((words[j - 1] as Word).end, next.start)
      if (!/^\s+$/.test(gap)) break
      const nextLower = next.text.toLocaleLowerCase('nl')
      if (particles.has(nextLower)) continue
      if (isCapitalised(next.text) && !known.has(nextLower)) end = j
      break
    }
    const last = words[end] as Word
    found.push({
      kind: 'naam',
      start: word.start,
      end: last.end,
      text: text.slice(word.start, last.end)
    })
    i = end
  }
  return found
}

function patternFindings(
  text: string,
  pattern: RegExp,
  kind: PersonalDataKind,
  accept: (match: string) => boolean = () => true
): PersonalDataFinding[] {
  return [...text.matchAll(pattern)]
    .filter((m) => accept(m[0]))
    .map((m) => ({ kind, start: m.index, end: m.index + m[0].length, text: m[0] }))
}

/**
 * What in `text` seems to be a pupil's or parent's personal data: a first name (other than
 * the known names), an e-mail address, a Dutch phone number, a BSN (nine digits passing the
 * eleven-test). Findings are in text order and do not overlap.
 */
export function findPersonalData(
  text: string,
  options: PersonalDataOptions = {}
): PersonalDataFinding[] {
  const emails = patternFindings(text, emailPattern, 'e-mail')
  const phones = patternFindings(text, phonePattern, 'telefoon')
  const bsns = patternFindings(text, bsnPattern, 'bsn', (m) =>
    passesElevenTest(m.replace(/\D/g, ''))
  )
  const names = nameFindings(text, knownNameWords(options.knownNames ?? []))
  const all = [...emails, ...phones, ...bsns, ...names].sort((a, b) => a.start - b.start)
  const kept: PersonalDataFinding[] = []
  for (const finding of all) {
    const last = kept.at(-1)
    if (last && finding.start < last.end) continue
    kept.push(finding)
  }
  return kept
}

const placeholders: Record<Exclude<PersonalDataKind, 'naam'>, string> = {
  'e-mail': '[e-mailadres]',
  telefoon: '[telefoonnummer]',
  bsn: '[BSN]'
}

/** "Emma de Vries" → "E.d.V.": who is meant stays clear to the team, not to a reader. */
export function initialsOf(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .map((part) => `${part[0]}.`)
    .join('')
}

/** The text with every finding replaced by initials or a placeholder. */
export function anonymise(text: string, findings: readonly PersonalDataFinding[]): string {
  let result = ''
  let at = 0
  for (const finding of findings) {
    result += text.slice(at, finding.start)
    result += finding.kind === 'naam' ? initialsOf(finding.text) : placeholders[finding.kind]
    at = finding.end
  }
  return result + text.slice(at)
}
