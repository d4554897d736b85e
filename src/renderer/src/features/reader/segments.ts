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

/** Consecutive runs inside one marked quote (`quote` set, its term's index) or outside any. */
export interface Stretch {
  start: number
  quote: number | null
  runs: Run[]
}

/** A find match inside this block: [start, end) and its index among all matches in the article. */
export interface MatchRange {
  start: number
  end: number
  index: number
}

/**
 * Cut a block's text for rendering: marked quotes become stretches, term phrases runs inside them
 * (or outside any quote), and find matches pieces inside the runs, split where a match crosses a
 * term's edge. Joining every piece's text gives back `text` exactly, so the article is shown as written.
 */
export function segmentText(
  text: string,
  terms: readonly TermRange[],
  matches: readonly MatchRange[]
): Stretch[] {
  const cuts = new Set([0, text.length])
  for (const range of [...terms, ...matches]) {
    cuts.add(Math.max(0, Math.min(text.length, range.start)))
    cuts.add(Math.max(0, Math.min(text.length, range.end)))
  }
  const points = [...cuts].sort((a, b) => a - b)
  const quotes = terms.filter((t) => t.quote)
  const phrases = terms.filter((t) => !t.quote)
  const stretches: Stretch[] = []
  let openStretch: { stretch: Stretch; range: TermRange | null } | null = null
  let openRun: { run: Run; range: TermRange | null } | null = null
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i] as number
    const end = points[i + 1] as number
    const within = (r: { start: number; end: number }): boolean => r.start <= start && end <= r.end
    const quote = quotes.find(within) ?? null
    const range = phrases.find(within) ?? null
    const match = matches.find(within)?.index ?? null
    const piece: Piece = { text: text.slice(start, end), start, match }
    if (!openStretch || openStretch.range !== quote) {
      openStretch = { stretch: { start, quote: quote?.term ?? null, runs: [] }, range: quote }
      stretches.push(openStretch.stretch)
      openRun = null
    }
    const last: Piece | undefined = openRun?.run.pieces.at(-1)
    if (openRun && openRun.range === range) {
      if (last && last.match === null && match === null) last.text += piece.text
      else openRun.run.pieces.push(piece)
    } else {
      openRun = { run: { start, term: range?.term ?? null, pieces: [piece] }, range }
      openStretch.stretch.runs.push(openRun.run)
    }
  }
  return stretches
}

/** Every block's stretches, keyed by block id: its terms (when shown) and its find matches. */
export function segmentBlocks(
  blocks: readonly { id: string; text: string }[],
  terms: ReadonlyMap<string, TermRange[]> | null,
  matches: ReadonlyMap<string, MatchRange[]>
): Map<string, Stretch[]> {
  return new Map(
    blocks.map((block) => [
      block.id,
      segmentText(block.text, terms?.get(block.id) ?? [], matches.get(block.id) ?? [])
    ])
  )
}
