import { loadContent } from './content/load-content'
import { createHandlers, type Handlers } from './services'
import { openStore, type Store } from './store/open-store'

export interface Services {
  store: Store
  handlers: Handlers
}

/** Load the shipped content, open the store in `dataDir` and build every contract handler over it. */
export async function openServices(options: { dataDir: string; contentDir: string }): Promise<Services> {
  const content = await loadContent(options.contentDir)
  const store = await openStore({ dataDir: options.dataDir, content })
  return { store, handlers: createHandlers(store) }
}
