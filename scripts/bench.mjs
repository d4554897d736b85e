// `npm run bench`: build if needed, then measure the store, the time to paint and the bundle size.
import { join } from 'node:path'
import { runnerImport } from 'vite'
import { buildIfStale } from './build-if-stale.mjs'

const root = join(import.meta.dirname, '..')
buildIfStale()
/** @type {{ module: typeof import('./bench/index.ts') }} */
const { module } = await runnerImport(join(root, 'scripts/bench/index.ts'), {
  configFile: false,
  logLevel: 'error',
  resolve: { alias: { '@shared': join(root, 'src/shared') } }
})
const met = await module.runBenchmarks(root, process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')
process.exitCode = met ? 0 : 1
