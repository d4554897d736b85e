/** A review session's keys, tally and progress: pure, for the session component and its tests. */

export type ReviewAction = { kind: 'reveal' } | { kind: 'grade'; rating: 1 | 2 | 3 | 4 } | { kind: 'undo' }

/** The parts of a key press that decide a review action. */
export interface KeyPress {
  key: string
  ctrlKey: boolean
  metaKey: boolean
  altKey: boolean
  /** Whether the press happened in a text field, where keys type rather than command. */
  inTextField: boolean
  /** Whether it happened on a button or link, which Enter and Space activate instead. */
  onControl: boolean
}

/**
 * What a key does in a review session: Space or Enter shows the answer (unless they are pressing a
 * focused button); once shown, 1–4 grade; Ctrl+Z (Cmd+Z on a Mac) undoes the last grade. Nothing
 * while typing in a field.
 */
export function reviewAction(press: KeyPress, revealed: boolean): ReviewAction | null {
  if (press.inTextField || press.altKey) return null
  if ((press.ctrlKey || press.metaKey) && press.key.toLowerCase() === 'z') return { kind: 'undo' }
  if (press.ctrlKey || press.metaKey) return null
  if (!revealed)
    return (press.key === ' ' || press.key === 'Enter') && !press.onControl ? { kind: 'reveal' } : null
  if (['1', '2', '3', '4'].includes(press.key))
    return { kind: 'grade', rating: Number(press.key) as 1 | 2 | 3 | 4 }
  return null
}

/** What the session has done so far. */
export interface Tally {
  reviewed: number
  /** Graded Hard, Good or Easy: recalled. */
  correct: number
  /** How many of each grade, Again to Easy. */
  byGrade: [number, number, number, number]
  /** Cards seen for the first time this session. */
  learned: number
}

/** A session's tally before its first grade. */
export const EMPTY_TALLY: Tally = { reviewed: 0, correct: 0, byGrade: [0, 0, 0, 0], learned: 0 }

/** The tally after one more grade of a card (new or not), or with `sign` −1, after undoing one. */
export function counted(tally: Tally, rating: number, wasNew: boolean, sign: 1 | -1 = 1): Tally {
  const byGrade = [...tally.byGrade] as Tally['byGrade']
  byGrade[rating - 1]! += sign
  return {
    reviewed: tally.reviewed + sign,
    correct: tally.correct + (rating > 1 ? sign : 0),
    byGrade,
    learned: tally.learned + (wasNew ? sign : 0)
  }
}

/** The share recalled, as "75%", or "—" before any review. */
export function recalledShare(tally: Tally): string {
  return tally.reviewed === 0 ? '—' : `${Math.round((tally.correct / tally.reviewed) * 100)}%`
}

/** The share of the session done, 0–1: reviews given over reviews given plus cards waiting. */
export function sessionProgress(reviewed: number, waiting: number): number {
  return reviewed + waiting === 0 ? 1 : reviewed / (reviewed + waiting)
}

/** A duration as "45 s", "3 min 12 s" or "1 h 5 min". */
export function formatDuration(ms: number): string {
  const seconds = Math.round(ms / 1000)
  if (seconds < 60) return `${seconds} s`
  const minutes = Math.floor(seconds / 60)
  if (minutes < 60) return `${minutes} min ${seconds % 60} s`
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`
}

/** When something is next due, in words: "now", "in 8 min", "in 3 h", "tomorrow", "in 4 days". */
export function formatDueIn(iso: string, now: Date): string {
  const ms = Date.parse(iso) - now.getTime()
  if (ms <= 0) return 'now'
  const minutes = Math.round(ms / 60_000)
  if (minutes < 60) return `in ${Math.max(1, minutes)} min`
  const hours = Math.round(ms / 3_600_000)
  if (hours < 24) return `in ${hours} h`
  const days = Math.round(ms / 86_400_000)
  return days === 1 ? 'tomorrow' : `in ${days} days`
}
