import { execSync } from 'node:child_process'
import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

const root = join(import.meta.dirname, '..')
const outputs = ['out/web/cli.js', 'out/renderer/index.html', 'out/main/index.js']
const sources = ['src', 'resources', 'package.json', 'electron.vite.config.ts', 'vite.web.config.ts']

/**
 * The newest modification time of a file or of any file below a folder.
 * @param {string} path
 * @returns {number}
 */
function newest(path) {
  const stat = statSync(path, { throwIfNoEntry: false })
  if (!stat) return 0
  if (!stat.isDirectory()) return stat.mtimeMs
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))))
}

/** Run `npm run build` when any output is missing or older than the newest source file. */
export function buildIfStale() {
  const builtAt = Math.min(
    ...outputs.map((file) => statSync(join(root, file), { throwIfNoEntry: false })?.mtimeMs ?? 0)
  )
  if (builtAt >= Math.max(...sources.map((source) => newest(join(root, source))))) return
  console.info('Building Debrief…')
  execSync('npm run build', { cwd: root, stdio: 'inherit' })
}
