import type { Annotation, ColorNames } from '@shared/annotation-schemas'

/**
 * Moving between highlights by keyboard ([ and ] in the reader). Highlights are painted, not
 * elements, so there is nothing to tab to: the one highlight being visited gets a focusable ring
 * drawn over it, and these functions say which one comes next and where its ring goes.
 */

/** A box on screen, in viewport pixels. */
export interface Box {
  top: number
  left: number
  width: number
  height: number
}

const startOf = (a: Annotation): number => a.target.selector[1].start

/**
 * The highlight one `step` from `from` in `ordered` (from `inArticleOrder` in @shared/highlight-order): from the highlight
 * being visited (by id), or else from a caret at an article-text offset (the first highlight
 * starting at or after it, or the last starting before it). Null past either end.
 */
export function stepHighlight(
  ordered: readonly Annotation[],
  from: { id: string } | { offset: number },
  step: 1 | -1
): Annotation | null {
  if ('id' in from) {
    const at = ordered.findIndex((a) => a.id === from.id)
    if (at >= 0) return ordered[at + step] ?? null
    return null
  }
  if (step === 1) return ordered.find((a) => startOf(a) >= from.offset) ?? null
  return ordered.findLast((a) => startOf(a) < from.offset) ?? null
}

/**
 * One box per line from a range's client rects: a highlight crossing term or find markup has
 * several rects on a line, which are joined so its ring is drawn once per line. Empty rects (line
 * breaks) are dropped.
 */
export function lineBoxes(rects: readonly Box[]): Box[] {
  const lines: Box[] = []
  for (const rect of rects) {
    if (rect.width <= 0 || rect.height <= 0) continue
    const middle = rect.top + rect.height / 2
    const line = lines.find((l) => middle > l.top && middle < l.top + l.height)
    if (!line) {
      lines.push({ ...rect })
      continue
    }
    const right = Math.max(line.left + line.width, rect.left + rect.width)
    const bottom = Math.max(line.top + line.height, rect.top + rect.height)
    line.left = Math.min(line.left, rect.left)
    line.top = Math.min(line.top, rect.top)
    line.width = right - line.left
    line.height = bottom - line.top
  }
  return lines
}

/** How a highlight's quote starts, cut at a word's end near `length` characters (with "…" when cut). */
export function quoteStart(annotation: Annotation, length = 60): string {
  const quote = annotation.target.selector[0].exact.replace(/\s+/g, ' ').trim()
  const cut = quote.slice(0, length)
  // Cut at a word's end where there is one not too far back, so no word is left half-said.
  const space = cut.lastIndexOf(' ')
  return quote.length > length ? `${space > length / 2 ? cut.slice(0, space) : cut}…` : quote
}

/**
 * How a highlight is named to a screen reader: its colour's name, whether it has a note, its tags,
 * and how its quote starts ("Key point highlight, with a note, tagged #war: “European leaders…”").
 */
export function highlightLabel(annotation: Annotation, colorNames: ColorNames, length = 60): string {
  const note = annotation.note.trim() === '' ? '' : ', with a note'
  const tags = annotation.tags.length === 0 ? '' : `, tagged ${annotation.tags.map((t) => `#${t}`).join(' ')}`
  return `${colorNames[annotation.color]} highlight${note}${tags}: “${quoteStart(annotation, length)}”`
}
