import type { CardStats, SectionRecall } from '@shared/card-schemas'
import { api } from '../../lib/api'
import type { StatusReporter } from '../../lib/state/status.svelte'

/** The statistics screen's numbers, fetched when it opens. */
export class StatsState {
  readonly #status: StatusReporter

  stats = $state.raw<CardStats | null>(null)
  recall = $state.raw<SectionRecall[]>([])

  constructor(status: StatusReporter) {
    this.#status = status
  }

  async load(): Promise<void> {
    try {
      const [stats, recall] = await Promise.all([api['cards:stats']({}), api['cards:recall']({})])
      this.stats = stats
      this.recall = recall
    } catch (error) {
      this.#status.reportError('The statistics could not be loaded', error)
    }
  }
}
