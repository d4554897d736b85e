import type { Store } from '../store/open-store'
import type { Handlers } from './handlers'
import { ServiceError } from './service-error'

/** Messages about the user's data, and where that data lives. */
export function noticeHandlers(
  store: Store
): Pick<Handlers, 'notices:list' | 'notices:dismiss' | 'store:info'> {
  return {
    'notices:list': () => store.data.notices,
    'notices:dismiss': async ({ id }) => {
      if (!store.data.notices.some((n) => n.id === id)) {
        throw new ServiceError('not-found', 'That message has already been dismissed.')
      }
      await store.update((data) => {
        data.notices = data.notices.filter((n) => n.id !== id)
      })
      return store.data.notices
    },
    'store:info': () => store.info
  }
}
