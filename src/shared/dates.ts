/**
 * The one way Debrief writes a date for a person: the app's British "1 Dec 2026" (with "14:05"
 * where the time matters), through Intl rather than by hand, so every screen and every message says
 * it alike. Shared, because the services write dates into messages too (a restored backup's day).
 * The renderer may format dates nowhere else (eslint.config.js refuses toLocaleDateString,
 * Intl.DateTimeFormat and dates cut from ISO strings outside the timeline's axis labels); timeline
 * events keep their own wording, the day as it was where each happened (timeline-dates.ts).
 */

const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' })
const TIME = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })

/** A moment (a Date, or an ISO string as the store keeps one) as a Date. */
const asDate = (at: Date | string): Date => (typeof at === 'string' ? new Date(at) : at)

/** A moment's local day: "1 Dec 2026". */
export function formatDate(at: Date | string): string {
  return DAY.format(asDate(at))
}

/** A moment's local day and time: "1 Dec 2026, 14:05". */
export function formatDateTime(at: Date | string): string {
  const date = asDate(at)
  return `${DAY.format(date)}, ${TIME.format(date)}`
}

/** A calendar day kept as YYYY-MM-DD, read as that local day: "1 Dec 2026". */
export function formatDayKey(key: string): string {
  const [y, m, d] = key.split('-').map(Number)
  return DAY.format(new Date(y!, m! - 1, d!))
}
