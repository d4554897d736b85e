import type { ChangeDomain, ChangeNotice } from '@shared/api'
import { ApiCallError } from '../api'

interface Refresher {
  domains: readonly ChangeDomain[]
  refresh: () => Promise<void>
  running: boolean
  again: boolean
}

/**
 * Where the host's change notices go in this window: each state that shows some part of the data
 * registers how to fetch it again, and a notice for that part (or a restore, which changes
 * everything) runs it. A burst of notices runs each refresh at most twice at once: the one under
 * way, then one more that sees the last change.
 */
export class DataChanges {
  readonly #refreshers = new Set<Refresher>()

  /** Run `refresh` after each change to one of `domains`; answers a function that stops. */
  on(domains: readonly ChangeDomain[], refresh: () => Promise<void>): () => void {
    const refresher: Refresher = { domains, refresh, running: false, again: false }
    this.#refreshers.add(refresher)
    return () => void this.#refreshers.delete(refresher)
  }

  /** Hand `notice` to every refresher it concerns. */
  receive(notice: ChangeNotice): void {
    for (const refresher of this.#refreshers) {
      if (notice.domain === 'everything' || refresher.domains.includes(notice.domain))
        void this.#run(refresher)
    }
  }

  async #run(refresher: Refresher): Promise<void> {
    if (refresher.running) {
      refresher.again = true
      return
    }
    refresher.running = true
    try {
      do {
        refresher.again = false
        await refresher.refresh()
      } while (refresher.again && this.#refreshers.has(refresher))
    } finally {
      refresher.running = false
    }
  }
}

/** A save refused because another window changed the same text first; `theirs` is what is saved now. */
export interface Conflict {
  theirs: string
}

/** What a save answers: saved, failed (the status line says why), or a conflict for the user to settle. */
export type SaveOutcome = boolean | Conflict

/** Whether a save was refused as a conflict. */
export function isConflict(outcome: SaveOutcome): outcome is Conflict {
  return typeof outcome === 'object'
}

/** Whether `error` is the host refusing a write that started from text another window has replaced. */
export function isConflictError(error: unknown): boolean {
  return error instanceof ApiCallError && error.code === 'conflict'
}
