/**
 * The order of timeline events, and when that order is certain enough to quiz. Events carry local
 * dates in different zones, and some only a part of the day or no time at all: a drill must never
 * ask which came first when the facts cannot say.
 */
import { daysBetween, eventInstant } from './timeline-dates'
import type { PartOfDay, TimelineEvent } from './timeline-schemas'

/** Where a part of the day falls, in minutes after midnight, for ordering only. */
const PART_OF_DAY_MINUTES: Record<PartOfDay, number> = {
  morning: 9 * 60,
  afternoon: 15 * 60,
  evening: 19 * 60,
  night: 22 * 60
}

/** Minutes after local midnight, as far as known; null when the time of day is unknown. */
export function minutesIntoDay(event: TimelineEvent): number | null {
  const { time } = event
  if (time === null) return null
  if ('partOfDay' in time) return PART_OF_DAY_MINUTES[time.partOfDay]
  const [h, m] = time.at.split(':').map(Number) as [number, number]
  return h * 60 + m
}

/**
 * Timeline order: by local date, then by local time of day where known (an unknown time first).
 * For sorting and display; use `certainlyBefore` to decide what may be quizzed.
 */
export function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1
  return (minutesIntoDay(a) ?? -1) - (minutesIntoDay(b) ?? -1)
}

/** The events in timeline order (a new array). */
export function sortEvents(events: readonly TimelineEvent[]): TimelineEvent[] {
  return [...events].sort(compareEvents)
}

/** Hours two exact times must be apart before their order counts as known (they may be approximate). */
const EXACT_MARGIN_HOURS = 2

/**
 * True when `a` certainly happened before `b`. Local dates in different zones can be a day out of
 * step (an evening in Washington is the next morning in Moscow), so a one-day difference counts only
 * within one zone; two exact times are compared as instants; events a day or less apart in different
 * or unknown zones, or on one day with an unknown time, are not ordered.
 */
export function certainlyBefore(a: TimelineEvent, b: TimelineEvent): boolean {
  const [instantA, instantB] = [eventInstant(a), eventInstant(b)]
  if (instantA !== null && instantB !== null) {
    return instantB.getTime() - instantA.getTime() > EXACT_MARGIN_HOURS * 3_600_000
  }
  const days = daysBetween(a.date, b.date)
  if (days >= 2) return true
  const sameZone = a.timeZone !== null && a.timeZone === b.timeZone
  if (!sameZone) return false
  if (days === 1) return true
  if (days < 0) return false
  const [minutesA, minutesB] = [minutesIntoDay(a), minutesIntoDay(b)]
  return minutesA !== null && minutesB !== null && minutesA < minutesB
}

/** True when the order of `a` and `b` is certain either way. */
export function orderIsCertain(a: TimelineEvent, b: TimelineEvent): boolean {
  return certainlyBefore(a, b) || certainlyBefore(b, a)
}
