import { formatDateTime } from '@shared/dates'
import type { Notice, StoreData } from '@shared/schemas'

/**
 * How far ahead of this computer's clock a review may be dated and still count as now: two
 * computers' clocks commonly differ by seconds, and a backup is often restored minutes after export.
 */
export const CLOCK_TOLERANCE_MS = 10 * 60 * 1000

/** The latest time any review in `data` is dated: the review log's and the cards' last reviews. */
function latestReview(data: Readonly<StoreData>): number {
  let latest = 0
  for (const entry of data.reviewLog) if (entry[2] > latest) latest = entry[2]
  for (const state of Object.values(data.cards)) {
    const at = state.last_review === undefined ? 0 : Date.parse(state.last_review)
    if (at > latest) latest = at
  }
  return latest
}

/**
 * Why a backup's reviews cannot be restored at `now`, or null: one dated later than this computer's
 * clock (beyond CLOCK_TOLERANCE_MS). It was made on a computer whose clock ran ahead, and grading
 * here would be refused until that date came.
 */
export function futureReviewProblem(data: Readonly<StoreData>, now: Date): string | null {
  const latest = latestReview(data)
  if (latest <= now.getTime() + CLOCK_TOLERANCE_MS) return null
  return (
    `it holds a review dated ${formatDateTime(new Date(latest))}, later ` +
    `than this computer’s clock (${formatDateTime(now)}). It was made on a ` +
    'computer whose clock ran ahead, and restoring it would stop you grading until that date'
  )
}

/**
 * Bring reviews dated after `now` back to `now`, in place, so the log stays in time order and
 * grading can go on (a clock once set ahead left them; grading refuses to record a review earlier
 * than the last). Answers the notice saying so, or null when no review was in the future: once
 * clamped, none is, so the user is told once.
 */
export function clampFutureReviews(data: StoreData, now: Date): Notice | null {
  const limit = now.getTime()
  let clamped = 0
  for (const entry of data.reviewLog) {
    if (entry[2] > limit) {
      entry[2] = limit
      clamped += 1
    }
  }
  const iso = now.toISOString()
  for (const state of Object.values(data.cards)) {
    if (state.last_review !== undefined && Date.parse(state.last_review) > limit) {
      state.last_review = iso
      clamped += 1
    }
  }
  if (clamped === 0) return null
  return {
    id: `reviews-clamped-${limit}`,
    kind: 'reviews-clamped',
    message:
      `${clamped.toLocaleString('en')} of your reviews ${clamped === 1 ? 'was' : 'were'} dated later than ` +
      `this computer’s clock (it was once set ahead). ${clamped === 1 ? 'It now reads' : 'They now read'} ` +
      `${formatDateTime(now)}, so you can go on grading; your cards’ progress is unchanged.`,
    file: null,
    at: iso
  }
}
