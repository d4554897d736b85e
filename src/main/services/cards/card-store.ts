import { formatDateTime } from '@shared/dates'
/**
 * What the flashcard services share over the store: the cards (built-in deck, then own cards) by id,
 * the clock check, grading a card in the store, and the card browser's rows.
 */
import type { Grade } from 'ts-fsrs'
import type { AnyCard, CardRow } from '@shared/card-schemas'
import type { CardState, ReviewLogEntry } from '@shared/schemas'
import type { Store } from '../../store/open-store'
import { gradeCard, retrievability, schedulerFor, statusOf } from './scheduling'
import { ServiceError } from '../service-error'

export interface CardIndex {
  /** The built-in deck in its order, then own cards by creation. */
  cards: AnyCard[]
  byId: Map<string, AnyCard>
}

const indexes = new WeakMap<readonly AnyCard[], { own: readonly AnyCard[]; index: CardIndex }>()

/**
 * Every card, indexed by id. Rebuilt only when the deck or the own cards change: both are replaced,
 * never mutated in place, so identity tells.
 */
export function cardIndex(store: Store): CardIndex {
  const deck = store.data.content.cards
  const own = store.data.flashcards.own
  const known = indexes.get(deck)
  if (known?.own === own) return known.index
  const cards: AnyCard[] = [...deck, ...own]
  const index = { cards, byId: new Map(cards.map((card) => [card.id, card])) }
  indexes.set(deck, { own, index })
  return index
}

/** The card named `id`, or a not-found error the user can read. */
export function findCard(store: Store, id: string): AnyCard {
  const card = cardIndex(store).byId.get(id)
  if (!card) throw new ServiceError('not-found', `There is no card "${id}". It may have been deleted.`)
  return card
}

/** Every id in `ids` names a card; otherwise not-found, naming the first that does not. */
export function checkCardsExist(store: Store, ids: readonly string[]): void {
  for (const id of ids) findCard(store, id)
}

/**
 * Refuse to record a review at `now` when the clock reads earlier than the last review recorded:
 * the log would go out of order and the intervals would be computed from a wrong time.
 */
export function checkClockForward(store: Store, now: Date, states: readonly (CardState | undefined)[]): void {
  const last = Math.max(
    store.data.reviewLog.at(-1)?.[2] ?? 0,
    ...states.map((state) => (state?.last_review ? Date.parse(state.last_review) : 0))
  )
  if (now.getTime() < last) {
    throw new ServiceError(
      'invalid-input',
      `Your computer’s clock reads ${formatDateTime(now)}, earlier than your last review at ` +
        `${formatDateTime(new Date(last))}. Check the date and time, then grade again. Nothing was recorded.`
    )
  }
}

/**
 * A grade as applied: the state before (undefined when the card had none), what it became, and
 * `saved`, which resolves once the grade is durable (rejecting, with the grade taken back, if it
 * cannot be made so).
 */
export interface AppliedGrade {
  cardId: string
  before: CardState | undefined
  after: CardState
  entry: ReviewLogEntry
  saved: Promise<void>
}

/**
 * Grade `card` at `now`: in memory at once, and durably through the store's review journal (a small
 * fsync'd append, not a rewrite of the whole store, so it is fast at any size). A caller that answers
 * "recorded" waits for `saved`.
 */
export function applyGrade(store: Store, card: AnyCard, rating: Grade, now: Date): AppliedGrade {
  const before = store.data.cards[card.id]
  if (before?.suspended) {
    throw new ServiceError('invalid-input', 'This card is suspended. Unsuspend it to review it.')
  }
  checkClockForward(store, now, [before])
  const { state, entry } = gradeCard(
    card.id,
    before,
    rating,
    now,
    schedulerFor(store.data.flashcards.settings)
  )
  const saved = store.recordReview({ cardId: card.id, state, entry })
  saved.catch((error: unknown) => console.error('[debrief] a grade could not be saved:', error))
  return { cardId: card.id, before, after: state, entry, saved }
}

/** The card browser's row for `card` at `now`. */
export function cardRow(store: Store, card: AnyCard, now: Date): CardRow {
  const state = store.data.cards[card.id]
  const fresh = !state || state.reps === 0
  return {
    card,
    status: statusOf(state),
    suspended: state?.suspended ?? false,
    due: fresh ? null : state.due,
    reps: state?.reps ?? 0,
    lapses: state?.lapses ?? 0,
    retrievability: retrievability(state, now, schedulerFor(store.data.flashcards.settings)),
    note: store.data.flashcards.notes[card.id] ?? null
  }
}
