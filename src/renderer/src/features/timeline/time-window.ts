/**
 * The stretch of time the axis shows, and how zooming and panning change it. Positions go through a
 * d3 UTC time scale (events sit at their local calendar date, which is a UTC-free notion, so the
 * axis must not shift with the viewer's own zone); ticks come from d3-time's calendar intervals.
 */
import { scaleUtc, type ScaleTime } from 'd3-scale'
import { utcDay, utcHour, utcMinute, utcMonth, utcYear } from 'd3-time'
import { minutesIntoDay } from '@shared/timeline-order'
import type { TimelineEvent } from '@shared/timeline-schemas'

export interface TimeWindow {
  start: Date
  end: Date
}

/** How far the axis may be panned: a little either side of the first and last events. */
export const AXIS_BOUNDS: TimeWindow = {
  start: new Date('2013-07-01T00:00:00Z'),
  end: new Date('2026-07-01T00:00:00Z')
}

/** The closest zoom: six hours across the whole axis, enough to part the 18 August events. */
export const MIN_SPAN_MS = 6 * 3_600_000

/** Where an event sits on the axis: its local date, at its local time of day (noon when unknown). */
export function eventAxisTime(event: TimelineEvent): Date {
  return utcMinute.offset(new Date(`${event.date}T00:00:00Z`), minutesIntoDay(event) ?? 12 * 60)
}

/** The d3 scale from the window to pixels 0…width. */
export function axisScale(window: TimeWindow, width: number): ScaleTime<number, number> {
  return scaleUtc().domain([window.start, window.end]).range([0, width])
}

const span = (window: TimeWindow): number => window.end.getTime() - window.start.getTime()

/** The window kept within AXIS_BOUNDS and between MIN_SPAN_MS and the bounds' own span, moved rather than cut. */
export function clampWindow(window: TimeWindow, bounds: TimeWindow = AXIS_BOUNDS): TimeWindow {
  const widest = span(bounds)
  const wanted = Math.min(widest, Math.max(MIN_SPAN_MS, span(window)))
  const middle = (window.start.getTime() + window.end.getTime()) / 2
  let start = middle - wanted / 2
  start = Math.max(bounds.start.getTime(), Math.min(start, bounds.end.getTime() - wanted))
  return { start: new Date(start), end: new Date(start + wanted) }
}

/**
 * Zoom by `factor` (above 1 zooms in) keeping the moment at `anchor` (a fraction of the width, 0 at
 * the left) where it is on screen: the pointer under a wheel, or the selected event.
 */
export function zoomWindow(window: TimeWindow, factor: number, anchor = 0.5): TimeWindow {
  const x = axisScale(window, 1)
  return clampWindow({
    start: x.invert(anchor - anchor / factor),
    end: x.invert(anchor + (1 - anchor) / factor)
  })
}

/** Pan by `fraction` of the width (positive moves later in time). */
export function panWindow(window: TimeWindow, fraction: number): TimeWindow {
  const x = axisScale(window, 1)
  return clampWindow({ start: x.invert(fraction), end: x.invert(1 + fraction) })
}

/**
 * The smallest pan that brings `time` at least `margin` (a fraction of the width) inside the window;
 * the window itself when it already is.
 */
export function windowShowing(window: TimeWindow, time: Date, margin = 0.1): TimeWindow {
  const at = axisScale(window, 1)(time)
  if (at < margin) return panWindow(window, at - margin)
  if (at > 1 - margin) return panWindow(window, at - (1 - margin))
  return window
}

/**
 * A window in which the moment `time` has a marker of its own on an axis `width` pixels wide: every
 * other of `times` at least `minGap` pixels from it (markers closer share one). When the window is
 * too wide for that it is narrowed around `time`, as far as MIN_SPAN_MS allows (moments at the
 * same instant never part); otherwise it is only moved to show `time`.
 */
export function windowParting(
  window: TimeWindow,
  time: Date,
  times: readonly Date[],
  width: number,
  minGap: number
): TimeWindow {
  const at = time.getTime()
  const nearest = Math.min(...times.map((t) => Math.abs(t.getTime() - at)).filter((gap) => gap > 0))
  // A little spare, so that rounding to pixels cannot bring the neighbour back into the group.
  const widest = ((nearest * width) / minGap) * 0.9
  if (!Number.isFinite(nearest) || span(window) <= widest) return windowShowing(window, time)
  return clampWindow({ start: new Date(at - widest / 2), end: new Date(at + widest / 2) })
}

/** A window framing every one of `times`, with `padding` (a fraction of their spread) either side. */
export function windowAround(times: readonly Date[], padding = 0.25): TimeWindow {
  const ms = times.map((t) => t.getTime())
  const [first, last] = [Math.min(...ms), Math.max(...ms)]
  const spread = Math.max(last - first, MIN_SPAN_MS / (1 + 2 * padding))
  const middle = (first + last) / 2
  const half = (spread * (1 + 2 * padding)) / 2
  return clampWindow({ start: new Date(middle - half), end: new Date(middle + half) })
}

/** One tick of the axis: where it is, what it says, and whether it starts a year (drawn stronger). */
export interface AxisTick {
  time: Date
  x: number
  label: string
  major: boolean
}

const tickFormats = {
  year: new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', year: 'numeric' }),
  month: new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', month: 'short' }),
  day: new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'short' }),
  hour: new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', hour: '2-digit', minute: '2-digit' })
}

/** A tick's label, as coarse as the tick is: "2015", "Mar", "18 Aug", "13:00". */
export function tickLabel(time: Date): string {
  if (utcYear.floor(time).getTime() === time.getTime()) return tickFormats.year.format(time)
  if (utcMonth.floor(time).getTime() === time.getTime()) return tickFormats.month.format(time)
  if (utcDay.floor(time).getTime() === time.getTime()) return tickFormats.day.format(time)
  return tickFormats.hour.format(utcHour.floor(time))
}

/** Roughly one labelled tick per `spacing` pixels, on calendar boundaries d3 chooses. */
export function axisTicks(window: TimeWindow, width: number, spacing = 96): AxisTick[] {
  const x = axisScale(window, width)
  return x.ticks(Math.max(2, Math.floor(width / spacing))).map((time) => ({
    time,
    x: x(time),
    label: tickLabel(time),
    major: utcYear.floor(time).getTime() === time.getTime()
  }))
}
