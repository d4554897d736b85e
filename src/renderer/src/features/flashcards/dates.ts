/**
 * The one way the Flashcards screens write a date: the app's British "1 Dec 2026" (with "14:05"
 * where the time matters), through Intl rather than by hand, so every screen says it alike.
 */

const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' })
const TIME = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })

/** A moment's local day: "1 Dec 2026". */
export function formatDate(date: Date): string {
  return DAY.format(date)
}

/** A moment's local day and time: "1 Dec 2026, 14:05". */
export function formatDateTime(date: Date): string {
  return `${DAY.format(date)}, ${TIME.format(date)}`
}

/** A calendar day kept as YYYY-MM-DD, read as that local day: "1 Dec 2026". */
export function formatDayKey(key: string): string {
  const [y, m, d] = key.split('-').map(Number)
  return DAY.format(new Date(y!, m! - 1, d!))
}
