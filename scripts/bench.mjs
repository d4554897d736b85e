// `npm run bench`: build if needed, then measure the store, the time to paint and the bundle size.
// `npm run bench -- --only=store` or `--only=size`: one section alone, printed, docs left as they are.
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
const alias = { '@shared': join(root, 'src/shared') }
// `npm run bench -- --only=<section>` runs one section and leaves the docs as they are; the full
// run, which writes docs/benchmarks.md, is the default.
const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length)
const sections = ['size', 'store']
if (only !== undefined && !sections.includes(only))
  throw new Error(`Unknown bench section "${only}": the sections are ${sections.join(', ')}`)

if (only === 'store') {
  // Nothing built: the store section reads only the content and a synthetic store.
  /** @type {{ module: typeof import('./bench/store-bench.ts') }} */
  const { module } = await runnerImport(join(root, 'scripts/bench/store-bench.ts'), {
    configFile: false,
    logLevel: 'error',
    resolve: { alias }
  })
  const content = join(root, 'resources/content')
  const rows = [await module.benchStore(content, 1), await module.benchStore(content, 100)]
  console.info(module.storeTable(rows))
} else {
  buildIfStale()
  /** @type {{ module: typeof import('./bench/index.ts') }} */
  const { module } = await runnerImport(join(root, 'scripts/bench/index.ts'), {
    configFile: false,
    logLevel: 'error',
    resolve: { alias },
    // The desktop row draws the first screen with the renderer's components, as Electron's main does.
    plugins: [svelte({ configFile: join(root, 'svelte.config.js'), emitCss: false }), noStylesheets()]
  })
  const met =
    only === 'size'
      ? await module.runSizeBenchmark(root)
      : await module.runBenchmarks(root, process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')
  process.exitCode = met ? 0 : 1
}
