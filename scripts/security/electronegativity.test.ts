import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY_META } from '@shared/csp'
import { ALLOWED_FINDINGS } from './allowed-findings.mjs'
import {
  compareWithAllowList,
  scanWithElectronegativity,
  stageElectronSources
} from './electronegativity.mjs'

const ROOT = join(import.meta.dirname, '..', '..')
const ELECTRON = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).devDependencies
  .electron as string
// The scanner parses every file of the app; two cores shared with other work make it slow.
const SCAN_TIMEOUT_MS = 60_000

const folders: string[] = []
function tempFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'debrief-scan-test-'))
  folders.push(dir)
  return dir
}
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true })
})

/** The app's Electron code as the scan sees it, after `edit` has changed one file. */
function stagedApp(file?: string, edit?: (source: string) => string): string {
  const dir = tempFolder()
  stageElectronSources(ROOT, dir, CONTENT_SECURITY_POLICY_META)
  if (file && edit) {
    const path = join(dir, file)
    const before = readFileSync(path, 'utf8')
    const after = edit(before)
    // A mutation that changes nothing would make the test pass for the wrong reason.
    expect(after, `the edit to ${file} must change it`).not.toBe(before)
    writeFileSync(path, after)
  }
  return dir
}

async function unexplainedChecks(dir: string): Promise<string[]> {
  const findings = await scanWithElectronegativity(dir, ELECTRON)
  return compareWithAllowList(findings, ALLOWED_FINDINGS).unexplained.map((f) => `${f.check} ${f.file}`)
}

describe('the electronegativity scan', () => {
  it(
    'finds nothing unexplained in the app, and every allow-list entry still matches a finding',
    async () => {
      const findings = await scanWithElectronegativity(stagedApp(), ELECTRON)
      expect(compareWithAllowList(findings, ALLOWED_FINDINGS)).toEqual({ unexplained: [], stale: [] })
    },
    SCAN_TIMEOUT_MS
  )

  it(
    'flags a window that gives the page Node, turns off isolation and leaves out the sandbox',
    async () => {
      const dir = tempFolder()
      mkdirSync(join(dir, 'src/main/electron'), { recursive: true })
      writeFileSync(
        join(dir, 'src/main/electron/window.ts'),
        "import { BrowserWindow } from 'electron'\n" +
          'export const win = new BrowserWindow({\n' +
          '  webPreferences: { nodeIntegration: true, contextIsolation: false }\n' +
          '})\n'
      )
      const checks = await unexplainedChecks(dir)
      expect(checks).toEqual(
        expect.arrayContaining([
          'NODE_INTEGRATION_JS_CHECK src/main/electron/window.ts',
          'CONTEXT_ISOLATION_JS_CHECK src/main/electron/window.ts',
          'SANDBOX_JS_CHECK src/main/electron/window.ts'
        ])
      )
    },
    SCAN_TIMEOUT_MS
  )

  // Each protection taken out of the app's real code must make the scan fail.
  const removals: { name: string; file: string; edit: (source: string) => string; expected: string }[] = [
    {
      name: 'the sandbox is turned off',
      file: 'src/main/electron/window.ts',
      edit: (source) => source.replace('sandbox: true', 'sandbox: false'),
      expected: 'SANDBOX_JS_CHECK src/main/electron/window.ts'
    },
    {
      name: 'context isolation is turned off',
      file: 'src/main/electron/window.ts',
      edit: (source) => source.replace('contextIsolation: true', 'contextIsolation: false'),
      expected: 'CONTEXT_ISOLATION_JS_CHECK src/main/electron/window.ts'
    },
    {
      name: 'web security is turned off',
      file: 'src/main/electron/window.ts',
      edit: (source) => source.replace('webSecurity: true', 'webSecurity: false'),
      expected: 'WEB_SECURITY_JS_CHECK src/main/electron/window.ts'
    },
    {
      name: 'permission requests are no longer handled',
      file: 'src/main/electron/security.ts',
      edit: (source) => source.replace(/\n\s*session\.setPermissionRequestHandler\([^\n]*\n/, '\n'),
      expected: 'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK N/A'
    },
    {
      name: 'insecure content is allowed',
      file: 'src/main/electron/window.ts',
      edit: (source) =>
        source.replace('allowRunningInsecureContent: false', 'allowRunningInsecureContent: true'),
      expected: 'INSECURE_CONTENT_JS_CHECK src/main/electron/window.ts'
    },
    {
      name: 'new windows are no longer refused',
      file: 'src/main/electron/security.ts',
      edit: (source) => source.replace(/\n\s*contents\.setWindowOpenHandler\([\s\S]*?\n {2}\}\)\n/, '\n'),
      expected: 'LIMIT_NAVIGATION_GLOBAL_CHECK N/A'
    },
    {
      name: 'the app: protocol gives way to an old-style file protocol handler',
      file: 'src/main/app-protocol.ts',
      edit: (source) =>
        source.replace(
          'protocol.handle(APP_SCHEME, handler)',
          'protocol.registerFileProtocol(APP_SCHEME, handler)'
        ),
      expected: 'PROTOCOL_HANDLER_JS_CHECK src/main/app-protocol.ts'
    },
    {
      name: 'a browser-host file the app: protocol runs in Electron calls eval',
      file: 'src/web/first-screen.ts',
      edit: (source) => `${source}\nexport const run = (code: string) => eval('void ' + code)\n`,
      expected: 'DANGEROUS_FUNCTIONS_JS_CHECK src/web/first-screen.ts'
    },
    {
      name: 'navigation and new windows are no longer limited',
      file: 'src/main/electron/security.ts',
      edit: (source) =>
        source
          .replace(/\n\s*contents\.on\('will-navigate', stayInApp\)\n/, '\n')
          .replace(/\n\s*contents\.setWindowOpenHandler\([\s\S]*?\n {2}\}\)\n/, '\n'),
      expected: 'LIMIT_NAVIGATION_GLOBAL_CHECK N/A'
    }
  ]
  for (const removal of removals) {
    it(
      `fails when ${removal.name}`,
      async () => {
        const checks = await unexplainedChecks(stagedApp(removal.file, removal.edit))
        expect(checks).toContain(removal.expected)
      },
      SCAN_TIMEOUT_MS
    )
  }
})

