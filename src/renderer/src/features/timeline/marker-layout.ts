/**
 * Where each event's marker goes at the current zoom: events too close to tell apart share one
 * group marker ("3 events"), which parts into single markers as the axis is zoomed in; single
 * markers' labels are stacked into lanes so that they never overlap.
 */

/** An event placed on the axis, in timeline order. */
export interface PlacedEvent {
  id: string
  x: number
}

/** One marker: a single event, or several that would overlap. */
export interface MarkerGroup {
  ids: string[]
  /** Where the marker is drawn: the middle of its events. */
  x: number
  /** The extent of its events on the axis. */
  from: number
  to: number
}

/**
 * Group events whose markers would come closer than `minGap` pixels, chaining neighbours (a run of
 * close events is one group however long). `placed` must be sorted by x.
 */
export function groupMarkers(placed: readonly PlacedEvent[], minGap: number): MarkerGroup[] {
  const groups: MarkerGroup[] = []
  for (const { id, x } of placed) {
    const last = groups.at(-1)
    if (last !== undefined && x - last.to < minGap) {
      last.ids.push(id)
      last.to = x
      last.x = (last.from + last.to) / 2
    } else {
      groups.push({ ids: [id], x, from: x, to: x })
    }
  }
  return groups
}

/** A marker's label, its estimated width, and the lane it is drawn in (null: no room, shown on focus). */
export interface LabelPlacement {
  x: number
  width: number
  lane: number | null
}

/**
 * Give each label the lowest lane in which it clears the previous label by `gap` pixels. Labels are
 * centred on their x; `labels` must be sorted by x.
 */
export function assignLanes(
  labels: readonly { x: number; width: number }[],
  lanes: number,
  gap = 8
): LabelPlacement[] {
  const laneEnds: number[] = Array.from({ length: lanes }, () => -Infinity)
  return labels.map(({ x, width }) => {
    const left = x - width / 2
    const lane = laneEnds.findIndex((end) => left >= end + gap)
    if (lane === -1) return { x, width, lane: null }
    laneEnds[lane] = x + width / 2
    return { x, width, lane }
  })
}

/** Where a label centred on `x` must move so that all `width` of it stays within 0…`plotWidth`. */
export function labelShift(x: number, width: number, plotWidth: number): number {
  const centre = Math.min(Math.max(x, width / 2), Math.max(width / 2, plotWidth - width / 2))
  return centre - x
}

/** A label's width in pixels at the axis's label size, estimated from its length (no DOM needed). */
export function estimateLabelWidth(text: string, pxPerChar = 7, padding = 12): number {
  return text.length * pxPerChar + padding
}

const dayMonth = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'short' })
const monthYear = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', month: 'short', year: 'numeric' })

/**
 * A group marker's label: the span of its events' local dates and how many there are, e.g.
 * "18 Aug · 4 events", "28 Feb – 2 Mar · 2 events", "Mar 2014 – Feb 2022 · 2 events".
 */
export function groupCaption(dates: readonly string[]): string {
  const sorted = [...dates].sort()
  const [first, last] = [new Date(`${sorted[0]}T12:00:00Z`), new Date(`${sorted.at(-1)}T12:00:00Z`)]
  const count = `${dates.length} events`
  if (sorted[0] === sorted.at(-1)) return `${dayMonth.format(first)} · ${count}`
  const format = first.getUTCFullYear() === last.getUTCFullYear() ? dayMonth : monthYear
  return `${format.format(first)} – ${format.format(last)} · ${count}`
}
