/**
 * Spaced-repetition scheduling through ts-fsrs: converting between the store's card state (ISO
 * dates, plus `suspended`) and ts-fsrs cards, grading, previewing the four grades, and recall.
 * No scheduling arithmetic is written here; ts-fsrs does all of it.
 */
import { createEmptyCard, fsrs, State, type Card, type FSRS, type Grade } from 'ts-fsrs'
import { CARD_STATES } from '@shared/limits'
import type { CardSettings, CardStatus, GradePreview } from '@shared/card-schemas'
import { formatInterval } from '@shared/card-text'
import type { CardState, ReviewLogEntry } from '@shared/schemas'

const schedulers = new Map<number, FSRS>()

/** The FSRS scheduler for these settings (one per desired retention, reused). */
export function schedulerFor(settings: CardSettings): FSRS {
  let scheduler = schedulers.get(settings.desiredRetention)
  if (!scheduler) {
    // Fuzz spreads cards learnt together over nearby days, as Anki does; ts-fsrs seeds it from the
    // review itself, so a preview and the grade it previews agree.
    scheduler = fsrs({ request_retention: settings.desiredRetention, enable_fuzz: true })
    schedulers.set(settings.desiredRetention, scheduler)
  }
  return scheduler
}

/** The store's state as a ts-fsrs card. */
export function toFsrsCard(state: CardState): Card {
  return {
    due: new Date(state.due),
    stability: state.stability,
    difficulty: state.difficulty,
    elapsed_days: state.elapsed_days,
    scheduled_days: state.scheduled_days,
    learning_steps: state.learning_steps,
    reps: state.reps,
    lapses: state.lapses,
    state: state.state as State,
    ...(state.last_review === undefined ? {} : { last_review: new Date(state.last_review) })
  }
}

/** A ts-fsrs card as the store keeps it. */
export function toCardState(card: Card, suspended: boolean): CardState {
  return {
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsed_days,
    scheduled_days: card.scheduled_days,
    learning_steps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    ...(card.last_review ? { last_review: card.last_review.toISOString() } : {}),
    suspended
  }
}

/** A never-reviewed card's state, as of `now`. */
export function newCardState(now: Date, suspended = false): CardState {
  return toCardState(createEmptyCard(now), suspended)
}

/** Where a card stands: new (also when it has no state yet), learning, review or relearning. */
export function statusOf(state: CardState | undefined): CardStatus {
  return CARD_STATES[state?.state ?? State.New]!
}

/** What grading does: the card's next state and the review-log entry to append. */
export interface GradeOutcome {
  state: CardState
  entry: ReviewLogEntry
}

/**
 * Grade card `cardId` (its current state, or undefined when never reviewed) with `rating` at `now`.
 * The log entry follows the compact tuple documented at ReviewLogEntrySchema.
 */
export function gradeCard(
  cardId: string,
  state: CardState | undefined,
  rating: Grade,
  now: Date,
  scheduler: FSRS
): GradeOutcome {
  const before = state ?? newCardState(now)
  const { card, log } = scheduler.next(toFsrsCard(before), now, rating)
  return {
    state: toCardState(card, before.suspended),
    entry: [
      cardId,
      rating,
      now.getTime(),
      log.state,
      log.elapsed_days,
      card.scheduled_days,
      card.stability,
      card.difficulty
    ]
  }
}

const GRADES = [1, 2, 3, 4] as const

/** When each of the four grades would make the card due next, with the button label. */
export function previewGrades(state: CardState | undefined, now: Date, scheduler: FSRS): GradePreview[] {
  const preview = scheduler.repeat(toFsrsCard(state ?? newCardState(now)), now)
  return GRADES.map((rating) => {
    const due = preview[rating as Grade].card.due
    return { rating, due: due.toISOString(), label: formatInterval(due.getTime() - now.getTime()) }
  })
}

/** The probability of recalling the card at `now` (0–1), or null when it was never reviewed. */
export function retrievability(state: CardState | undefined, now: Date, scheduler: FSRS): number | null {
  if (!state || state.state === State.New || state.last_review === undefined) return null
  return scheduler.get_retrievability(toFsrsCard(state), now, false)
}
