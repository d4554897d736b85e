// `npm run web`: build the app if the sources are newer than the build, then start the browser host
// and open it in the user's browser.
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { buildIfStale } from './build-if-stale.mjs'

buildIfStale()
// The browser host opens the app in the user's browser unless told --no-open (the tests and the
// bench start it without --open).
process.argv.push('--open')
await import(pathToFileURL(join(import.meta.dirname, '..', 'out', 'web', 'cli.js')).href)
