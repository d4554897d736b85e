/** The ordering drill draws five events with one right order, and scores an answer fairly. */
import { describe, expect, it } from 'vitest'
import { orderIsCertain, sortEvents } from '@shared/timeline-order'
import type { TimelineEvent } from '@shared/timeline-schemas'
import { seededRandom } from '@shared/seeded-random'
import { DRILL_SIZE, drawDrill, moveItem, scoreDrill } from './ordering-drill'

const event = (id: string, date: string, change: Partial<TimelineEvent> = {}): TimelineEvent => ({
  id,
  date,
  weekday: 'Monday',
  time: null,
  timeZone: 'America/New_York',
  place: null,
  participants: ['x'],
  title: id,
  summary: `${id}.`,
  paragraphIds: ['P1'],
  otherLocalDates: [],
  ...change
})

const events = [
  event('crimea', '2014-03-18'),
  event('invasion', '2022-02-24'),
  event('february', '2025-02-28'),
  event('coalition', '2025-03-02'),
  event('istanbul', '2025-05-16'),
  event('alaska', '2025-08-15'),
  event('oval', '2025-08-18', { time: { at: '13:15', approximate: true } }),
  event('call', '2025-08-18', { time: { partOfDay: 'evening' } }),
  event('mystery', '2025-08-18', { timeZone: null })
]

describe('drawing a drill', () => {
  it('draws five different events whose order is certain pair by pair, never already in order', () => {
    for (let seed = 1; seed <= 200; seed += 1) {
      const drill = drawDrill(events, seededRandom(seed))!

      expect(drill).toHaveLength(DRILL_SIZE)
      expect(new Set(drill.map((e) => e.id)).size).toBe(DRILL_SIZE)
      for (const a of drill) for (const b of drill) if (a !== b) expect(orderIsCertain(a, b)).toBe(true)
      expect(drill.map((e) => e.id)).not.toEqual(sortEvents(drill).map((e) => e.id))
    }
  })

  it('draws the same drill from the same seed', () => {
    expect(drawDrill(events, seededRandom(7))).toEqual(drawDrill(events, seededRandom(7)))
  })

  it('answers null when the timeline cannot fill a drill', () => {
    expect(drawDrill(events.slice(0, 4), seededRandom(1))).toBeNull()
  })
})

describe('scoring a drill', () => {
  const five = ['crimea', 'invasion', 'february', 'alaska', 'oval']

  it('gives full marks for the right order', () => {
    expect(scoreDrill(five, events)).toEqual({
      inPlace: 5,
      pairsRight: 10,
      pairs: 10,
      perfect: true,
      rightOrder: five
    })
  })

  it('counts events in place and pairs in order for a wrong answer, and gives the right order', () => {
    const answer = ['invasion', 'crimea', 'february', 'oval', 'alaska']

    expect(scoreDrill(answer, events)).toEqual({
      inPlace: 1,
      pairsRight: 8,
      pairs: 10,
      perfect: false,
      rightOrder: five
    })
  })

  it('gives no pair credit for the exact reverse', () => {
    expect(scoreDrill([...five].reverse(), events)).toMatchObject({
      inPlace: 1,
      pairsRight: 0,
      perfect: false
    })
  })
})

describe('moving an item (drag or keyboard)', () => {
  it('moves an item up or down, clamped to the list', () => {
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c'])
    expect(moveItem(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b'])
    expect(moveItem(['a', 'b', 'c'], 2, 5)).toEqual(['a', 'b', 'c'])
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c'])
    expect(moveItem(['a', 'b', 'c'], 9, 0)).toEqual(['a', 'b', 'c'])
  })
})
