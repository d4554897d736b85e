// `npm run web`: build the app if the sources are newer than the build, then start the browser host.
import { execSync } from 'node:child_process'
import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

const root = join(import.meta.dirname, '..')
const cli = join(root, 'out/web/cli.js')
const built = ['out/web/cli.js', 'out/renderer/index.html'].map((file) => join(root, file))
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

const builtAt = Math.min(...built.map((file) => statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? 0))
if (builtAt < Math.max(...sources.map((source) => newest(join(root, source))))) {
  console.info('Building Debrief…')
  execSync('npm run build', { cwd: root, stdio: 'inherit' })
}
await import(pathToFileURL(cli).href)
