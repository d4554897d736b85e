/**
 * Serialises writes of a whole-file snapshot and coalesces bursts: while one write is in flight,
 * any number of further requests share a single follow-up write, which snapshots the data only
 * when it starts. So a burst of N changes costs at most two serialisations, not N.
 */
export class WriteQueue {
  #inFlight: Promise<void> | null = null
  #next: Promise<void> | null = null

  constructor(private readonly write: () => Promise<void>) {}

  /** Resolves once a write that started after this call has reached the disk. */
  schedule(): Promise<void> {
    if (this.#next) return this.#next
    if (!this.#inFlight) return this.#start()
    const next = this.#inFlight
      .catch(() => undefined)
      .then(() => {
        this.#next = null
        return this.#start()
      })
    this.#next = next
    return next
  }

  /** Resolves when every write requested so far has finished (successfully or not). */
  async idle(): Promise<void> {
    while (this.#inFlight || this.#next) {
      await (this.#next ?? this.#inFlight)?.catch(() => undefined)
    }
  }

  #start(): Promise<void> {
    const current = this.write().finally(() => {
      if (this.#inFlight === current) this.#inFlight = null
    })
    this.#inFlight = current
    return current
  }
}
