import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { defaultLocale, isLocale, type Locale } from '../../shared/i18n/locale'

/**
 * Chromium's own locale: the order of a date field's day, month and year and its hint,
 * the words of its own controls. Chromium takes it once, at start, from the `lang` switch, and
 * otherwise from the operating system, so a Dutch facilitator on an English Windows got dates
 * typed as month/day/year. The app's language, as last chosen, is kept in the profile and
 * given to Chromium at the next start (a change mid-meeting applies after a restart; the
 * app's own texts follow at once).
 */

const fileName = 'taal.txt'

/** The language chosen last on this profile; Dutch when none was, or the file is unreadable. */
export function lastLanguage(userDataDir: string): Locale {
  try {
    const stored = readFileSync(join(userDataDir, fileName), 'utf8').trim()
    return isLocale(stored) ? stored : defaultLocale
  } catch {
    return defaultLocale
  }
}

/**
 * Keeps `locale` for the next start. Written whole or not at all (a temp file, then renamed);
 * a failure only means the next start uses the previous language, so it is not reported.
 */
export function rememberLanguage(userDataDir: string, locale: Locale): void {
  try {
    mkdirSync(userDataDir, { recursive: true })
    const target = join(userDataDir, fileName)
    writeFileSync(`${target}.tmp`, locale)
    renameSync(`${target}.tmp`, target)
  } catch {
    // A full disk or a locked profile: the language is chosen again next time.
  }
}

/** The `lang` switch's value: locales Chromium ships (nl.pak, en-GB.pak), day before month. */
export function chromiumLocale(locale: Locale): string {
  return locale === 'nl' ? 'nl' : 'en-GB'
}
