/** Geometry for the statistics' bar charts, drawn as plain SVG. */

export interface Bar {
  x: number
  y: number
  width: number
  height: number
  value: number
}

/** A round axis maximum at or above `max`: 1, 2, 5 or 10 times a power of ten (at least 1). */
export function niceMax(max: number): number {
  if (max <= 1) return 1
  const power = 10 ** Math.floor(Math.log10(max))
  return [1, 2, 5, 10].map((step) => step * power).find((candidate) => candidate >= max) ?? 10 * power
}

/**
 * Vertical bars for `values` across `width` × `height`, with `gap` between them, scaled to
 * `niceMax` of the largest value; a zero draws no bar.
 */
export function bars(
  values: readonly number[],
  width: number,
  height: number,
  gap = 2
): { bars: Bar[]; max: number } {
  const max = niceMax(Math.max(0, ...values))
  const slot = values.length === 0 ? 0 : width / values.length
  return {
    max,
    bars: values.map((value, i) => {
      const barHeight = (value / max) * height
      return {
        x: i * slot + gap / 2,
        y: height - barHeight,
        width: Math.max(1, slot - gap),
        height: barHeight,
        value
      }
    })
  }
}

/**
 * Horizontal bars for categories, one row of `rowHeight` each (`gap` of it left empty), lengths in
 * proportion to `niceMax` of the largest value across `width`.
 */
export function rows(
  values: readonly number[],
  width: number,
  rowHeight: number,
  gap = 8
): { bars: Bar[]; max: number } {
  const max = niceMax(Math.max(0, ...values))
  return {
    max,
    bars: values.map((value, i) => ({
      x: 0,
      y: i * rowHeight + gap / 2,
      width: (value / max) * width,
      height: rowHeight - gap,
      value
    }))
  }
}
