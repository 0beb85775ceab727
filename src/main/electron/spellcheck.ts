import type { Session } from 'electron'

/**
 * Where Chromium would fetch Hunspell dictionaries from instead of its CDN: the loopback
 * address's discard port. Nothing listens there, and a request to it never leaves the laptop.
 */
export const noDictionaryDownloadUrl = 'http://127.0.0.1:9/samenspel-geen-woordenboeken/'

/**
 * Spelling is checked only where the operating system does it: macOS's own spellchecker needs
 * no download. On Windows and Linux Chromium's Hunspell fetches dictionaries from Google's CDN
 * the first time a language is used, so there spelling is off — and should anything switch it on
 * again, the download address points at the laptop itself. (docs/desktop.md: "Spelling")
 */
export function spellcheckOn(platform: NodeJS.Platform): boolean {
  return platform === 'darwin'
}

export function configureSpellcheck(session: Session, platform: NodeJS.Platform): boolean {
  const on = spellcheckOn(platform)
  // A no-op on macOS, where nothing is downloaded; set everywhere so no platform is missed.
  session.setSpellCheckerDictionaryDownloadURL(noDictionaryDownloadUrl)
  session.setSpellCheckerEnabled(on)
  return on
}
