import type { ChangeNotice } from '@shared/api'

/** Where a host's change notices go: every open window (an IPC channel, an event stream) listens here. */
export interface ChangeFeed {
  /** Tell every listener; one that throws is logged and the rest are still told. */
  publish(notice: ChangeNotice): void
  /** Listen to every notice from now on; answers a function that stops listening. */
  subscribe(listener: (notice: ChangeNotice) => void): () => void
}

/** A feed with no listeners yet. */
export function createChangeFeed(): ChangeFeed {
  const listeners = new Set<(notice: ChangeNotice) => void>()
  return {
    publish(notice) {
      for (const listener of [...listeners]) {
        try {
          listener(notice)
        } catch (error) {
          console.error('[debrief] a window could not be told of a change:', error)
        }
      }
    },
    subscribe(listener) {
      // Wrapped, so the same function subscribed twice is two listeners and each stop removes one.
      const own = (notice: ChangeNotice): void => listener(notice)
      listeners.add(own)
      return () => listeners.delete(own)
    }
  }
}
