// npm run dist:check — packages the app for Linux (`--dir` and `deb`) with a stand-in Electron
// distribution and checks what came out; then runs the simulated packaged start on the packaged
// app.asar. Needs `electron-vite build` and `npm run icons` first (the npm script does both).
// docs/desktop.md says what this proves and what only a real machine can.
import { extractFile, getRawHeader, listPackage } from '@electron/asar'
import { getCurrentFuseWire } from '@electron/fuses'
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { makeStandInElectron } from './stand-in-electron.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const root = join(here, '..', '..')
const require = createRequire(import.meta.url)
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
const electronVersion = require('electron/package.json').version
const builderRequire = createRequire(require.resolve('app-builder-lib'))
const yaml = builderRequire('js-yaml')
const config = yaml.load(readFileSync(join(root, 'electron-builder.yml'), 'utf8'))
const { FuseV1Options } = require('@electron/fuses')

const arch = process.arch === 'arm64' ? 'arm64' : 'x64'
const debArch = arch === 'x64' ? 'amd64' : 'arm64'
const work = mkdtempSync(join(tmpdir(), 'samenspel-dist-check-'))
const keep = process.argv.includes('--keep')
let failures = 0

async function check(name, run) {
  try {
    await run()
    console.log(`  ok    ${name}`)
  } catch (error) {
    failures++
    console.log(`  FAIL  ${name}\n        ${String(error.message).split('\n').join('\n        ')}`)
  }
}

