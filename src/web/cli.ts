import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { dataDirOverride, defaultUserDataDir } from '../main/data-dir'
import { openServices } from '../main/open-services'
import { openInBrowser } from './open-browser'
import { startWebHost } from './server'

/**
 * `npm run web -- [--port N] [--data-dir DIR] [--no-open]`: serve Debrief on http://127.0.0.1:N/
 * with the same services and store as the desktop app, and (with --open, which `npm run web`
 * passes unless told --no-open) open it in the user's browser. SIGINT/SIGTERM flush pending writes
 * and exit 0.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '5299' },
      'data-dir': { type: 'string' },
      open: { type: 'boolean', default: false },
      'no-open': { type: 'boolean', default: false }
    },
    strict: true
  })
  const port = Number(values.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port must be 0–65535, not "${values.port}"`)
  const dataDir = resolve(dataDirOverride(process.argv, process.env) ?? defaultUserDataDir())
  const outDir = resolve(import.meta.dirname, '..')
  // A data folder another process holds is refused here, with a message naming it and the holder.
  const services = await openServices({
    dataDir,
    contentDir: resolve(outDir, '../resources/content'),
    app: 'the browser host'
  })
  const host = await startWebHost({ services, rendererDir: resolve(outDir, 'renderer'), port })

  for (const notice of services.store.data.notices) console.warn(`[debrief] ${notice.message}`)
  // The only place the secret is shown: whoever started the host opens this address.
  console.info(`Debrief is running at ${host.launchUrl}`)
  console.info(`Data folder: ${dataDir}`)
  if (values.open && !values['no-open'] && !(await openInBrowser(host.launchUrl, { folder: dataDir }))) {
    console.info('No browser could be opened from here: open the address above in yours.')
  }

  let stopping = false
  const stop = (): void => {
    if (stopping) return
    stopping = true
    host
      .close()
      .then(() => services.close())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          console.error('[debrief] could not flush the store:', error)
          process.exit(1)
        }
      )
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((error: unknown) => {
  console.error(`[debrief] ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
