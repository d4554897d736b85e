/** The statistics a student sees: reviews by day, true retention, states, forecast, section recall. */
import { describe, expect, it } from 'vitest'
import { Rating } from 'ts-fsrs'
import type { AnyCard } from '@shared/card-schemas'
import type { CardState, ReviewLogEntry } from '@shared/schemas'
import { localDayKey } from './days'
import { gradeCard, newCardState, schedulerFor } from './scheduling'
import { cardStats, sectionRecall, STATS_DAYS } from './stats'

const scheduler = schedulerFor({ desiredRetention: 0.9, newCardsPerDay: 20 })
const now = new Date(2025, 8, 15, 15, 0)
const daysAgo = (d: number, hour = 10): Date => new Date(2025, 8, 15 - d, hour)

const card = (id: string, section: string | null): AnyCard =>
  section === null
    ? {
        id,
        type: 'basic',
        kind: 'own',
        section: null,
        tags: [],
        sources: [],
        front: 'Q',
        back: 'A',
        created: now.toISOString(),
        updated: now.toISOString()
      }
    : { id, type: 'basic', kind: 'claims', section, tags: [], sources: ['P1'], front: 'Q', back: 'A' }

const entry = (id: string, rating: number, at: Date, stateBefore: number): ReviewLogEntry => [
  id,
  rating,
  at.getTime(),
  stateBefore,
  1,
  1,
  3,
  5
]

describe('cardStats', () => {
  it('counts reviews per local day for the last 30 days, and Again among them', () => {
    const log = [
      entry('a', 3, daysAgo(40), 0),
      entry('a', 1, daysAgo(29), 1),
      entry('a', 3, daysAgo(2, 9), 1),
      entry('a', 1, daysAgo(2, 23), 2),
      entry('b', 3, daysAgo(0, 1), 0)
    ]
    const { reviewsPerDay } = cardStats({ cards: [], states: {}, log, now })
    expect(reviewsPerDay).toHaveLength(STATS_DAYS)
    expect(reviewsPerDay[0]).toEqual({ day: localDayKey(daysAgo(29)), count: 1, again: 1 })
    expect(reviewsPerDay.at(-3)).toEqual({ day: localDayKey(daysAgo(2)), count: 2, again: 1 })
    expect(reviewsPerDay.at(-1)).toEqual({ day: localDayKey(now), count: 1, again: 0 })
    expect(reviewsPerDay.reduce((sum, d) => sum + d.count, 0)).toBe(4)
  })

  it('measures true retention on graduated cards only', () => {
    const log = [
      entry('a', 1, daysAgo(5), 0),
      entry('a', 3, daysAgo(4), 2),
      entry('b', 4, daysAgo(3), 2),
      entry('c', 1, daysAgo(2), 2),
      entry('c', 3, daysAgo(1), 3)
    ]
    expect(cardStats({ cards: [], states: {}, log, now }).trueRetention).toEqual({
      reviews: 3,
      passed: 2,
      rate: 2 / 3
    })
    expect(cardStats({ cards: [], states: {}, log: [], now }).trueRetention.rate).toBeNull()
  })

  it('counts cards by state and forecasts what comes due, the overdue today', () => {
    const reviewed = (due: Date): CardState => ({
      ...gradeCard('x', undefined, Rating.Good, daysAgo(50), scheduler).state,
      state: 2,
      due: due.toISOString()
    })
    const cards = ['a', 'b', 'c', 'd', 'e'].map((id) => card(id, 'opening'))
    const states = {
      a: reviewed(daysAgo(3)),
      b: reviewed(new Date(2025, 8, 17, 8)),
      c: { ...reviewed(daysAgo(1)), suspended: true },
      d: newCardState(now)
    }
    const { byState, forecast } = cardStats({ cards, states, log: [], now })
    expect(byState).toEqual({ new: 2, learning: 0, review: 2, relearning: 0, suspended: 1 })
    expect(forecast).toHaveLength(STATS_DAYS)
    expect(forecast[0]).toEqual({ day: localDayKey(now), count: 1 })
    expect(forecast[2]).toEqual({ day: '2025-09-17', count: 1 })
  })
})

describe('sectionRecall', () => {
  it('averages the recall of studied, unsuspended cards per section, null where none is studied', () => {
    const cards = [card('a', 'opening'), card('b', 'opening'), card('c', 'ceasefire'), card('d', null)]
    const studied = gradeCard('a', undefined, Rating.Good, daysAgo(1), scheduler).state
    const states = { a: studied, c: { ...studied, suspended: true }, d: studied }
    const recall = sectionRecall(['opening', 'ceasefire'], { cards, states, now }, scheduler)
    expect(recall[0]).toMatchObject({ section: 'opening', cards: 2, studied: 1 })
    expect(recall[0]!.meanRetrievability).toBeGreaterThan(0)
    expect(recall[0]!.meanRetrievability).toBeLessThan(1)
    expect(recall[1]).toEqual({ section: 'ceasefire', cards: 0, studied: 0, meanRetrievability: null })
  })
})
