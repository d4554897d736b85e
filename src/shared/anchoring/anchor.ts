import { contextAgreement, matchQuote } from './match-quote'

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

/**
 * Quotes shorter than this are placed only where they occur exactly: a few changed letters turn a
 * short quote into other words ("have a lo" into "have no"), so a near miss is not the passage.
 */
export const MIN_FUZZY_QUOTE = 24

/**
 * An exact quote at least this long is specific enough to stand on its own: found once, it is the
 * passage even when the text on both sides of it changed.
 */
export const SELF_EVIDENT_QUOTE = 48

/**
 * How closely the text around a match must read like the stored prefix and suffix (0 to 1, their
 * mean) for a shorter quote, or any fuzzy one, to be placed there. One side unchanged and the other
 * rewritten scores about 0.7; a short phrase that recurs in an unrelated paragraph about 0.4.
 */
export const MIN_CONTEXT_AGREEMENT = 0.6

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
 * Place selectors in `text`, or answer null rather than guess. In order: at the stored position, when
 * the quote and its context are still there; at an exact occurrence of the quote, the one whose
 * prefix, suffix and position agree best, if that context agrees well enough (or the quote is long
 * enough to be unmistakable and occurs once); at a fuzzy match differing in at most a third of the
 * quote, only for quotes of MIN_FUZZY_QUOTE characters or more, and only where the context agrees.
 */
export function anchor(
  text: string,
  [quote, position]: readonly [TextQuoteSelector, TextPositionSelector]
): Anchor | null {
  const context = { prefix: quote.prefix, suffix: quote.suffix }
  if (
    text.slice(position.start, position.end) === quote.exact &&
    contextAgreement(text, position.start, position.end, context) >= MIN_CONTEXT_AGREEMENT
  ) {
    return { start: position.start, end: position.end, by: 'position' }
  }
  const fuzzy = quote.exact.length >= MIN_FUZZY_QUOTE
  const match = matchQuote(text, quote.exact, {
    ...context,
    hint: position.start,
    maxErrors: fuzzy ? Math.min(256, Math.floor(quote.exact.length * MAX_FUZZY_DIFFERENCE)) : 0
  })
  if (match === null) return null
  const unmistakable =
    match.errors === 0 &&
    quote.exact.length >= SELF_EVIDENT_QUOTE &&
    text.indexOf(quote.exact, text.indexOf(quote.exact) + 1) === -1
  if (!unmistakable && match.context < MIN_CONTEXT_AGREEMENT) return null
  if (match.errors === 0) return { start: match.start, end: match.end, by: 'quote' }
  return { ...snapToContext(text, match, quote), by: 'fuzzy' }
}

/** How far a fuzzy match's ends may move to meet its context, and how much context must meet them. */
const SNAP_REACH = 8

/**
 * A fuzzy match's ends moved to where its prefix ends and its suffix begins, when those are within
 * SNAP_REACH characters. The edit search reports the fewest edits, which can leave a changed word
 * cut short ("inching forwar"); the unchanged context says where the passage really stops.
 */
function snapToContext(
  text: string,
  match: { start: number; end: number },
  { prefix, suffix }: TextQuoteSelector
): { start: number; end: number } {
  const nearest = (from: number, fits: (at: number) => boolean): number => {
    for (let d = 0; d <= SNAP_REACH; d += 1) {
      if (fits(from - d)) return from - d
      if (fits(from + d)) return from + d
    }
    return from
  }
  const head = prefix.slice(-SNAP_REACH)
  const tail = suffix.slice(0, SNAP_REACH)
  const start =
    head === ''
      ? match.start
      : nearest(match.start, (at) => at >= head.length && text.slice(at - head.length, at) === head)
  const end = tail === '' ? match.end : nearest(match.end, (at) => text.startsWith(tail, at))
  return end > start ? { start, end } : match
}
