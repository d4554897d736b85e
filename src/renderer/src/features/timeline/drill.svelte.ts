import type { TimelineEvent } from '@shared/timeline-schemas'
import { drawDrill, moveItem, scoreDrill, type DrillScore } from './ordering-drill'

/** One ordering drill in progress: the events as the student has arranged them, and the score once checked. */
export class DrillState {
  readonly #events: () => readonly TimelineEvent[]
  readonly #random: () => number

  items = $state.raw<TimelineEvent[]>([])
  score = $state.raw<DrillScore | null>(null)
  /** What the last move did, for the live region. */
  announcement = $state('')

  /**
   * @param events the timeline's events (a getter, so refreshed content flows through)
   * @param random the random source: Math.random in the app, a seeded one in tests
   */
  constructor(events: () => readonly TimelineEvent[], random: () => number = Math.random) {
    this.#events = events
    this.#random = random
  }

  /** Draw five new events, shuffled. */
  start(): void {
    this.items = drawDrill(this.#events(), this.#random) ?? []
    this.score = null
    this.announcement = ''
  }

  /** Move the event at `from` to position `to`; ignored once the answer is checked. */
  move(from: number, to: number): void {
    if (this.score !== null) return
    const moved = this.items[from]
    const next = moveItem(this.items, from, to)
    if (moved === undefined || next.indexOf(moved) === from) return
    this.items = next
    this.announcement = `${moved.title} moved to position ${next.indexOf(moved) + 1} of ${next.length}.`
  }

  /** Score the order as it stands. */
  check(): void {
    this.score = scoreDrill(
      this.items.map((e) => e.id),
      this.#events()
    )
    this.announcement = this.score.perfect
      ? 'All five in the right order.'
      : `${this.score.inPlace} of ${this.items.length} in the right place. The right order is shown.`
  }
}
