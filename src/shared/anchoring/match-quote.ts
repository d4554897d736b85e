import approxSearch from 'approx-string-match'

/** Where a quote was found in a text, and how well it matched. */
export interface QuoteMatch {
  start: number
  end: number
  /** 0 to 1: how well the quote, its context and its position agree (1 = all exact). */
  score: number
  /** Edits between the quote and the matched text. */
  errors: number
  /**
   * 0 to 1: how closely the text around the match reads like the quote's prefix and suffix (1 when
   * the quote was stored with neither, so there is nothing to disagree with).
   */
  context: number
}

/** What helps choose between several places a quote could be. */
export interface QuoteContext {
  prefix?: string
  suffix?: string
  /** Where the quote is expected to start. */
  hint?: number
  /** The most edits a match may have; by default half the quote, at most 256. */
  maxErrors?: number
}

interface RawMatch {
  start: number
  end: number
  errors: number
}

/** Every exact occurrence of `pattern`, or failing that, the best approximate ones. */
function search(text: string, pattern: string, maxErrors: number): RawMatch[] {
  const exact: RawMatch[] = []
  for (let at = text.indexOf(pattern); at !== -1; at = text.indexOf(pattern, at + 1)) {
    exact.push({ start: at, end: at + pattern.length, errors: 0 })
  }
  if (exact.length > 0 || maxErrors < 1) return exact
  return approxSearch(text, pattern, maxErrors)
}

/** How closely `text` matches `pattern`, 0 to 1 (1 − edit distance / length). */
export function similarity(text: string, pattern: string): number {
  if (pattern.length === 0 || text.length === 0) return 0
  if (text === pattern) return 1
  const best = search(text, pattern, pattern.length)[0]
  return best ? 1 - best.errors / pattern.length : 0
}

/** How closely the text just before and just after [start, end) reads like `prefix` and `suffix`. */
function sideScores(
  text: string,
  start: number,
  end: number,
  { prefix = '', suffix = '' }: Pick<QuoteContext, 'prefix' | 'suffix'>
): { prefix: number | null; suffix: number | null } {
  return {
    prefix: prefix === '' ? null : similarity(text.slice(Math.max(0, start - prefix.length), start), prefix),
    suffix: suffix === '' ? null : similarity(text.slice(end, end + suffix.length), suffix)
  }
}

/** The mean of the side scores a quote was stored with; 1 when it has neither. */
function agreement(sides: { prefix: number | null; suffix: number | null }): number {
  const scores = [sides.prefix, sides.suffix].filter((s): s is number => s !== null)
  return scores.length === 0 ? 1 : scores.reduce((sum, s) => sum + s, 0) / scores.length
}

/**
 * How closely the text either side of [start, end) reads like `prefix` and `suffix`, 0 to 1: the
 * mean over the sides the quote was stored with (1 when it has neither: nothing disagrees).
 */
export function contextAgreement(
  text: string,
  start: number,
  end: number,
  context: Pick<QuoteContext, 'prefix' | 'suffix'>
): number {
  return agreement(sideScores(text, start, end, context))
}

// The weights hypothesis/client's matcher gives each signal: the quote matters most, its context
// next, and the expected position only breaks ties.
const QUOTE_WEIGHT = 50
const PREFIX_WEIGHT = 20
const SUFFIX_WEIGHT = 20
const POSITION_WEIGHT = 2
const MAX_SCORE = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT

/**
 * Find the best match for `quote` in `text`, allowing up to `context.maxErrors` edits, ranking the
 * candidates by quote, prefix, suffix and position together. Null when the quote cannot be found
 * within that many edits. Whether the best is good enough to use is the caller's decision (see
 * anchor.ts): this only ranks.
 */
export function matchQuote(text: string, quote: string, context: QuoteContext = {}): QuoteMatch | null {
  if (quote.length === 0) return null
  const maxErrors = context.maxErrors ?? Math.min(256, Math.floor(quote.length / 2))
  let best: QuoteMatch | null = null
  for (const match of search(text, quote, maxErrors)) {
    const sides = sideScores(text, match.start, match.end, context)
    const positionScore =
      context.hint === undefined ? 1 : 1 - Math.abs(match.start - context.hint) / Math.max(1, text.length)
    const score =
      (QUOTE_WEIGHT * (1 - match.errors / quote.length) +
        PREFIX_WEIGHT * (sides.prefix ?? 1) +
        SUFFIX_WEIGHT * (sides.suffix ?? 1) +
        POSITION_WEIGHT * positionScore) /
      MAX_SCORE
    if (best === null || score > best.score)
      best = { start: match.start, end: match.end, score, errors: match.errors, context: agreement(sides) }
  }
  return best
}
