/** The bridge to ts-fsrs: states convert losslessly, grades schedule as previewed, recall is sensible. */
import { describe, expect, it } from 'vitest'
import { Rating, type Grade } from 'ts-fsrs'
import { CardStateSchema, isReviewLogEntry } from '@shared/schemas'
import {
  gradeCard,
  newCardState,
  previewGrades,
  retrievability,
  schedulerFor,
  statusOf,
  toCardState,
  toFsrsCard
} from './scheduling'

const scheduler = schedulerFor({ desiredRetention: 0.9, newCardsPerDay: 20 })
const start = new Date('2025-08-20T09:00:00.000Z')
const later = (days: number): Date => new Date(start.getTime() + days * 86_400_000)

describe('card state conversion', () => {
  it('round-trips a new and a reviewed state exactly, and both satisfy the store schema', () => {
    const fresh = newCardState(start)
    const reviewed = gradeCard('c', fresh, Rating.Good, start, scheduler).state
    for (const state of [fresh, reviewed, { ...reviewed, suspended: true }]) {
      expect(CardStateSchema.parse(state)).toEqual(state)
      expect(toCardState(toFsrsCard(state), state.suspended)).toStrictEqual(state)
    }
    expect('last_review' in fresh).toBe(false)
  })
})

describe('gradeCard', () => {
  it('moves a new card into learning, logs the compact tuple, and keeps it unsuspended', () => {
    const { state, entry } = gradeCard('rutte-role', undefined, Rating.Good, start, scheduler)
    expect(statusOf(undefined)).toBe('new')
    expect(statusOf(state)).toBe('learning')
    expect(state.reps).toBe(1)
    expect(state.last_review).toBe(start.toISOString())
    expect(isReviewLogEntry(entry)).toBe(true)
    expect(entry.slice(0, 4)).toEqual(['rutte-role', Rating.Good, start.getTime(), 0])
    expect(entry[6]).toBe(state.stability)
    expect(entry[7]).toBe(state.difficulty)
  })

  it('schedules each grade exactly as previewed, with later dates for better grades', () => {
    let state = gradeCard('c', undefined, Rating.Good, start, scheduler).state
    state = gradeCard('c', state, Rating.Good, later(0.01), scheduler).state
    const now = later(3)
    const previews = previewGrades(state, now, scheduler)
    expect(previews.map((p) => p.rating)).toEqual([1, 2, 3, 4])
    for (const preview of previews) {
      const graded = gradeCard('c', state, preview.rating as Grade, now, scheduler).state
      expect(graded.due).toBe(preview.due)
    }
    const dues = previews.map((p) => Date.parse(p.due))
    expect(dues).toEqual([...dues].sort((a, b) => a - b))
    expect(previews[0]!.label).toMatch(/m$/)
    expect(previews[3]!.label).toMatch(/d|mo$/)
  })

  it('keeps a suspended card suspended after a grade', () => {
    const { state } = gradeCard('c', newCardState(start, true), Rating.Easy, start, scheduler)
    expect(state.suspended).toBe(true)
  })
})

describe('retrievability', () => {
  it('is null for a new card and falls as days pass after a review', () => {
    expect(retrievability(undefined, start, scheduler)).toBeNull()
    expect(retrievability(newCardState(start), start, scheduler)).toBeNull()
    const { state } = gradeCard('c', undefined, Rating.Good, start, scheduler)
    const soon = retrievability(state, later(1), scheduler)!
    const much = retrievability(state, later(60), scheduler)!
    expect(soon).toBeGreaterThan(much)
    expect(much).toBeGreaterThan(0)
    expect(soon).toBeLessThanOrEqual(1)
  })
})
