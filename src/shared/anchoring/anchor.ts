import { matchQuote } from './match-quote'

/** W3C TextQuoteSelector: the quoted text and a little of what comes before and after it. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector'
  exact: string
  prefix: string
  suffix: string
}

/** W3C TextPositionSelector: [start, end) offsets in the article text. */
export interface TextPositionSelector {
  type: 'TextPositionSelector'
  start: number
  end: number
}

export type Selectors = [TextQuoteSelector, TextPositionSelector]

/** How much context is kept either side of a quote: enough to tell repeats apart. */
export const CONTEXT_LENGTH = 32

/**
 * The most of a quote that may differ for a fuzzy match to count: a third. Beyond that a "match"
 * is as likely to be some other passage, and the annotation is better kept as an orphan.
 */
export const MAX_FUZZY_DIFFERENCE = 1 / 3

/** Selectors describing [start, end) of `text`. */
export function describeRange(text: string, start: number, end: number): Selectors {
  return [
    {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
      suffix: text.slice(end, end + CONTEXT_LENGTH)
    },
    { type: 'TextPositionSelector', start, end }
  ]
}

/** Where an annotation lands in a text, and which step placed it. */
export interface Anchor {
  start: number
  end: number
  by: 'position' | 'quote' | 'fuzzy'
}

/**
 * Place selectors in `text`: by position when the quote is still there, else by the exact quote
 * (prefix, suffix and old position choosing between repeats), else by a fuzzy match of the quote
 * differing in at most a third of its characters. Null when none of these finds it.
 */
export function anchor(
  text: string,
  [quote, position]: readonly [TextQuoteSelector, TextPositionSelector]
): Anchor | null {
  if (text.slice(position.start, position.end) === quote.exact) {
    return { start: position.start, end: position.end, by: 'position' }
  }
  const match = matchQuote(text, quote.exact, {
    prefix: quote.prefix,
    suffix: quote.suffix,
    hint: position.start,
    maxErrors: Math.min(256, Math.floor(quote.exact.length * MAX_FUZZY_DIFFERENCE))
  })
  if (match === null) return null
  return { start: match.start, end: match.end, by: match.errors === 0 ? 'quote' : 'fuzzy' }
}
