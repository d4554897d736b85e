import type { NameRange } from './names'
import type { TermRange } from './terms'

/** A stretch of a block's text, and the find match it belongs to, if any (its global index). */
export interface Piece {
  kind: 'text'
  text: string
  start: number
  match: number | null
}

/**
 * A marked stretch [start, end): a standard term (`term`, a whole quote when `quote`), an X-Ray
 * name (`name`, the entry's id), or both when a name is itself the paraphrased phrase ("Oval
 * Workplace"). It holds the pieces and the marks nested inside it.
 */
export interface Mark {
  kind: 'mark'
  start: number
  end: number
  term: number | null
  quote: boolean
  name: string | null
  children: Segment[]
}

export type Segment = Piece | Mark

/** A find match inside this block: [start, end) and its index among all matches in the article. */
export interface MatchRange {
  start: number
  end: number
  index: number
}

/** What may be marked in a block's text. */
export interface Marking {
  terms?: readonly TermRange[]
  names?: readonly NameRange[]
  matches?: readonly MatchRange[]
}

/** A mark's key among all the article's marks: `<block id>:<start>-<end>`, a quote's with a `q`. */
export function markKey(blockId: string, mark: Pick<Mark, 'start' | 'end' | 'quote'>): string {
  return `${blockId}:${mark.quote ? 'q' : ''}${mark.start}-${mark.end}`
}

type Flat = Omit<Mark, 'children'>

const crosses = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start < b.end &&
  b.start < a.end &&
  !(a.start <= b.start && b.end <= a.end) &&
  !(b.start <= a.start && a.end <= b.end)

/**
 * The marks to draw, each wholly inside or wholly apart from every other (elements must nest).
 * Quotes are placed first, then terms, then names, and one that would cross the edge of a mark
 * already placed is left out; a name on exactly a term's words joins that term's mark, so the
 * words keep one tab stop and one popover.
 */
function nestedMarks(text: string, terms: readonly TermRange[], names: readonly NameRange[]): Flat[] {
  const kept: Flat[] = []
  const inText = (r: { start: number; end: number }): boolean =>
    r.start >= 0 && r.end <= text.length && r.start < r.end
  const place = (mark: Flat): void => {
    if (inText(mark) && !kept.some((k) => crosses(k, mark))) kept.push(mark)
  }
  const quotes = terms.filter((t) => t.quote)
  const phrases = terms.filter((t) => !t.quote)
  for (const t of [...quotes, ...phrases]) {
    place({ kind: 'mark', start: t.start, end: t.end, term: t.term, quote: t.quote === true, name: null })
  }
  const longestFirst = [...names].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)
  for (const n of longestFirst) {
    const same = kept.find((k) => !k.quote && k.start === n.start && k.end === n.end)
    if (same) {
      same.name ??= n.entry
      continue
    }
    place({ kind: 'mark', start: n.start, end: n.end, term: null, quote: false, name: n.entry })
  }
  // Outer marks first: the earlier start, then the longer, and at the same words a quote outside.
  return kept.sort((a, b) => a.start - b.start || b.end - a.end || Number(b.quote) - Number(a.quote))
}

/** The text [from, to) as pieces, cut where a find match starts or ends. */
function pieces(text: string, from: number, to: number, matches: readonly MatchRange[]): Piece[] {
  const cuts = new Set([from, to])
  for (const m of matches) {
    if (m.start > from && m.start < to) cuts.add(m.start)
    if (m.end > from && m.end < to) cuts.add(m.end)
  }
  const points = [...cuts].sort((a, b) => a - b)
  const list: Piece[] = []
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i] as number
    const end = points[i + 1] as number
    const match = matches.find((m) => m.start <= start && end <= m.end)?.index ?? null
    list.push({ kind: 'text', text: text.slice(start, end), start, match })
  }
  return list
}

/**
 * Cut a block's text for rendering into a tree: marks (quotes, terms, names) nested as they
 * contain one another, and find matches as pieces inside them, split where a match crosses a
 * mark's edge. Joining every piece's text in order gives back `text` exactly, so the article is
 * shown as written.
 */
export function segmentText(text: string, { terms = [], names = [], matches = [] }: Marking): Segment[] {
  const root: Segment[] = []
  const open: Mark[] = []
  let at = 0
  const fill = (to: number): void => {
    if (to > at) (open.at(-1)?.children ?? root).push(...pieces(text, at, to, matches))
    at = Math.max(at, to)
  }
  const close = (): void => {
    fill((open.at(-1) as Mark).end)
    open.pop()
  }
  for (const flat of nestedMarks(text, terms, names)) {
    while (open.length > 0 && (open.at(-1) as Mark).end <= flat.start) close()
    fill(flat.start)
    const mark: Mark = { ...flat, children: [] }
    ;(open.at(-1)?.children ?? root).push(mark)
    open.push(mark)
  }
  while (open.length > 0) close()
  fill(text.length)
  return root
}

/** Every block's segments, keyed by block id: its terms and names (each when shown) and find matches. */
export function segmentBlocks(
  blocks: readonly { id: string; text: string }[],
  marking: {
    terms: ReadonlyMap<string, TermRange[]> | null
    names: ReadonlyMap<string, NameRange[]> | null
    matches: ReadonlyMap<string, MatchRange[]>
  }
): Map<string, Segment[]> {
  return new Map(
    blocks.map((block) => [
      block.id,
      segmentText(block.text, {
        terms: marking.terms?.get(block.id),
        names: marking.names?.get(block.id),
        matches: marking.matches.get(block.id)
      })
    ])
  )
}
