/** The review queue: what is due comes first, new cards respect the daily limit, suspended never show. */
import { describe, expect, it } from 'vitest'
import { Rating } from 'ts-fsrs'
import type { AnyCard } from '@shared/card-schemas'
import type { CardState, ReviewLogEntry } from '@shared/schemas'
import { buildQueue, LEARN_AHEAD_MS, newCardsReviewedSince } from './queue'
import { gradeCard, newCardState, schedulerFor } from './scheduling'

const scheduler = schedulerFor({ desiredRetention: 0.9, newCardsPerDay: 20 })
const now = new Date(2025, 7, 20, 12, 0, 0)
const hours = (h: number): Date => new Date(now.getTime() + h * 3_600_000)

const card = (id: string): AnyCard => ({
  id,
  type: 'basic',
  kind: 'people',
  section: 'opening',
  tags: [],
  sources: ['P1'],
  front: `Q ${id}`,
  back: `A ${id}`
})
const cards = (n: number): AnyCard[] => Array.from({ length: n }, (_, i) => card(`c${i}`))

/** A card in the review state, due at `due`. */
function reviewState(due: Date): CardState {
  let state = gradeCard('x', undefined, Rating.Easy, hours(-24 * 30), scheduler).state
  state = { ...state, state: 2, due: due.toISOString() }
  return state
}

describe('buildQueue', () => {
  it('shows learning due now, then reviews due today by due time, then new cards in deck order', () => {
    const learning = gradeCard('c5', undefined, Rating.Again, hours(-1), scheduler).state
    const states: Record<string, CardState> = {
      c2: reviewState(hours(3)),
      c3: reviewState(hours(-48)),
      c4: reviewState(hours(24 * 5)),
      c5: learning
    }
    const queue = buildQueue({ cards: cards(8), states, log: [], now, newCardsPerDay: 20 })
    expect(queue.order).toEqual(['c5', 'c3', 'c2', 'c0', 'c1', 'c6', 'c7'])
    expect(queue.counts).toEqual({ due: 2, new: 4, learning: 1, total: 8, suspended: 0 })
    expect(queue.nextDueAt).toBe(states.c4!.due)
  })

  it('lets in only what is left of the daily new-card limit', () => {
    const log: ReviewLogEntry[] = [
      ['c0', 3, hours(-20).getTime(), 0, 0, 0, 1, 5],
      ['c1', 3, hours(-2).getTime(), 0, 0, 0, 1, 5],
      ['c1', 3, hours(-1).getTime(), 1, 0, 0, 1, 5],
      ['c2', 3, hours(-1).getTime(), 0, 0, 0, 1, 5]
    ]
    expect(newCardsReviewedSince(log, new Date(2025, 7, 20).getTime())).toBe(2)
    const queue = buildQueue({ cards: cards(10), states: {}, log, now, newCardsPerDay: 5 })
    expect(queue.counts.new).toBe(3)
    expect(buildQueue({ cards: cards(10), states: {}, log, now, newCardsPerDay: 2 }).order).toEqual([])
  })

  it('never shows a suspended card, new or due, and counts it apart', () => {
    const states = { c0: newCardState(now, true), c1: { ...reviewState(hours(-1)), suspended: true } }
    const queue = buildQueue({ cards: cards(3), states, log: [], now, newCardsPerDay: 20 })
    expect(queue.order).toEqual(['c2'])
    expect(queue.counts.suspended).toBe(2)
  })

  it('brings learning cards due within the learn-ahead window forward only when nothing else is left', () => {
    const soon = { ...gradeCard('c0', undefined, Rating.Again, now, scheduler).state }
    soon.due = new Date(now.getTime() + LEARN_AHEAD_MS / 2).toISOString()
    const states = { c0: soon }
    expect(buildQueue({ cards: cards(1), states, log: [], now, newCardsPerDay: 20 }).order).toEqual(['c0'])
    const withNew = buildQueue({ cards: cards(2), states, log: [], now, newCardsPerDay: 20 })
    expect(withNew.order).toEqual(['c1'])
    expect(withNew.nextDueAt).toBe(soon.due)
    const far = { c0: { ...soon, due: new Date(now.getTime() + LEARN_AHEAD_MS * 2).toISOString() } }
    expect(buildQueue({ cards: cards(1), states: far, log: [], now, newCardsPerDay: 20 }).order).toEqual([])
  })

  it('counts a review due later today as due today, and one due tomorrow as not', () => {
    const tomorrow = new Date(2025, 7, 21, 0, 30)
    const states = { c0: reviewState(new Date(2025, 7, 20, 23, 30)), c1: reviewState(tomorrow) }
    const queue = buildQueue({ cards: cards(2), states, log: [], now, newCardsPerDay: 0 })
    expect(queue.order).toEqual(['c0'])
    expect(queue.nextDueAt).toBe(tomorrow.toISOString())
  })
})
