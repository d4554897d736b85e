import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

/** The repository root, where `out/main/index.js` and `node_modules/electron` live. */
export const ROOT = resolve(import.meta.dirname, '../..')

/** Why the Electron tests skip on a machine that has no Electron binary. */
export const NO_ELECTRON =
  'No Electron binary here: node_modules/electron/dist is missing (this machine cannot download it). ' +
  'These tests run wherever `npm install` could fetch Electron.'

/**
 * The Electron executable `npm install` put in node_modules/electron, or null when there is none.
 * Found the way the electron package itself finds it (path.txt, under dist/ or
 * ELECTRON_OVERRIDE_DIST_PATH) but without requiring the package, which would start a download.
 */
export function findElectronBinary(root: string = ROOT, env: NodeJS.ProcessEnv = process.env): string | null {
  const packageDir = join(root, 'node_modules', 'electron')
  const pathFile = join(packageDir, 'path.txt')
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : ''
  const binary = env.ELECTRON_OVERRIDE_DIST_PATH
    ? join(env.ELECTRON_OVERRIDE_DIST_PATH, relative || 'electron')
    : relative && join(packageDir, 'dist', relative)
  return binary && existsSync(binary) ? binary : null
}
