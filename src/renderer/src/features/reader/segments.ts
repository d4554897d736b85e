import type { TermRange } from './terms'

/** A stretch of a block's text, and the find match it belongs to, if any (its global index). */
export interface Piece {
  text: string
  start: number
  match: number | null
}

/** Consecutive pieces inside one standard-terms phrase (`term` set) or outside any (`term` null). */
export interface Run {
  start: number
  term: number | null
  pieces: Piece[]
}

/** A find match inside this block: [start, end) and its index among all matches in the article. */
export interface MatchRange {
  start: number
  end: number
  index: number
}

/**
 * Cut a block's text into runs for rendering: term phrases become their own runs, and find
 * matches become pieces inside them, split where a match crosses a term's edge. Joining every
 * piece's text gives back `text` exactly, so the article is shown as written.
 */
export function segmentText(
  text: string,
  terms: readonly TermRange[],
  matches: readonly MatchRange[]
): Run[] {
  const cuts = new Set([0, text.length])
  for (const range of [...terms, ...matches]) {
    cuts.add(Math.max(0, Math.min(text.length, range.start)))
    cuts.add(Math.max(0, Math.min(text.length, range.end)))
  }
  const points = [...cuts].sort((a, b) => a - b)
  const runs: Run[] = []
  let open: { run: Run; range: TermRange | null } | null = null
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i] as number
    const end = points[i + 1] as number
    const range = terms.find((t) => t.start <= start && end <= t.end) ?? null
    const match = matches.find((m) => m.start <= start && end <= m.end)?.index ?? null
    const piece: Piece = { text: text.slice(start, end), start, match }
    const last: Piece | undefined = open?.run.pieces.at(-1)
    if (open && open.range === range) {
      if (last && last.match === null && match === null) last.text += piece.text
      else open.run.pieces.push(piece)
    } else {
      open = { run: { start, term: range?.term ?? null, pieces: [piece] }, range }
      runs.push(open.run)
    }
  }
  return runs
}

/** Every block's runs, keyed by block id: its terms (when shown) and its find matches. */
export function segmentBlocks(
  blocks: readonly { id: string; text: string }[],
  terms: ReadonlyMap<string, TermRange[]> | null,
  matches: ReadonlyMap<string, MatchRange[]>
): Map<string, Run[]> {
  return new Map(
    blocks.map((block) => [
      block.id,
      segmentText(block.text, terms?.get(block.id) ?? [], matches.get(block.id) ?? [])
    ])
  )
}