try {
  for (const needed of ['out/main/index.js', 'out/renderer/index.html', 'build/icon.png']) {
    if (!existsSync(join(root, needed))) {
      throw new Error(`${needed} is missing: run \`npm run dist:check\` (it builds first)`)
    }
  }
  console.log(`== stand-in Electron ${electronVersion} in ${work}`)
  const dist = join(work, 'electron-dist')
  makeStandInElectron(dist, electronVersion)

  console.log('== electron-builder --linux dir deb')
  const output = join(work, 'release')
  execFileSync(
    join(root, 'node_modules', '.bin', 'electron-builder'),
    [
      '--linux',
      'dir',
      'deb',
      `--${arch}`,
      '--publish',
      'never',
      `-c.electronDist=${dist}`,
      `-c.electronVersion=${electronVersion}`,
      `-c.directories.output=${output}`
    ],
    {
      cwd: root,
      stdio: 'inherit',
      // fpm itself is downloaded from GitHub by electron-builder: the stand-in builds the deb.
      env: { ...process.env, CUSTOM_FPM_PATH: join(here, 'fpm-stand-in.mjs') }
    }
  )

  const unpacked = join(output, arch === 'x64' ? 'linux-unpacked' : 'linux-arm64-unpacked')
  const resources = join(unpacked, 'resources')
  const asarPath = join(resources, 'app.asar')
  const executable = join(unpacked, pkg.name)
  const files = listPackage(asarPath, { isPack: false }).map((file) => file.replaceAll('\\', '/'))
  const header = getRawHeader(asarPath).header

  console.log('== the packaged app')
  await check('app.asar holds the built app, its content packs and package.json', () => {
    for (const file of [
      '/package.json',
      '/out/main/index.js',
      '/out/preload/index.js',
      '/out/renderer/index.html',
      '/out/renderer/participant.html',
      '/resources/content/kwaliteitskaart.json',
      '/resources/content/success-factors.json',
      '/resources/content/reference.json',
      '/resources/content/quickscan.json',
      '/resources/demo/demo-session.json',
      '/node_modules/better-sqlite3/lib/index.js'
    ]) {
      assert.ok(files.includes(file), `missing ${file}`)
    }
    // Electron reads desktopName from the packaged package.json (its app_id on Linux).
    const packaged = JSON.parse(extractFile(asarPath, 'package.json').toString('utf8'))
    assert.equal(packaged.desktopName, pkg.desktopName)
  })

  await check('app.asar holds no sources, tests, maps, C sources or bundled libraries', () => {
    const unwanted = files.filter(
      (file) =>
        /^\/(src|tests|bench|docs|scripts|assets|build|release)\//.test(file) ||
        /\.(map|ts|tsx)$/.test(file) ||
        /^\/node_modules\/better-sqlite3\/(deps|src|build)\//.test(file) ||
        /^\/node_modules\/(react|react-dom|zustand|zod|docx|electron|vite|typescript|@resvg)\//.test(
          file
        )
    )
    assert.deepEqual(unwanted, [])
  })

  await check(
    `only the ${process.platform}-${arch} better-sqlite3 prebuild, and it is unpacked`,
    () => {
      const nodeFiles = files.filter((file) => file.endsWith('.node'))
      assert.deepEqual(nodeFiles, [`/node_modules/better-sqlite3/prebuilds/linux-${arch}.node`])
      const unpackedFiles = walk(join(resources, 'app.asar.unpacked')).map((file) =>
        relative(join(resources, 'app.asar.unpacked'), file).replaceAll('\\', '/')
      )
      assert.deepEqual(unpackedFiles, [`node_modules/better-sqlite3/prebuilds/linux-${arch}.node`])
      const entry = header.files.node_modules.files['better-sqlite3'].files.prebuilds.files
      assert.equal(entry[`linux-${arch}.node`].unpacked, true)
    }
  )

  await check('the fuses are flipped as electron-builder.yml says', async () => {
    const wire = await getCurrentFuseWire(executable)
    const want = {
      RunAsNode: config.electronFuses.runAsNode,
      EnableCookieEncryption: config.electronFuses.enableCookieEncryption,
      EnableNodeOptionsEnvironmentVariable:
        config.electronFuses.enableNodeOptionsEnvironmentVariable,
      EnableNodeCliInspectArguments: config.electronFuses.enableNodeCliInspectArguments,
      EnableEmbeddedAsarIntegrityValidation:
        config.electronFuses.enableEmbeddedAsarIntegrityValidation,
      OnlyLoadAppFromAsar: config.electronFuses.onlyLoadAppFromAsar,
      LoadBrowserProcessSpecificV8Snapshot:
        config.electronFuses.loadBrowserProcessSpecificV8Snapshot,
      GrantFileProtocolExtraPrivileges: config.electronFuses.grantFileProtocolExtraPrivileges
    }
    const got = Object.fromEntries(
      Object.keys(want).map((name) => [name, wire[FuseV1Options[name]] === 49])
    )
    assert.deepEqual(got, want)
  })

  await check(
    'resources and licences are present, and nothing else is unpacked beside app.asar',
    () => {
      // package-type and app-update.yml would only appear with auto-update (publish: null).
      assert.deepEqual(readdirSync(resources).sort(), [
        'app.asar',
        'app.asar.unpacked',
        'apparmor-profile'
      ])
      for (const file of [
        'LICENSE.electron.txt',
        'LICENSES.chromium.html',
        'chrome-sandbox',
        pkg.name
      ]) {
        assert.ok(existsSync(join(unpacked, file)), file)
      }
      const profile = readFileSync(join(resources, 'apparmor-profile'), 'utf8')
      assert.match(
        profile,
        /profile "samenspel" "\/opt\/Samenspel\/samenspel" flags=\(unconfined\)/
      )
      assert.match(profile, /^\s*userns,$/m)
    }
  )

  const debName = `${pkg.name}_${pkg.version}_${debArch}.deb`
  const deb = join(output, debName)
  console.log(`== ${debName}`)
  await check('the deb was built', () => assert.ok(existsSync(deb), deb))
  if (existsSync(deb)) {
    const field = (name) => execFileSync('dpkg-deb', ['-f', deb, name], { encoding: 'utf8' }).trim()
    await check(
      'its control data names package, version, maintainer, homepage and dependencies',
      () => {
        assert.equal(field('Package'), pkg.name)
        assert.equal(field('Version'), pkg.version)
        assert.equal(field('Architecture'), debArch)
        assert.equal(field('Maintainer'), config.linux.maintainer)
        assert.equal(field('Homepage'), pkg.homepage)
        assert.equal(field('Section'), 'education')
        assert.match(field('Depends'), /libgtk-3-0/)
        assert.match(field('Depends'), /libnss3/)
        assert.match(field('Description'), /^Samenwerken met ouders/)
      }
    )
    const contents = execFileSync('dpkg-deb', ['-c', deb], { encoding: 'utf8' })
    await check('it installs the app in /opt/Samenspel, a menu entry and the icons', () => {
      for (const path of [
        './opt/Samenspel/samenspel',
        './opt/Samenspel/resources/app.asar',
        './opt/Samenspel/resources/apparmor-profile',
        `./usr/share/applications/${pkg.desktopName}`,
        './usr/share/icons/hicolor/256x256/apps/samenspel.png',
        './usr/share/icons/hicolor/16x16/apps/samenspel.png'
      ]) {
        assert.ok(contents.includes(` ${path}\n`), `missing ${path}`)
      }
    })
    await check('its menu entry is named as Electron names the window (desktopName)', () => {
      assert.match(pkg.desktopName, /^[a-z]+\.[a-z]+\.\w+\.desktop$/)
      const entry = execFileSync(
        'sh',
        [
          '-c',
          `dpkg-deb --fsys-tarfile "$0" | tar -xO "./usr/share/applications/$1"`,
          deb,
          pkg.desktopName
        ],
        { encoding: 'utf8' }
      )
      assert.match(
        entry,
        new RegExp(
          `^StartupWMClass=${pkg.desktopName.replace(/\.desktop$/, '').replace(/\./g, '\\.')}$`,
          'm'
        )
      )
      assert.match(entry, /^Icon=samenspel$/m)
      assert.match(entry, /^Exec=\/opt\/Samenspel\/samenspel %U$/m)
    })
    await check(
      'its postinst loads the AppArmor profile for Ubuntu 23.10+ (electron#42510)',
      () => {
        const control = join(work, 'control')
        execFileSync('dpkg-deb', ['-e', deb, control])
        const postinst = readFileSync(join(control, 'postinst'), 'utf8')
        assert.match(
          postinst,
          /APPARMOR_PROFILE_SOURCE='\/opt\/Samenspel\/resources\/apparmor-profile'/
        )
        assert.match(postinst, /apparmor_parser --replace/)
        assert.match(postinst, /chmod 4755 '\/opt\/Samenspel\/chrome-sandbox'/)
      }
    )
    const sizeMb = (statSync(deb).size / 1e6).toFixed(1)
    const asarMb = (statSync(asarPath).size / 1e6).toFixed(1)
    console.log(`  size  app.asar ${asarMb} MB, deb ${sizeMb} MB (with a stand-in Electron)`)
  }

  console.log('== simulated packaged start')
  try {
    execFileSync(process.execPath, [join(here, 'simulated-start.mjs'), asarPath], {
      stdio: 'inherit'
    })
  } catch {
    failures++
    console.log('  FAIL  the simulated packaged start (see above)')
  }
} finally {
  if (keep) console.log(`kept ${work}`)
  else rmSync(work, { recursive: true, force: true })
}

if (failures > 0) {
  console.error(`dist:check: ${failures} check(s) failed`)
  process.exit(1)
}
console.log('dist:check: the Linux package is as configured.')

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)]
  )
}
