import type { Store } from '../store/open-store'
import { ServiceError } from './service-error'

/**
 * A gate in front of the store's writes, closed while a restore replaces the data: a write that
 * came during the restore could land in neither the restored data nor the copy kept of what it
 * replaced, so it is refused with a message instead (and changes nothing): changes through
 * `update` and grades through `recordReview` alike. Every other service writes through `store`; the
 * restore itself holds the gate with `exclusive`.
 */
export class WriteGate {
  #busy = false
  readonly #inner: Store
  /** The store as every service but the restore sees it: its writes are refused while the gate is shut. */
  readonly store: Store

  constructor(inner: Store) {
    this.#inner = inner
    const refusal = (): Promise<never> =>
      Promise.reject(
        new ServiceError(
          'store-failed',
          'Your data is being restored from a backup. Try again in a moment. Nothing was changed.'
        )
      )
    const update: Store['update'] = (mutate) => (this.#busy ? refusal() : inner.update(mutate))
    // A grade is journaled rather than written through `update`: it must wait for the restore too,
    // or the restored data would replace it after it was answered.
    const recordReview: Store['recordReview'] = (review) =>
      this.#busy ? refusal() : inner.recordReview(review)
    // Everything else (data, info, flush, and whatever the store gains) is the store's own.
    this.store = Object.create(inner, {
      update: { value: update },
      recordReview: { value: recordReview }
    }) as Store
  }

  /**
   * Run `work` with every other write refused until it settles; `work` writes through the store it
   * is given. Only one holder at a time: a second restore while one runs is refused too.
   */
  async exclusive<T>(work: (store: Store) => Promise<T>): Promise<T> {
    if (this.#busy) {
      throw new ServiceError('store-failed', 'A restore is already under way. Wait for it to finish.')
    }
    this.#busy = true
    try {
      return await work(this.#inner)
    } finally {
      this.#busy = false
    }
  }
}
