// `npm run security`: scan the code that runs in Electron with electronegativity, offline, and fail
// on any finding that scripts/security/allowed-findings.mjs (and SECURITY.md) does not explain.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runnerImport } from 'vite'
import { ALLOWED_FINDINGS } from './security/allowed-findings.mjs'
import {
  compareWithAllowList,
  scanWithElectronegativity,
  stageElectronSources
} from './security/electronegativity.mjs'

const root = join(import.meta.dirname, '..')
/** @type {{ module: typeof import('../src/shared/csp.ts') }} */
const { module: csp } = await runnerImport(join(root, 'src/shared/csp.ts'), {
  configFile: false,
  logLevel: 'error'
})
const electronVersion = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).devDependencies.electron

const staging = mkdtempSync(join(tmpdir(), 'debrief-security-scan-'))
try {
  stageElectronSources(root, staging, csp.CONTENT_SECURITY_POLICY_META)
  const findings = await scanWithElectronegativity(staging, electronVersion)
  const { unexplained, stale } = compareWithAllowList(findings, ALLOWED_FINDINGS)
  console.info(
    `electronegativity (Electron ${electronVersion}): ${findings.length} findings, ` +
      `${findings.length - unexplained.length} explained in SECURITY.md, ${unexplained.length} not`
  )
  for (const finding of unexplained) {
    console.error(
      `  ${finding.check} ${finding.file}:${finding.line} [${finding.severity}] ${finding.description}\n    ${finding.sample}`
    )
  }
  for (const entry of stale) {
    console.error(`  allow-list entry ${entry.check} ${entry.file} matches nothing now: remove it`)
  }
  process.exitCode = unexplained.length > 0 || stale.length > 0 ? 1 : 0
} finally {
  rmSync(staging, { recursive: true, force: true })
}
