/**
 * Dates and times of timeline events, shown as they were where each event happened. Events store a
 * local calendar date, a local time (when known) and an IANA zone; everything here is derived from
 * those with Intl, so daylight saving and zone rules come from the runtime's time-zone data.
 */
import { utcDay } from 'd3-time'
import type { LocalDate, TimelineEvent } from './timeline-schemas'

/** Noon UTC of a calendar date: a Date whose UTC fields are that date, far from any day boundary. */
export function calendarDate(date: LocalDate): Date {
  return new Date(`${date}T12:00:00Z`)
}

/** Whole days from calendar date `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  const [a, b] = [calendarDate(from), calendarDate(to)]
  return a <= b ? utcDay.count(a, b) : -utcDay.count(b, a)
}

const longDate = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric'
})

/** "Monday 18 August 2025": a calendar date written out, weekday included. */
export function formatLocalDate(date: LocalDate): string {
  return longDate.format(calendarDate(date)).replace(',', '')
}

/** The wall-clock fields of `instant` in `timeZone`, as numbers. */
function wallClock(
  instant: Date,
  timeZone: string
): { y: number; m: number; d: number; h: number; min: number } {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric'
  }).formatToParts(instant)
  const field = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find((part) => part.type === type)?.value)
  return { y: field('year'), m: field('month'), d: field('day'), h: field('hour'), min: field('minute') }
}

/** The calendar date of `instant` in `timeZone`, YYYY-MM-DD. */
export function localDateIn(instant: Date, timeZone: string): LocalDate {
  const { y, m, d } = wallClock(instant, timeZone)
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

/**
 * The instant at which clocks in `timeZone` showed `date` `time` (HH:MM). The zone's offset is read
 * from Intl at a first guess and read again at the result, which settles it across a DST change.
 */
export function zonedInstant(date: LocalDate, time: string, timeZone: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  const [h, min] = time.split(':').map(Number) as [number, number]
  const asIfUtc = Date.UTC(y, m - 1, d, h, min)
  const offsetAt = (instant: number): number => {
    const wall = wallClock(new Date(instant), timeZone)
    return Date.UTC(wall.y, wall.m - 1, wall.d, wall.h, wall.min) - instant
  }
  const first = asIfUtc - offsetAt(asIfUtc)
  return new Date(asIfUtc - offsetAt(first))
}

/** The moment an event began, when its clock time and zone are both known; otherwise null. */
export function eventInstant(event: TimelineEvent): Date | null {
  if (event.time === null || !('at' in event.time) || event.timeZone === null) return null
  return zonedInstant(event.date, event.time.at, event.timeZone)
}

/** A place whose local date a reader may want to see beside an event's own (e.g. Moscow for a call). */
export interface ReferencePlace {
  place: string
  timeZone: string
}

/** The capitals the article moves between: an exact-time event is also dated there when the date differs. */
export const REFERENCE_PLACES: readonly ReferencePlace[] = [
  { place: 'Washington', timeZone: 'America/New_York' },
  { place: 'Kyiv', timeZone: 'Europe/Kyiv' },
  { place: 'Moscow', timeZone: 'Europe/Moscow' }
]

/** An event's date and time as shown to the reader. */
export interface EventWhen {
  /** The local date where it happened: "Monday 18 August 2025". */
  date: string
  /** "about 1:15 pm EDT", "evening, Eastern Time", or null when the time of day is unknown. */
  time: string | null
  /** The same moment's date elsewhere, only where it differs: "Tuesday 19 August 2025 in Moscow". */
  otherDates: string[]
  /** Everything above in one line. */
  text: string
}

/** US zones read naturally with a 12-hour clock and US abbreviations (EDT); the rest with en-GB (CEST). */
function zoneLocale(timeZone: string): string {
  return timeZone.startsWith('America/') ? 'en-US' : 'en-GB'
}

function zoneName(instant: Date, timeZone: string, style: 'short' | 'longGeneric'): string {
  return (
    new Intl.DateTimeFormat(zoneLocale(timeZone), { timeZone, timeZoneName: style })
      .formatToParts(instant)
      .find((part) => part.type === 'timeZoneName')?.value ?? timeZone
  )
}

function formatTime(event: TimelineEvent): string | null {
  const { time, timeZone } = event
  if (time === null) return null
  if ('partOfDay' in time) {
    return timeZone === null
      ? time.partOfDay
      : `${time.partOfDay}, ${zoneName(calendarDate(event.date), timeZone, 'longGeneric')}`
  }
  if (timeZone === null) return `${time.approximate ? 'about ' : ''}${time.at}`
  const instant = zonedInstant(event.date, time.at, timeZone)
  const locale = zoneLocale(timeZone)
  const hour = locale === 'en-US' ? 'numeric' : '2-digit'
  const clock = new Intl.DateTimeFormat(locale, { timeZone, hour, minute: '2-digit' })
    .format(instant)
    .replace(/\s?AM$/, ' am')
    .replace(/\s?PM$/, ' pm')
  return `${time.approximate ? 'about ' : ''}${clock} ${zoneName(instant, timeZone, 'short')}`
}

/**
 * An event's date and time in its own zone, noting where another place's date differs: the dates
 * recorded with the event (the Trump–Putin call: 19 Aug in Moscow) and, for an event with a known
 * clock time, each reference place whose calendar had already turned over (or not yet).
 */
export function formatEventWhen(
  event: TimelineEvent,
  places: readonly ReferencePlace[] = REFERENCE_PLACES
): EventWhen {
  const others = new Map<string, string>()
  for (const other of event.otherLocalDates) {
    if (other.date !== event.date)
      others.set(other.timeZone, `${formatLocalDate(other.date)} in ${other.place}`)
  }
  const instant = eventInstant(event)
  if (instant !== null) {
    for (const { place, timeZone } of places) {
      const date = localDateIn(instant, timeZone)
      if (date !== event.date && !others.has(timeZone))
        others.set(timeZone, `${formatLocalDate(date)} in ${place}`)
    }
  }
  const date = formatLocalDate(event.date)
  const time = formatTime(event)
  const otherDates = [...others.values()]
  const text =
    (time === null ? date : `${date}, ${time}`) + (otherDates.length > 0 ? ` (${otherDates.join('; ')})` : '')
  return { date, time, otherDates, text }
}
