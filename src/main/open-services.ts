import { loadContent } from './content/load-content'
import { createHandlers, type Handlers } from './services'
import { lockDataFolder } from './store/data-folder-lock'
import { makePrivateFolder } from './store/file-modes'
import { openStore, type Store } from './store/open-store'

export interface Services {
  store: Store
  handlers: Handlers
  /** Write everything still pending, close the store and let the data folder go. */
  close(): Promise<void>
}

export interface OpenServicesOptions {
  dataDir: string
  contentDir: string
  /** How a second process refused this data folder names this one: "the desktop app", "the browser host". */
  app?: string
}

/**
 * Take the data folder `dataDir` for this process (one writer per folder: a second process is
 * refused with DataFolderInUse), load the shipped content, open the store there and build every
 * contract handler over it. A folder that cannot be created fails at once, naming it and why.
 */
export async function openServices(options: OpenServicesOptions): Promise<Services> {
  const { dataDir, app = 'Debrief' } = options
  try {
    makePrivateFolder(dataDir)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new Error(`Debrief could not create its data folder ${dataDir}: ${reason}`, { cause: error })
  }
  const lock = await lockDataFolder(dataDir, {
    app,
    onLost: (error) =>
      console.error(
        `[debrief] the lock on the data folder ${dataDir} was lost (${error.message}). ` +
          'Another process may be writing to it: quit Debrief and start it again.'
      )
  })
  let store: Store
  try {
    const content = await loadContent(options.contentDir)
    store = await openStore({ dataDir, content })
  } catch (error) {
    await lock.release()
    throw error
  }
  return {
    store,
    handlers: createHandlers(store),
    async close() {
      try {
        await store.close()
      } finally {
        await lock.release()
      }
    }
  }
}
