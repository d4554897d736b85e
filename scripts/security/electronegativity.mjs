// Runs @doyensec/electronegativity over the code that runs inside Electron, offline, and compares
// what it finds with the findings SECURITY.md explains.
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire, Module } from 'node:module'
import { dirname, join, relative, sep } from 'node:path'

const require = createRequire(import.meta.url)

/**
 * @typedef {object} Finding
 * @property {string} check The electronegativity check id, e.g. SANDBOX_JS_CHECK.
 * @property {string} file The file it was found in, relative to the scanned folder with `/`, or N/A
 *   for a finding about the whole application (a missing CSP, no permission handler).
 * @property {number} line
 * @property {string} severity
 * @property {string} confidence
 * @property {boolean} manualReview True when the check only asks for a human to look.
 * @property {string} description
 * @property {string} sample The offending source line, when there is one.
 */

/**
 * @typedef {object} AllowedFinding
 * @property {string} check
 * @property {string} file
 * @property {string} reason Why it does not apply, or how the protection it asks for is met.
 */

/**
 * The source folders whose code runs inside Electron: the main process, the preload, the contract
 * they share and the renderer's TypeScript. The rest of src/web (the browser host) never runs in
 * Electron.
 */
export const ELECTRON_SOURCE_DIRS = ['src/main', 'src/preload', 'src/shared', 'src/renderer']

/**
 * The files of src/web that run inside Electron too: the app: protocol (src/main/app-protocol.ts)
 * builds its page and serves its files with them, as the browser host does.
 */
export const ELECTRON_SOURCE_FILES = [
  'src/web/first-screen.ts',
  'src/web/static-files.ts',
  'src/web/security-headers.ts'
]

// The one check that needs the network: it downloads Electron's release list to look for security
// fixes newer than the installed version. Its answer changes from day to day, so it cannot gate a
// test; the Electron version is pinned in package.json and upgraded deliberately.
const NETWORK_CHECKS = ['availablesecurityfixesglobalcheck']

/**
 * True for a file the scanner should read: source, not a test or a type declaration.
 * @param {string} name
 */
function isScannedSource(name) {
  return /\.(ts|js|html)$/.test(name) && !/\.(test|spec)\.ts$/.test(name) && !name.endsWith('.d.ts')
}

/**
 * Copy every scanned source file under `from` into `to`, keeping the folder layout.
 * @param {string} from
 * @param {string} to
 */
function copySources(from, to) {
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name)
    if (entry.isDirectory()) copySources(source, join(to, entry.name))
    else if (isScannedSource(entry.name)) {
      mkdirSync(to, { recursive: true })
      cpSync(source, join(to, entry.name))
    }
  }
}

/**
 * Fill `stagingDir` with what the scanner should see of the app in `root`: the Electron source
 * folders without their tests, the browser host's files the app: protocol uses, and the renderer's page with the Content Security Policy meta tag
 * the build puts into it (electron.vite.config.ts), so the scanner can judge the policy itself.
 * @param {string} root The repository.
 * @param {string} stagingDir An empty folder.
 * @param {string} metaPolicy The policy the build writes into the page (CONTENT_SECURITY_POLICY_META).
 */
export function stageElectronSources(root, stagingDir, metaPolicy) {
  for (const dir of ELECTRON_SOURCE_DIRS) copySources(join(root, dir), join(stagingDir, dir))
  for (const file of ELECTRON_SOURCE_FILES) {
    mkdirSync(dirname(join(stagingDir, file)), { recursive: true })
    cpSync(join(root, file), join(stagingDir, file))
  }
  const page = join(stagingDir, 'src/renderer/index.html')
  const meta = `<meta http-equiv="Content-Security-Policy" content="${metaPolicy.replaceAll('"', '&quot;')}" />`
  writeFileSync(page, readFileSync(page, 'utf8').replace('<head>', `<head>\n    ${meta}`))
}

/**
 * Make the scanner's HTTP client answer "not found" without touching the network. Electronegativity
 * asks a web server for fresh translations of its messages before every scan (and waits a second
 * when offline); with this it uses the English ones it ships.
 */
function keepScannerOffline() {
  const runnerPath = require.resolve('@doyensec/electronegativity')
  const gotPath = createRequire(join(dirname(runnerPath), 'locales', 'i18n.js')).resolve('got')
  const notFound = async () => ({ statusCode: 404, body: '' })
  const offline = new Module(gotPath)
  offline.filename = gotPath
  offline.loaded = true
  offline.exports = Object.assign(notFound, { head: notFound })
  require.cache[gotPath] = offline
  return runnerPath
}

/**
 * Scan `dir` with every electronegativity check except the one that needs the network.
 * @param {string} dir
 * @param {string} electronVersion The Electron the app ships with: the checks judge defaults by it.
 * @returns {Promise<Finding[]>}
 */
export async function scanWithElectronegativity(dir, electronVersion) {
  const runnerPath = keepScannerOffline()
  const runner = require(runnerPath)
  /** @type {(options: object, forCli: boolean) => Promise<{ errors: { file: string, message: string }[], issues: any[] }>} */
  const run = runner.default ?? runner
  const result = await run(
    {
      input: dir,
      customScan: [],
      excludeFromScan: NETWORK_CHECKS,
      electronVersionOverride: electronVersion,
      parserPlugins: [],
      isRelative: true
    },
    false
  )
  const unparsed = result.errors.filter((error) => !('tolerable' in error && error.tolerable))
  if (unparsed.length > 0) {
    // A file the scanner could not read is a file nobody checked.
    const list = unparsed.map((error) => `${relative(dir, error.file)}: ${error.message}`).join('\n')
    throw new Error(`electronegativity could not parse:\n${list}`)
  }
  return result.issues.map((issue) => ({
    check: issue.id,
    file: issue.file === 'N/A' ? 'N/A' : issue.file.split(sep).join('/'),
    line: issue.location.line,
    severity: issue.severity.name,
    confidence: issue.confidence.name,
    manualReview: Boolean(issue.manualReview),
    description: issue.description,
    sample: issue.sample ?? ''
  }))
}

/**
 * Split findings into those nobody has explained and allow-list entries that no longer match any
 * finding (kept out of date, a list would hide the next real finding of the same kind).
 * @param {Finding[]} findings
 * @param {AllowedFinding[]} allowed
 */
export function compareWithAllowList(findings, allowed) {
  const matches = (/** @type {AllowedFinding} */ entry, /** @type {Finding} */ finding) =>
    entry.check === finding.check && entry.file === finding.file
  return {
    unexplained: findings.filter((finding) => !allowed.some((entry) => matches(entry, finding))),
    stale: allowed.filter((entry) => !findings.some((finding) => matches(entry, finding)))
  }
}
