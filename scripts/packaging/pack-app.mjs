// Package the built app the way `npm run dist` does, but offline: electron-builder's own code path
// (file selection, package.json rewrite, asar, extra resources, fuses) with a stand-in for the
// Electron binary, which cannot be downloaded here.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { getCurrentFuseWire, FuseV1Options } from '@electron/fuses'
import { extractFile, listPackage, statFile } from '@electron/asar'
import { build, Platform } from 'electron-builder'

// Where @electron/fuses looks for the fuse wire in an Electron binary.
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'
// Electron's own settings, in @electron/fuses' order: RunAsNode, EnableCookieEncryption,
// EnableNodeOptionsEnvironmentVariable, EnableNodeCliInspectArguments,
// EnableEmbeddedAsarIntegrityValidation, OnlyLoadAppFromAsar, LoadBrowserProcessSpecificV8Snapshot,
// GrantFileProtocolExtraPrivileges ('1' on, '0' off).
const ELECTRON_DEFAULT_FUSES = '10110001'

/**
 * A folder laid out like an unpacked Linux Electron whose `electron` holds a fuse wire in
 * Electron's default state, so electron-builder can copy it and flip its fuses.
 * @param {string} dir
 */
function writeStandInElectron(dir) {
  mkdirSync(dir, { recursive: true })
  const wire = Buffer.concat([
    Buffer.from(`#!/bin/sh\necho "a stand-in for Electron"\nexit 1\n${SENTINEL}`),
    Buffer.from([1, ELECTRON_DEFAULT_FUSES.length]),
    Buffer.from(ELECTRON_DEFAULT_FUSES)
  ])
  writeFileSync(join(dir, 'electron'), wire, { mode: 0o755 })
}

/**
 * Package the app in `root` (built already: out/) for Linux as an unpacked folder under `workDir`,
 * with electron-builder.yml and nothing changed but where Electron comes from and where the result goes.
 * @param {string} root
 * @param {string} workDir An empty folder.
 * @returns {Promise<string>} The unpacked app (what the AppImage and deb would hold).
 */
export async function packUnpackedApp(root, workDir) {
  const electronDist = join(workDir, 'electron')
  writeStandInElectron(electronDist)
  const output = join(workDir, 'dist')
  await build({
    projectDir: root,
    targets: Platform.LINUX.createTarget('dir'),
    publish: 'never',
    config: { electronDist, directories: { output } }
  })
  return join(output, 'linux-unpacked')
}

/**
 * Every file under `dir`, relative to it, with `/` separators.
 * @param {string} dir
 * @returns {string[]}
 */
export function listFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort()
}

/**
 * @typedef {object} PackagedApp
 * @property {string[]} asarFiles Every file in app.asar, relative, with `/` separators.
 * @property {Record<string, unknown>} packageJson The package.json inside app.asar.
 * @property {string[]} resourceFiles Every file beside app.asar in resources/, relative to it.
 * @property {Record<string, boolean>} fuses Each fuse by @electron/fuses' name, true when on.
 */

/**
 * Read back what electron-builder produced in an unpacked app folder.
 * @param {string} appDir The folder packUnpackedApp returned.
 * @param {string} executableName The app's executable (electron-builder names it after package.json).
 * @returns {Promise<PackagedApp>}
 */
export async function inspectUnpackedApp(appDir, executableName) {
  const asar = join(appDir, 'resources', 'app.asar')
  const asarFiles = listPackage(asar, { isPack: false })
    .map((path) => path.split(sep).join('/').replace(/^\//, ''))
    // Folders are entries too; only files are listed.
    .filter((path) => !('files' in statFile(asar, path)))
    .sort()
  const packageJson = JSON.parse(extractFile(asar, 'package.json').toString('utf8'))
  const resourceFiles = listFiles(join(appDir, 'resources')).filter((path) => path !== 'app.asar')
  const wire = await getCurrentFuseWire(join(appDir, executableName))
  /** @type {Record<string, boolean>} */
  const fuses = {}
  for (const [index, state] of Object.entries(wire)) {
    if (index === 'version') continue
    fuses[FuseV1Options[Number(index)] ?? `fuse ${index}`] = state === 49
  }
  return { asarFiles, packageJson, resourceFiles, fuses }
}
