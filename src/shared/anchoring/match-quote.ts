import approxSearch from 'approx-string-match'

/** Where a quote was found in a text, and how well it matched (1 = quote and context exact). */
export interface QuoteMatch {
  start: number
  end: number
  score: number
  /** Edits between the quote and the matched text. */
  errors: number
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
  if (exact.length > 0) return exact
  return approxSearch(text, pattern, maxErrors)
}

/** How closely `text` matches `pattern`, 0 to 1 (1 − edit distance / length). */
function similarity(text: string, pattern: string): number {
  if (pattern.length === 0 || text.length === 0) return 0
  const best = search(text, pattern, pattern.length)[0]
  return best ? 1 - best.errors / pattern.length : 0
}

// Weights as in hypothesis/client's match-quote.ts: the quote matters most, its context next, and
// the expected position only breaks ties.
const QUOTE_WEIGHT = 50
const PREFIX_WEIGHT = 20
const SUFFIX_WEIGHT = 20
const POSITION_WEIGHT = 2
const MAX_SCORE = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT

/**
 * Find the best match for `quote` in `text`, allowing up to `context.maxErrors` edits, and
 * preferring the match whose surroundings agree with `context`. Null when the quote cannot be found
 * within that many edits.
 */
export function matchQuote(text: string, quote: string, context: QuoteContext = {}): QuoteMatch | null {
  if (quote.length === 0) return null
  const maxErrors = context.maxErrors ?? Math.min(256, Math.floor(quote.length / 2))
  const matches = search(text, quote, maxErrors)
  let best: QuoteMatch | null = null
  for (const match of matches) {
    const prefixScore = context.prefix
      ? similarity(text.slice(Math.max(0, match.start - context.prefix.length), match.start), context.prefix)
      : 1
    const suffixScore = context.suffix
      ? similarity(text.slice(match.end, match.end + context.suffix.length), context.suffix)
      : 1
    const positionScore =
      context.hint === undefined ? 1 : 1 - Math.abs(match.start - context.hint) / Math.max(1, text.length)
    const score =
      (QUOTE_WEIGHT * (1 - match.errors / quote.length) +
        PREFIX_WEIGHT * prefixScore +
        SUFFIX_WEIGHT * suffixScore +
        POSITION_WEIGHT * positionScore) /
      MAX_SCORE
    if (best === null || score > best.score)
      best = { start: match.start, end: match.end, score, errors: match.errors }
  }
  return best
}
