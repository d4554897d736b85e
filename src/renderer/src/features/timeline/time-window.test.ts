/** Zooming and panning keep the axis on the events, and ticks fall on calendar boundaries. */
import { describe, expect, it } from 'vitest'
import type { TimelineEvent } from '@shared/timeline-schemas'
import {
  AXIS_BOUNDS,
  MIN_SPAN_MS,
  axisScale,
  axisTicks,
  clampWindow,
  eventAxisTime,
  panWindow,
  tickLabel,
  windowAround,
  windowParting,
  windowShowing,
  zoomWindow,
  type TimeWindow
} from './time-window'

const day = (iso: string): Date => new Date(`${iso}T00:00:00Z`)
const window2025: TimeWindow = { start: day('2025-02-01'), end: day('2025-09-01') }
const spanOf = (w: TimeWindow): number => w.end.getTime() - w.start.getTime()
const event = (change: Partial<TimelineEvent>): TimelineEvent => ({
  id: 'e',
  date: '2025-08-18',
  weekday: 'Monday',
  time: null,
  timeZone: 'America/New_York',
  place: null,
  participants: ['x'],
  title: 'E',
  summary: 'E.',
  paragraphIds: ['P1'],
  otherLocalDates: [],
  ...change
})

describe('event positions', () => {
  it('puts an event at its local date and time of day, noon when the time is unknown', () => {
    expect(eventAxisTime(event({ time: { at: '13:15', approximate: true } })).toISOString()).toBe(
      '2025-08-18T13:15:00.000Z'
    )
    expect(eventAxisTime(event({ time: { partOfDay: 'evening' } })).toISOString()).toBe(
      '2025-08-18T19:00:00.000Z'
    )
    expect(eventAxisTime(event({})).toISOString()).toBe('2025-08-18T12:00:00.000Z')
  })
})

describe('zooming', () => {
  it('zooms in around the anchor, keeping the moment under it in place', () => {
    const anchor = 0.25
    const before = axisScale(window2025, 1).invert(anchor)

    const zoomed = zoomWindow(window2025, 2, anchor)

    expect(spanOf(zoomed)).toBeCloseTo(spanOf(window2025) / 2, -3)
    expect(axisScale(zoomed, 1)(before)).toBeCloseTo(anchor, 6)
  })

  it('zooms out as far as the bounds and no further, and in no closer than six hours', () => {
    expect(zoomWindow(window2025, 1 / 1000)).toEqual(AXIS_BOUNDS)
    expect(spanOf(zoomWindow(window2025, 1e6))).toBe(MIN_SPAN_MS)
  })

  it('round-trips: zooming in then out by the same factor returns the window', () => {
    const back = zoomWindow(zoomWindow(window2025, 3, 0.4), 1 / 3, 0.4)

    expect(Math.abs(back.start.getTime() - window2025.start.getTime())).toBeLessThan(1000)
    expect(Math.abs(back.end.getTime() - window2025.end.getTime())).toBeLessThan(1000)
  })
})

describe('panning', () => {
  it('moves by a fraction of the width, keeping the span', () => {
    const panned = panWindow(window2025, 0.5)

    expect(spanOf(panned)).toBe(spanOf(window2025))
    expect(panned.start.getTime()).toBeGreaterThan(window2025.start.getTime())
  })

  it('stops at the bounds rather than leaving the events behind', () => {
    const far = panWindow(window2025, 100)

    expect(far.end).toEqual(AXIS_BOUNDS.end)
    expect(spanOf(far)).toBe(spanOf(window2025))
    expect(clampWindow({ start: day('1990-01-01'), end: day('1990-02-01') }).start).toEqual(AXIS_BOUNDS.start)
  })

  it('brings an event into view only when it is outside the margin', () => {
    expect(windowShowing(window2025, day('2025-05-01'))).toBe(window2025)

    const shown = windowShowing(window2025, day('2025-10-15'))

    expect(axisScale(shown, 1)(day('2025-10-15'))).toBeCloseTo(0.9, 6)
  })

  it('parts a moment from its neighbours by zooming in on it only when they are too close', () => {
    const times = [day('2025-08-15'), day('2025-08-18'), day('2025-08-19')]
    const parted = windowParting(window2025, times[1]!, times, 1000, 24)
    const x = axisScale(parted, 1000)
    expect(x(times[2]!) - x(times[1]!)).toBeGreaterThanOrEqual(24)
    expect(x(times[1]!)).toBeCloseTo(500, 0)
    // Already apart: the window is kept (moved only to show the moment).
    expect(windowParting(parted, times[1]!, times, 1000, 24)).toBe(parted)
    // Moments at the same instant never part: the window is only moved to show them.
    const same = [day('2025-10-15'), day('2025-10-15')]
    expect(windowParting(window2025, same[0]!, same, 1000, 24)).toEqual(windowShowing(window2025, same[0]!))
  })

  it('frames a set of moments with padding, and a single moment at the closest zoom', () => {
    const framed = windowAround([day('2025-08-13'), day('2025-08-19')], 0.25)
    const x = axisScale(framed, 1)

    expect(x(day('2025-08-13'))).toBeCloseTo(0.25 / 1.5, 6)
    expect(x(day('2025-08-19'))).toBeCloseTo(1 - 0.25 / 1.5, 6)
    expect(spanOf(windowAround([day('2025-08-18')]))).toBe(MIN_SPAN_MS)
  })
})

describe('ticks', () => {
  it('labels ticks as coarsely as they fall', () => {
    expect(tickLabel(day('2015-01-01'))).toBe('2015')
    expect(tickLabel(day('2025-03-01'))).toBe('Mar')
    expect(tickLabel(day('2025-08-18'))).toBe('18 Aug')
    expect(tickLabel(new Date('2025-08-18T13:00:00Z'))).toBe('13:00')
  })

  it('puts ticks on month boundaries for Feb–Aug, years for a decade, and hours within a day', () => {
    const months = axisTicks(window2025, 900)
    const years = axisTicks({ start: day('2014-01-01'), end: day('2026-01-01') }, 900)
    const hours = axisTicks(
      { start: new Date('2025-08-18T06:00:00Z'), end: new Date('2025-08-19T00:00:00Z') },
      900
    )

    expect(months.map((t) => t.label)).toEqual(['Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept'])
    expect(months[0]!.x).toBe(0)
    expect(years.every((t) => t.major && /^\d{4}$/.test(t.label))).toBe(true)
    expect(hours.map((t) => t.label)).toContain('12:00')
    expect(hours.every((t) => t.x >= 0 && t.x <= 900)).toBe(true)
  })
})
