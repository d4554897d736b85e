/**
 * The review queue: which cards to show now and in what order, and the deck screen's counts.
 * Pure and linear in the number of cards; the review log is only read back to today's start.
 */
import { State } from 'ts-fsrs'
import type { AnyCard, DeckCounts } from '@shared/card-schemas'
import type { CardState, ReviewLogEntry } from '@shared/schemas'
import { localDayStart, startOfLocalDay } from './days'

/** Learning cards due this soon are shown rather than ending the session early (Anki's default). */
export const LEARN_AHEAD_MS = 20 * 60_000

export interface QueueInput {
  /** Every card, built-in deck first, in the order new cards are introduced. */
  cards: readonly AnyCard[]
  states: Readonly<Record<string, CardState>>
  log: readonly ReviewLogEntry[]
  now: Date
  newCardsPerDay: number
}

export interface Queue {
  /** Card ids in the order to show them. */
  order: string[]
  counts: DeckCounts
  /** When the earliest card not in `order` comes due (ISO), or null. */
  nextDueAt: string | null
}

/**
 * How many never-seen cards were first reviewed since `dayStart` (ms). The log is in time order,
 * so this reads backwards only through today's entries.
 */
export function newCardsReviewedSince(log: readonly ReviewLogEntry[], dayStart: number): number {
  let count = 0
  for (let i = log.length - 1; i >= 0; i -= 1) {
    const entry = log[i]!
    if (entry[2] < dayStart) break
    if (entry[3] === State.New) count += 1
  }
  return count
}

/**
 * The cards to review now: (re)learning cards due now, then review cards due by the end of today,
 * then new cards up to what is left of today's limit. When none of those remain, (re)learning cards
 * due within LEARN_AHEAD_MS come forward instead of ending the session. Suspended cards never appear.
 */
export function buildQueue({ cards, states, log, now, newCardsPerDay }: QueueInput): Queue {
  const nowMs = now.getTime()
  const endOfToday = localDayStart(now, 1).getTime()
  const newLeft = Math.max(0, newCardsPerDay - newCardsReviewedSince(log, startOfLocalDay(now).getTime()))

  const learning: [number, string][] = []
  const ahead: [number, string][] = []
  const review: [number, string][] = []
  const fresh: string[] = []
  let suspended = 0
  let nextDue = Infinity

  for (const card of cards) {
    const state = states[card.id]
    if (state?.suspended) {
      suspended += 1
      continue
    }
    if (!state || state.state === State.New) {
      if (fresh.length < newLeft) fresh.push(card.id)
      continue
    }
    const due = Date.parse(state.due)
    if (state.state === State.Review) {
      if (due < endOfToday) review.push([due, card.id])
      else nextDue = Math.min(nextDue, due)
    } else if (due <= nowMs) learning.push([due, card.id])
    else if (due <= nowMs + LEARN_AHEAD_MS) ahead.push([due, card.id])
    else nextDue = Math.min(nextDue, due)
  }

  const byDue = (a: [number, string], b: [number, string]): number => a[0] - b[0]
  learning.sort(byDue)
  review.sort(byDue)
  ahead.sort(byDue)
  const order = [...learning, ...review].map(([, id]) => id).concat(fresh)
  if (order.length === 0) order.push(...ahead.map(([, id]) => id))
  else if (ahead.length > 0) nextDue = Math.min(nextDue, ahead[0]![0])

  return {
    order,
    counts: {
      due: review.length,
      new: fresh.length,
      learning: learning.length + ahead.length,
      total: cards.length,
      suspended
    },
    nextDueAt: Number.isFinite(nextDue) ? new Date(nextDue).toISOString() : null
  }
}
