// `npm run test:package` (node --test, after the build; vitest does not collect it): proves that
// electron-builder, with electron-builder.yml, packages only the built app, a package.json without
// dev dependencies, the content beside app.asar, and the fuses SECURITY.md promises.
import assert from 'node:assert/strict'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, test } from 'node:test'
import { buildIfStale } from '../build-if-stale.mjs'
import { inspectUnpackedApp, listFiles, packUnpackedApp } from './pack-app.mjs'

const root = join(import.meta.dirname, '..', '..')
const rootPackage = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
const BUILT_FOLDERS = ['out/main', 'out/preload', 'out/renderer']

/**
 * The production dependencies and everything they depend on, by name, as installed.
 * @param {string[]} names
 * @param {Set<string>} [found]
 */
function dependencyClosure(names, found = new Set()) {
  for (const name of names) {
    if (found.has(name)) continue
    found.add(name)
    const manifest = JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8'))
    dependencyClosure(Object.keys(manifest.dependencies ?? {}), found)
  }
  return found
}

/** The package a node_modules path belongs to: `zod`, or `@scope/name`. */
function packageOf(/** @type {string} */ path) {
  const [, first, second] = path.split('/')
  return first?.startsWith('@') ? `${first}/${second}` : (first ?? '')
}

/** @type {string} */
let workDir
/** @type {import('./pack-app.mjs').PackagedApp} */
let app

before(async () => {
  buildIfStale()
  workDir = mkdtempSync(join(tmpdir(), 'debrief-package-'))
  const appDir = await packUnpackedApp(root, workDir)
  app = await inspectUnpackedApp(appDir, rootPackage.name)
})

after(() => {
  if (workDir) rmSync(workDir, { recursive: true, force: true })
})

test('the packaged package.json has no dev dependencies or scripts, and the same dependencies', () => {
  assert.equal(app.packageJson.devDependencies, undefined)
  assert.equal(app.packageJson.scripts, undefined)
  assert.deepEqual(app.packageJson.dependencies, rootPackage.dependencies)
  assert.equal(app.packageJson.main, rootPackage.main)
})

test('app.asar holds the built app and its production dependencies, nothing else', () => {
  const allowed = dependencyClosure(Object.keys(rootPackage.dependencies))
  const strays = app.asarFiles.filter((path) => {
    if (path === 'package.json') return false
    if (BUILT_FOLDERS.some((folder) => path.startsWith(`${folder}/`))) return false
    return !(path.startsWith('node_modules/') && allowed.has(packageOf(path)))
  })
  assert.deepEqual(strays, [], 'files that are neither the built app nor a production dependency')
  const devPackages = Object.keys(rootPackage.devDependencies).filter((name) =>
    app.asarFiles.some((path) => path.startsWith(`node_modules/${name}/`))
  )
  assert.deepEqual(devPackages, [], 'dev dependencies inside app.asar')
})

test('every file the build wrote is packaged, and the main entry is among them', () => {
  const built = BUILT_FOLDERS.flatMap((folder) =>
    listFiles(join(root, folder)).map((path) => `${folder}/${path}`)
  )
  assert.ok(built.length > 0, 'the build wrote nothing')
  assert.deepEqual(
    built.filter((path) => !app.asarFiles.includes(path)),
    [],
    'built files missing from app.asar'
  )
  assert.ok(app.asarFiles.includes(String(app.packageJson.main).replace(/^\.\//, '')))
})

test('the content sits beside app.asar, where the main process reads it', () => {
  const shipped = listFiles(join(root, 'resources', 'content')).map((path) => `content/${path}`)
  assert.ok(shipped.includes('content/article.txt'))
  assert.deepEqual(app.resourceFiles, shipped)
})

test('the fuses are flipped as SECURITY.md says', () => {
  assert.deepEqual(
    {
      RunAsNode: app.fuses.RunAsNode,
      EnableNodeOptionsEnvironmentVariable: app.fuses.EnableNodeOptionsEnvironmentVariable,
      EnableNodeCliInspectArguments: app.fuses.EnableNodeCliInspectArguments,
      EnableCookieEncryption: app.fuses.EnableCookieEncryption,
      OnlyLoadAppFromAsar: app.fuses.OnlyLoadAppFromAsar,
      EnableEmbeddedAsarIntegrityValidation: app.fuses.EnableEmbeddedAsarIntegrityValidation,
      GrantFileProtocolExtraPrivileges: app.fuses.GrantFileProtocolExtraPrivileges
    },
    {
      RunAsNode: false,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      EnableCookieEncryption: true,
      OnlyLoadAppFromAsar: true,
      EnableEmbeddedAsarIntegrityValidation: true,
      GrantFileProtocolExtraPrivileges: false
    }
  )
})
