// The end-to-end tests drive Debian's Chromium (Playwright cannot download its own browsers on
// machines without internet access). Installs it where we may, explains where we may not.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const chromium = process.env.SAMENSPEL_CHROMIUM || '/usr/bin/chromium'
if (existsSync(chromium)) process.exit(0)

const isRoot = process.getuid?.() === 0
const hasApt = existsSync('/usr/bin/apt-get')
if (isRoot && hasApt) {
  console.log(
    `Chromium not found at ${chromium}: installing Debian's chromium for the browser tests…`
  )
  execFileSync('apt-get', ['update', '-q'], { stdio: 'inherit' })
  execFileSync('apt-get', ['install', '-y', '-q', 'chromium'], { stdio: 'inherit' })
  if (existsSync(chromium)) process.exit(0)
}
console.error(
  `The end-to-end tests need Chromium at ${chromium}.\n` +
    '  Debian/Ubuntu: sudo apt-get install -y chromium\n' +
    '  Elsewhere: install Chromium or Chrome and set SAMENSPEL_CHROMIUM to its path.'
)
process.exit(1)
