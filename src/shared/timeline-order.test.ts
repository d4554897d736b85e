/** Events sort by local date and time, and a drill only asks about an order the facts settle. */
import { describe, expect, it } from 'vitest'
import { certainlyBefore, compareEvents, orderIsCertain, sortEvents } from './timeline-order'
import type { TimelineEvent } from './timeline-schemas'

const event = (id: string, change: Partial<TimelineEvent>): TimelineEvent => ({
  id,
  date: '2025-08-18',
  weekday: 'Monday',
  time: null,
  timeZone: 'America/New_York',
  place: null,
  participants: ['Someone'],
  title: id,
  summary: 'Something happened.',
  paragraphIds: ['P1'],
  otherLocalDates: [],
  ...change
})

const oval = event('oval', { time: { at: '13:15', approximate: true } })
const eastRoom = event('east-room', { time: { partOfDay: 'afternoon' } })
const call = event('call', { time: { partOfDay: 'evening' } })
const tuesdayPost = event('post', { date: '2025-08-19', timeZone: null })
const tuesdayParis = event('paris', {
  date: '2025-08-19',
  time: { at: '12:15', approximate: true },
  timeZone: 'Europe/Paris'
})
const anchorage = event('anchorage', { date: '2025-08-15', timeZone: 'America/Anchorage' })
const february = event('february', { date: '2025-02-28' })

describe('timeline order', () => {
  it('sorts by date, then by time of day, an unknown time first', () => {
    const shuffled = [tuesdayParis, call, february, oval, tuesdayPost, eastRoom, anchorage]

    expect(sortEvents(shuffled).map((e) => e.id)).toEqual([
      'february',
      'anchorage',
      'oval',
      'east-room',
      'call',
      'post',
      'paris'
    ])
    expect(compareEvents(oval, oval)).toBe(0)
  })
})

describe('a certain order', () => {
  it('holds for events two or more days apart, whatever their zones', () => {
    expect(certainlyBefore(february, tuesdayPost)).toBe(true)
    expect(certainlyBefore(anchorage, oval)).toBe(true)
    expect(certainlyBefore(oval, anchorage)).toBe(false)
  })

  it('holds within one zone on one day when both times of day are known', () => {
    expect(certainlyBefore(oval, eastRoom)).toBe(true)
    expect(certainlyBefore(eastRoom, call)).toBe(true)
    expect(certainlyBefore(call, oval)).toBe(false)
    expect(orderIsCertain(event('a', {}), oval)).toBe(false)
  })

  it('compares two exact times as instants, across zones', () => {
    expect(certainlyBefore(oval, tuesdayParis)).toBe(true)
    expect(certainlyBefore(tuesdayParis, oval)).toBe(false)
  })

  it('does not hold a day apart across different or unknown zones: the calendars may overlap', () => {
    expect(orderIsCertain(call, tuesdayPost)).toBe(false)
    expect(orderIsCertain(call, tuesdayParis)).toBe(false)
  })

  it('holds a day apart within one zone', () => {
    const wednesday = event('wednesday', { date: '2025-08-19' })

    expect(certainlyBefore(call, wednesday)).toBe(true)
    expect(certainlyBefore(wednesday, call)).toBe(false)
  })
})
