import type { Settings } from '@shared/schemas'
import type { Store } from '../store/open-store'
import type { Handlers } from './handlers'
import { ServiceError } from './service-error'

type ReaderHandlers = Pick<
  Handlers,
  'content:get' | 'content:article' | 'settings:get' | 'settings:update' | 'progress:get' | 'progress:save'
>

/** The article, the reader's settings and the reading position. */
export function readerHandlers(store: Store, now: () => Date): ReaderHandlers {
  const paragraphIds = (): Set<string> => {
    const { article } = store.data.content
    return new Set([...article.sections.flatMap((s) => s.paragraphs.map((p) => p.id)), article.credit.id])
  }
  return {
    'content:get': () => store.data.content,
    'content:article': () => {
      const { version, article } = store.data.content
      return { version, article }
    },
    'settings:get': () => store.data.settings,
    'settings:update': async (patch) => {
      // The schema's optional fields accept a key whose value is undefined, and Electron's IPC keeps
      // such keys. Spread as is, one would erase that setting and the saved file would then fail
      // validation at the next start, so only the settings actually given are applied.
      const changes: Partial<Settings> = Object.fromEntries(
        Object.entries(patch).filter(([, value]) => value !== undefined)
      )
      if (Object.keys(changes).length === 0) {
        throw new ServiceError(
          'invalid-input',
          'Invalid input for settings:update: name at least one setting to change'
        )
      }
      await store.update((data) => {
        data.settings = { ...data.settings, ...changes }
      })
      return store.data.settings
    },
    'progress:get': () => store.data.progress,
    'progress:save': async ({ paragraphId, fraction }) => {
      if (!paragraphIds().has(paragraphId)) {
        throw new ServiceError('not-found', `The article has no paragraph ${paragraphId}.`)
      }
      await store.update((data) => {
        data.progress = { paragraphId, fraction, updatedAt: now().toISOString() }
      })
      return store.data.progress
    }
  }
}
