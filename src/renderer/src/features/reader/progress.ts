/** How far through the page the reader is, 0 to 1; a page with nothing to scroll counts as read. */
export function scrollFraction(scrollTop: number, scrollHeight: number, viewportHeight: number): number {
  const scrollable = scrollHeight - viewportHeight
  if (scrollable <= 1) return 1
  return Math.min(1, Math.max(0, scrollTop / scrollable))
}

/**
 * The index of the first element still showing below the line `y` (its bottom is past it): the
 * paragraph at the top of the reader. `bottoms` are in document order; -1 when all are above.
 */
export function firstShowingBelow(bottoms: readonly number[], y: number): number {
  return bottoms.findIndex((bottom) => bottom > y)
}

/**
 * The index of the last element whose top has reached the line `y`: the section being read.
 * Before the first one reaches it, that is the first (0).
 */
export function lastReached(tops: readonly number[], y: number): number {
  let current = 0
  tops.forEach((top, index) => {
    if (top <= y) current = index
  })
  return current
}

/** The whole-number percentage shown and announced for a fraction. */
export function percent(fraction: number): number {
  return Math.round(Math.min(1, Math.max(0, fraction)) * 100)
}