describe('compareWithAllowList', () => {
  const finding = {
    check: 'PRELOAD_JS_CHECK',
    file: 'src/main/electron/window.ts',
    line: 3,
    severity: 'MEDIUM',
    confidence: 'FIRM',
    manualReview: true,
    description: 'Review the use of preload scripts',
    sample: ''
  }

  it('explains a finding only by an entry for the same check in the same file', () => {
    const sameCheckElsewhere = { check: 'PRELOAD_JS_CHECK', file: 'src/main/other.ts', reason: 'x' }
    expect(compareWithAllowList([finding], [sameCheckElsewhere]).unexplained).toEqual([finding])
    const exact = { check: 'PRELOAD_JS_CHECK', file: 'src/main/electron/window.ts', reason: 'x' }
    expect(compareWithAllowList([finding], [exact]).unexplained).toEqual([])
  })

  it('reports an entry that matches no finding, so the list cannot hide a future one', () => {
    const gone = { check: 'SANDBOX_JS_CHECK', file: 'src/main/electron/window.ts', reason: 'x' }
    expect(compareWithAllowList([finding], [gone]).stale).toEqual([gone])
  })
})

describe('SECURITY.md', () => {
  it('explains every finding the scan allows', () => {
    const text = readFileSync(join(ROOT, 'SECURITY.md'), 'utf8')
    for (const entry of ALLOWED_FINDINGS) {
      expect(text, entry.check).toContain(`\`${entry.check}\``)
      expect(text, `${entry.check} in ${entry.file}`).toContain(`\`${entry.file}\``)
    }
  })
})
