import type { Store } from '../store/open-store'
import { annotationHandlers } from './annotations'
import { backupHandlers } from './full-backup'
import { cardLibraryHandlers } from './cards/library'
import { cardReviewHandlers } from './cards/review'
import { eventNoteHandlers } from './event-notes'
import type { Handlers } from './handlers'
import { noticeHandlers } from './notices'
import { quizHandlers } from './cards/quiz-sessions'
import { readerHandlers } from './reader'
import { WriteGate } from './write-gate'

export type { Handlers } from './handlers'

/** Every contract method's handler, over one store. Both hosts serve exactly these. */
export function createHandlers(inner: Store, now: () => Date = () => new Date()): Handlers {
  // Every write but a restore's goes through the gate, which a restore shuts while it runs.
  const gate = new WriteGate(inner)
  const { store } = gate
  return {
    ...readerHandlers(store, now),
    ...noticeHandlers(store),
    ...backupHandlers(gate, now),
    ...annotationHandlers(store, now),
    ...eventNoteHandlers(store, now),
    ...cardReviewHandlers(store, now),
    ...cardLibraryHandlers(store, now),
    ...quizHandlers(store, now)
  }
}
