// `npm run web`: build the app if the sources are newer than the build, then start the browser host.
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { buildIfStale } from './build-if-stale.mjs'

buildIfStale()
await import(pathToFileURL(join(import.meta.dirname, '..', 'out', 'web', 'cli.js')).href)
