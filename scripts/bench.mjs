// `npm run bench`: build if needed, then measure the store, the time to paint and the bundle size.
// `npm run bench -- --only=store|paint|annotations|search|size`: one section alone, printed, docs left as they are.
import { join } from 'node:path'
import { svelte } from '@sveltejs/vite-plugin-svelte'
import { runnerImport } from 'vite'
import { buildIfStale } from './build-if-stale.mjs'

const root = join(import.meta.dirname, '..')

/**
 * Stylesheets imported by the renderer's modules, as empty modules: drawing the first screen on
 * the server needs none of them (the page carries the built stylesheet), and the module runner
 * has no bundle to put them in.
 * @returns {import('vite').Plugin}
 */
function noStylesheets() {
  return {
    name: 'debrief-bench-no-stylesheets',
    enforce: 'pre',
    resolveId: (source) => (/\.css($|\?)/.test(source) ? '\0debrief-no-stylesheet' : null),
    load: (id) => (id === '\0debrief-no-stylesheet' ? 'export default ""' : null)
  }
}
buildIfStale()
/** @type {{ module: typeof import('./bench/index.ts') }} */
const { module } = await runnerImport(join(root, 'scripts/bench/index.ts'), {
  configFile: false,
  logLevel: 'error',
  resolve: { alias: { '@shared': join(root, 'src/shared') } },
  // The desktop row draws the first screen with the renderer's components, as Electron's main does.
  plugins: [svelte({ configFile: join(root, 'svelte.config.js'), emitCss: false }), noStylesheets()]
})
// `npm run bench -- --only=<section>` runs one section, printed with its targets, docs left as they
// are; with no section, everything, written to docs/benchmarks.md.
const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length)
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const met = only ? await module.runSection(root, only, chromium) : await module.runBenchmarks(root, chromium)
process.exitCode = met ? 0 : 1
