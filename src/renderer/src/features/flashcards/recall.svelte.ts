import type { SectionRecall } from '@shared/card-schemas'
import { api } from '../../lib/api'
import { Context } from '../../lib/state/context'
import type { AppState } from '../../app-state.svelte'

/**
 * Per-section recall for the reader's margin: whether it is shown, and each section's mean
 * probability of recall, fetched whenever it is switched on (so it reflects the latest reviews).
 */
export class SectionRecallState {
  readonly #app: AppState
  shown = $state(false)
  sections = $state.raw<SectionRecall[]>([])

  constructor(app: AppState) {
    this.#app = app
  }

  /** Section `id`'s recall, once loaded. */
  of(id: string): SectionRecall | undefined {
    return this.sections.find((recall) => recall.section === id)
  }

  async toggle(): Promise<void> {
    if (this.shown) {
      this.shown = false
      return
    }
    await this.load()
    this.shown = true
  }

  async load(): Promise<void> {
    try {
      this.sections = await api['cards:recall']({})
    } catch (error) {
      this.#app.status.reportError('How well you know each section could not be loaded', error)
    }
  }
}

/** The app's one SectionRecallState, made by the app root (see view-states.ts). */
export const sectionRecallContext = new Context<SectionRecallState>('SectionRecallState')
