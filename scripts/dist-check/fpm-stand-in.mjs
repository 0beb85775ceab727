#!/usr/bin/env node
// The subset of fpm (`-s dir -t deb`) that electron-builder's deb target calls, built on
// dpkg-deb. electron-builder downloads fpm from GitHub, which cannot be reached here;
// CUSTOM_FPM_PATH points it at this file during `npm run dist:check`. Release builds use the
// real fpm. Control fields follow fpm's own deb template, so the control data is what
// electron-builder asked fpm for.
import { execFileSync } from 'node:child_process'
import {
  chmodSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

const repeatable = new Set(['-d', '--deb-recommends'])
const flags = new Set(['--force'])
const options = {}
const lists = { '-d': [], '--deb-recommends': [] }
const mappings = []
const args = process.argv.slice(2)
for (let i = 0; i < args.length; i++) {
  const arg = args[i]
  if (flags.has(arg)) continue
  if (arg.startsWith('-')) {
    const value = args[++i]
    if (repeatable.has(arg)) lists[arg].push(value)
    else options[arg] = value
    continue
  }
  const at = arg.lastIndexOf('=')
  if (at < 0) throw new Error(`fpm stand-in: not a src=dst mapping: ${arg}`)
  mappings.push([arg.slice(0, at), arg.slice(at + 1)])
}
if (options['-s'] !== 'dir' || options['-t'] !== 'deb') {
  throw new Error(`fpm stand-in builds only -s dir -t deb, not ${options['-s']} → ${options['-t']}`)
}
const need = (name) => {
  if (!options[name]) throw new Error(`fpm stand-in: ${name} missing`)
  return options[name]
}

const stage = mkdtempSync(join(tmpdir(), 'samenspel-fpm-'))
try {
  for (const [src, dst] of mappings) {
    const target = join(stage, dst)
    mkdirSync(src.endsWith('/') ? target : dirname(target), { recursive: true })
    cpSync(src, target, { recursive: true, verbatimSymlinks: true })
  }
  const installedKb = execFileSync('du', ['-sk', stage], { encoding: 'utf8' }).split('\t')[0]
  const [synopsis, ...rest] = need('--description').split('\n')
  const control = [
    `Package: ${need('--name')}`,
    `Version: ${need('--version')}`,
    options['--license'] && `License: ${options['--license']}`,
    options['--vendor'] && `Vendor: ${options['--vendor']}`,
    `Architecture: ${need('--architecture')}`,
    `Maintainer: ${need('--maintainer')}`,
    `Installed-Size: ${installedKb}`,
    lists['-d'].length > 0 && `Depends: ${lists['-d'].join(', ')}`,
    lists['--deb-recommends'].length > 0 && `Recommends: ${lists['--deb-recommends'].join(', ')}`,
    `Section: ${options['--category'] ?? 'default'}`,
    `Priority: ${options['--deb-priority'] ?? 'optional'}`,
    `Homepage: ${need('--url')}`,
    `Description: ${synopsis}`,
    ...rest.map((line) => (line.trim() ? ` ${line.trim()}` : ' .'))
  ].filter(Boolean)
  mkdirSync(join(stage, 'DEBIAN'))
  writeFileSync(join(stage, 'DEBIAN', 'control'), `${control.join('\n')}\n`)
  for (const [option, script] of [
    ['--after-install', 'postinst'],
    ['--after-remove', 'postrm']
  ]) {
    if (!options[option]) continue
    writeFileSync(join(stage, 'DEBIAN', script), readFileSync(options[option]))
    chmodSync(join(stage, 'DEBIAN', script), 0o755)
  }
  const compression =
    options['--deb-compression'] === 'gz' ? 'gzip' : (options['--deb-compression'] ?? 'xz')
  execFileSync(
    'dpkg-deb',
    ['--root-owner-group', `-Z${compression}`, '--build', stage, need('--package')],
    {
      stdio: ['ignore', 'ignore', 'inherit']
    }
  )
} finally {
  rmSync(stage, { recursive: true, force: true })
}
