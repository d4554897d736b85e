import { HIGHLIGHT_COLORS } from '@shared/limits'
import type { Annotation, HighlightSpan } from '@shared/annotation-schemas'
import type { BlockIndex } from './dom-text'

/**
 * Highlights are drawn with the CSS Custom Highlight API: one named highlight per colour holding
 * StaticRanges, so the article's DOM is never touched (terms and find keep their markup) and ten
 * thousand highlights cost ranges, not elements. Text under two or more highlights also joins
 * OVERLAP, drawn with an underline, so overlapping highlights of one colour still show as such.
 */
export const HIGHLIGHT_NAME = (color: string): string => `annotation-${color}`
export const OVERLAP = 'annotation-overlap'
export const FLASH = 'annotation-flash'

/** Whether this browser can draw highlights at all. */
export const canPaint = (): boolean => typeof CSS !== 'undefined' && 'highlights' in CSS

/** Stretches of [start, end) covered by two or more of `spans` (a sweep over their edges). */
export function overlaps(spans: readonly { start: number; end: number }[]): { start: number; end: number }[] {
  const edges: [number, number][] = []
  for (const { start, end } of spans) edges.push([start, 1], [end, -1])
  edges.sort((a, b) => a[0] - b[0] || a[1] - b[1])
  const out: { start: number; end: number }[] = []
  let depth = 0
  let openedAt = 0
  for (const [at, step] of edges) {
    const before = depth
    depth += step
    if (before < 2 && depth >= 2) openedAt = at
    else if (before >= 2 && depth < 2 && at > openedAt) {
      const last = out.at(-1)
      if (last && last.end === openedAt) last.end = at
      else out.push({ start: openedAt, end: at })
    }
  }
  return out
}

/** The union of `spans` as disjoint stretches in order (touching stretches join). */
export function union(spans: readonly { start: number; end: number }[]): { start: number; end: number }[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start)
  const out: { start: number; end: number }[] = []
  for (const { start, end } of sorted) {
    const last = out.at(-1)
    if (last && start <= last.end) last.end = Math.max(last.end, end)
    else out.push({ start, end })
  }
  return out
}

const ranges = (index: BlockIndex, spans: readonly { start: number; end: number }[]): StaticRange[] =>
  spans.map((s) => index.range(s.start, s.end)).filter((r): r is StaticRange => r !== null)

/**
 * Draw every placed highlight (see `highlightSpans`); replaces what was drawn before. A colour
 * paints each character once however many of its ranges cover it, so each colour's highlights are
 * merged into disjoint stretches first: the same picture from a few dozen ranges instead of
 * thousands, which keeps opening and scrolling fast with 10,000 highlights.
 */
export function paintHighlights(index: BlockIndex, spans: readonly HighlightSpan[]): void {
  if (!canPaint()) return
  const byColor = new Map(HIGHLIGHT_COLORS.map((c) => [c, [] as { start: number; end: number }[]]))
  const placed: { start: number; end: number }[] = []
  for (const [start, end, color] of spans) {
    byColor.get(color)?.push({ start, end })
    placed.push({ start, end })
  }
  for (const [color, stretches] of byColor) {
    CSS.highlights.set(HIGHLIGHT_NAME(color), new Highlight(...ranges(index, union(stretches))))
  }
  const overlap = new Highlight(...ranges(index, overlaps(placed)))
  overlap.priority = 1
  CSS.highlights.set(OVERLAP, overlap)
}

/** Mark [start, end) for a moment (a passage opened from Notes); answers a function that unmarks. */
export function flashRange(index: BlockIndex, start: number, end: number): () => void {
  if (!canPaint()) return () => {}
  const range = index.range(start, end)
  if (!range) return () => {}
  const flash = new Highlight(range)
  flash.priority = 2
  CSS.highlights.set(FLASH, flash)
  return () => CSS.highlights.delete(FLASH)
}

/** Remove every drawn highlight (the reader is closing). */
export function clearHighlights(): void {
  if (!canPaint()) return
  for (const color of HIGHLIGHT_COLORS) CSS.highlights.delete(HIGHLIGHT_NAME(color))
  CSS.highlights.delete(OVERLAP)
  CSS.highlights.delete(FLASH)
}

/** The annotations covering offset `at`, shortest first (the innermost is the one meant). */
export function annotationsAt(annotations: readonly Annotation[], at: number): Annotation[] {
  return annotations
    .filter((a) => !a.orphaned && a.target.selector[1].start <= at && at < a.target.selector[1].end)
    .sort(
      (a, b) =>
        a.target.selector[1].end -
        a.target.selector[1].start -
        (b.target.selector[1].end - b.target.selector[1].start)
    )
}
