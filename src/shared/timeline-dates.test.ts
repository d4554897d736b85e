/** Events are dated where they happened, and the reader is told when another capital's date differs. */
import { describe, expect, it } from 'vitest'
import { daysBetween, formatEventWhen, formatLocalDate, localDateIn, zonedInstant } from './timeline-dates'
import type { TimelineEvent } from './timeline-schemas'

const event = (change: Partial<TimelineEvent>): TimelineEvent => ({
  id: 'test-event',
  date: '2025-08-18',
  weekday: 'Monday',
  time: null,
  timeZone: 'America/New_York',
  place: 'Washington',
  participants: ['Someone'],
  title: 'Test event',
  summary: 'Something happened.',
  paragraphIds: ['P1'],
  otherLocalDates: [],
  ...change
})

describe('calendar dates', () => {
  it('writes a date out with its weekday, British style', () => {
    expect(formatLocalDate('2025-08-18')).toBe('Monday 18 August 2025')
    expect(formatLocalDate('2025-02-28')).toBe('Friday 28 February 2025')
  })

  it('counts the days between dates, across a leap day and backwards', () => {
    expect(daysBetween('2025-02-28', '2025-08-18')).toBe(171)
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2)
    expect(daysBetween('2025-08-19', '2025-08-18')).toBe(-1)
    expect(daysBetween('2025-08-18', '2025-08-18')).toBe(0)
  })
})

describe('zoned instants', () => {
  it('finds the instant of a wall-clock time in summer and in winter', () => {
    expect(zonedInstant('2025-08-18', '13:15', 'America/New_York').toISOString()).toBe(
      '2025-08-18T17:15:00.000Z'
    )
    expect(zonedInstant('2025-02-28', '12:00', 'America/New_York').toISOString()).toBe(
      '2025-02-28T17:00:00.000Z'
    )
    expect(zonedInstant('2025-08-19', '12:15', 'Europe/Paris').toISOString()).toBe('2025-08-19T10:15:00.000Z')
    expect(zonedInstant('2025-08-19', '00:30', 'Europe/Moscow').toISOString()).toBe(
      '2025-08-18T21:30:00.000Z'
    )
  })

  it('is exact on the day clocks change', () => {
    expect(zonedInstant('2025-03-09', '12:00', 'America/New_York').toISOString()).toBe(
      '2025-03-09T16:00:00.000Z'
    )
    expect(zonedInstant('2025-03-30', '12:00', 'Europe/London').toISOString()).toBe(
      '2025-03-30T11:00:00.000Z'
    )
  })

  it('reads the calendar date of an instant in a zone', () => {
    const instant = new Date('2025-08-18T23:00:00Z')

    expect(localDateIn(instant, 'America/New_York')).toBe('2025-08-18')
    expect(localDateIn(instant, 'Europe/Moscow')).toBe('2025-08-19')
  })
})

describe('an event’s date and time as shown', () => {
  it('gives an approximate clock time in the event’s own zone, US style for a US zone', () => {
    const when = formatEventWhen(event({ time: { at: '13:15', approximate: true } }))

    expect(when.date).toBe('Monday 18 August 2025')
    expect(when.time).toBe('about 1:15 pm EDT')
    expect(when.otherDates).toEqual([])
    expect(when.text).toBe('Monday 18 August 2025, about 1:15 pm EDT')
  })

  it('gives a European clock time in 24-hour form with its zone', () => {
    const when = formatEventWhen(
      event({ date: '2025-08-19', time: { at: '12:15', approximate: true }, timeZone: 'Europe/Paris' })
    )

    expect(when.time).toBe('about 12:15 CEST')
  })

  it('names the zone of a part of the day', () => {
    expect(formatEventWhen(event({ time: { partOfDay: 'evening' } })).time).toBe('evening, Eastern Time')
  })

  it('notes the date recorded for another place where it differs (the Trump–Putin call)', () => {
    const when = formatEventWhen(
      event({
        time: { partOfDay: 'evening' },
        otherLocalDates: [
          { place: 'Moscow', timeZone: 'Europe/Moscow', date: '2025-08-19', weekday: 'Tuesday' }
        ]
      })
    )

    expect(when.otherDates).toEqual(['Tuesday 19 August 2025 in Moscow'])
    expect(when.text).toBe('Monday 18 August 2025, evening, Eastern Time (Tuesday 19 August 2025 in Moscow)')
  })

  it('works out where the date differs for an exact late-evening time, and says nothing where it does not', () => {
    const late = formatEventWhen(event({ time: { at: '18:30', approximate: false } }))
    const midday = formatEventWhen(event({ time: { at: '12:00', approximate: false } }))

    expect(late.otherDates).toEqual(['Tuesday 19 August 2025 in Kyiv', 'Tuesday 19 August 2025 in Moscow'])
    expect(midday.otherDates).toEqual([])
  })

  it('notes an earlier date too: early morning in Kyiv is still the day before in Washington', () => {
    const when = formatEventWhen(
      event({ date: '2025-08-19', time: { at: '03:00', approximate: false }, timeZone: 'Europe/Kyiv' })
    )

    expect(when.time).toBe('03:00 EEST')
    expect(when.otherDates).toEqual(['Monday 18 August 2025 in Washington'])
  })

  it('shows only the date when neither time nor zone is known', () => {
    const when = formatEventWhen(event({ timeZone: null }))

    expect(when).toEqual({
      date: 'Monday 18 August 2025',
      time: null,
      otherDates: [],
      text: 'Monday 18 August 2025'
    })
  })
})
