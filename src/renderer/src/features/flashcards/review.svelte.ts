import type { AnyCard, CardSettings, ReviewView } from '@shared/card-schemas'
import { api } from '../../lib/api'
import { isConflictError } from '../../lib/state/data-changes'
import { describeError, type StatusReporter } from '../../lib/state/status.svelte'
import { EMPTY_TALLY, counted, sessionProgress, type Tally } from './session'

export type ReviewPhase = 'deck' | 'session' | 'summary'

/** The deck screen and a review session: the queue, the card shown, grades, undo and the tally. */
export class ReviewState {
  readonly #status: StatusReporter

  view = $state.raw<ReviewView | null>(null)
  phase = $state<ReviewPhase>('deck')
  revealed = $state(false)
  tally = $state.raw<Tally>(EMPTY_TALLY)
  /** The card last graded Again, so its passage can be offered at once. */
  missed = $state.raw<AnyCard | null>(null)
  startedAt = $state(0)
  endedAt = $state(0)
  busy = $state(false)
  settings = $state.raw<CardSettings | null>(null)

  /** Cards still waiting in this session: due, new and learning. */
  waiting = $derived.by(() => {
    const counts = this.view?.counts
    return counts ? counts.due + counts.new + counts.learning : 0
  })
  progress = $derived(sessionProgress(this.tally.reviewed, this.waiting))
  card = $derived(this.view?.next ?? null)

  /** Grades given this session, newest last, so an undo can take one back from the tally. */
  #ratings: { rating: number; wasNew: boolean }[] = []

  constructor(status: StatusReporter) {
    this.#status = status
  }

  /** Fetch the queue (the deck screen's counts and the next card). */
  async load(): Promise<void> {
    try {
      this.view = await api['cards:next']({})
    } catch (error) {
      this.#status.reportError('Your flashcards could not be loaded', error)
    }
  }

  async loadSettings(): Promise<void> {
    try {
      this.settings = await api['cards:settings']({})
    } catch (error) {
      this.#status.reportError('The review settings could not be loaded', error)
    }
  }

  /** Change a scheduling setting; the counts follow (a new daily limit changes them). */
  async configure(patch: Partial<CardSettings>): Promise<void> {
    try {
      this.settings = await api['cards:configure'](patch)
      await this.load()
    } catch (error) {
      this.#status.reportError('That setting could not be saved', error)
    }
  }

  /** Begin a session from the deck screen. */
  start(): void {
    this.phase = 'session'
    this.revealed = false
    this.tally = EMPTY_TALLY
    this.missed = null
    this.#ratings = []
    this.startedAt = Date.now()
    if (this.card === null) this.#finish()
  }

  reveal(): void {
    if (this.phase === 'session' && this.card) this.revealed = true
  }

  /**
   * Grade the card shown; a wrong answer (Again) keeps the card at hand for "Show in article".
   * When another window graded this card since it was shown, the grade is refused: the user is
   * told, and the session goes on with the card now due next.
   */
  async grade(rating: 1 | 2 | 3 | 4): Promise<void> {
    const card = this.card
    if (this.busy || !card || !this.revealed) return
    this.busy = true
    try {
      this.view = await api['cards:grade']({ cardId: card.card.id, rating, revision: card.revision })
      const wasNew = card.status === 'new'
      this.tally = counted(this.tally, rating, wasNew)
      this.#ratings.push({ rating, wasNew })
      this.missed = rating === 1 ? card.card : null
      this.revealed = false
      if (this.card === null) this.#finish()
    } catch (error) {
      if (!isConflictError(error)) return this.#status.reportError('That grade was not recorded', error)
      this.#status.report(describeError(error))
      await this.load()
      this.revealed = false
      if (this.card === null) this.#finish()
    } finally {
      this.busy = false
    }
  }

  /** Undo the last grade: the card comes back exactly as it was, its answer hidden. */
  async undo(): Promise<void> {
    if (this.busy || !this.view?.canUndo) return
    this.busy = true
    try {
      this.view = await api['cards:undo']({})
      const last = this.#ratings.pop()
      if (last !== undefined) this.tally = counted(this.tally, last.rating, last.wasNew, -1)
      this.missed = null
      this.revealed = false
      this.phase = 'session'
    } catch (error) {
      this.#status.reportError('The last grade could not be undone', error)
    } finally {
      this.busy = false
    }
  }

  /** Stop early and show the summary. */
  end(): void {
    this.#finish()
  }

  /** Back to the deck screen, with fresh counts. */
  async close(): Promise<void> {
    this.phase = 'deck'
    this.missed = null
    await this.load()
  }

  #finish(): void {
    this.phase = 'summary'
    this.revealed = false
    this.endedAt = Date.now()
  }
}
