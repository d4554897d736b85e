/**
 * Where each event's marker goes at the current zoom: events whose markers would overlap share one
 * group marker, which parts into single markers as the axis is zoomed in; every label is stacked
 * in rows (vis-timeline's stacking) so that none overlaps another or leaves the plot.
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

/** A label to stack: its left edge and width in pixels, and how many text lines tall it is. */
export interface LabelBox {
  left: number
  width: number
  lines: number
}

/**
 * Stack labels in rows as vis-timeline stacks its items: each label, taken from left to right, goes
 * to the lowest row where all of its lines clear every label already there by `gap` pixels. The plot
 * grows to hold the rows, up to `maxRows` (the height of the view); a label that would rise above
 * that is left out (null), its marker still there and still named. Returns each label's bottom row
 * (0 is the row nearest the axis), in the order given.
 */
export function stackLabels(boxes: readonly LabelBox[], gap = 8, maxRows = Infinity): (number | null)[] {
  const order = boxes.map((_, i) => i).sort((a, b) => boxes[a]!.left - boxes[b]!.left)
  // The right edge of the last label in each row; a label fits a row when it starts past that.
  const rowEnds: number[] = []
  const rows = new Array<number | null>(boxes.length)
  for (const i of order) {
    const { left, width, lines } = boxes[i]!
    let row = 0
    while (row + lines <= maxRows && !fits(rowEnds, row, lines, left - gap)) row += 1
    if (row + lines > maxRows) {
      rows[i] = null
      continue
    }
    for (let k = row; k < row + lines; k += 1) rowEnds[k] = left + width
    rows[i] = row
  }
  return rows
}

function fits(rowEnds: readonly number[], row: number, lines: number, from: number): boolean {
  for (let k = row; k < row + lines; k += 1) if ((rowEnds[k] ?? -Infinity) > from) return false
  return true
}

/** Where a label of `width` centred on `x` starts once kept within 0…`plotWidth` (never clipped). */
export function labelLeft(x: number, width: number, plotWidth: number): number {
  return Math.max(0, Math.min(x - width / 2, plotWidth - width))
}

/**
 * Break `items` (a group's titles) into lines no wider than `maxWidth`, as measured by `measure`,
 * keeping each item whole: a title longer than the line stands on a line of its own.
 */
export function wrapItems(
  items: readonly string[],
  maxWidth: number,
  measure: (text: string) => number,
  separator = ', '
): string[][] {
  const lines: string[][] = []
  for (const item of items) {
    const line = lines.at(-1)
    if (line !== undefined && measure([...line, item].join(separator) + separator) <= maxWidth)
      line.push(item)
    else lines.push([item])
  }
  return lines
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
