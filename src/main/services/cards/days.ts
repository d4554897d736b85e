/**
 * Calendar days as the user lives them: in the local time zone of the machine, so "due today" and
 * "reviews per day" turn over at the user's midnight, not at UTC's.
 */

/** Local midnight at the start of `date`'s day. */
export function startOfLocalDay(date: Date): Date {
  const start = new Date(date)
  start.setHours(0, 0, 0, 0)
  return start
}

/** Local midnight `days` days after `date`'s day began (negative for before); DST-safe. */
export function localDayStart(date: Date, days: number): Date {
  const start = startOfLocalDay(date)
  start.setDate(start.getDate() + days)
  return start
}

/** `date`'s local calendar day as YYYY-MM-DD. */
export function localDayKey(date: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}
