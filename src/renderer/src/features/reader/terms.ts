import type { Term } from '@shared/schemas'
import type { Block } from './blocks'

/** Where one standard-terms phrase sits in a block's text: [start, end) and its index in `terms`. */
export interface TermRange {
  start: number
  end: number
  term: number
  /** Set on a whole quoted passage, which may hold other ranges inside it. */
  quote?: true
}

const WORD = String.raw`[\p{L}\p{N}_]`

/** Escape `text` for use inside a regular expression compiled with the `u` flag. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * A pattern that finds `phrase` as whole words, ignoring case. Runs of spaces in the phrase match
 * any run of white space, so a term still matches if the article's spacing differs.
 */
export function termPattern(phrase: string): RegExp {
  const body = phrase
    .trim()
    .split(/\s+/)
    .map(escapeRegExp)
    .join(String.raw`\s+`)
  return new RegExp(`(?<!${WORD})${body}(?!${WORD})`, 'giu')
}

/** True when a term applies to the block with id `blockId` (a term without `in` applies everywhere). */
export function termAppliesTo(term: Term, blockId: string): boolean {
  return term.in === undefined || term.in.includes(blockId)
}

/** Keep the candidates that overlap none kept before them: the longest first, then the earliest. */
function longestFirst(candidates: TermRange[]): TermRange[] {
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || a.term - b.term)
  const chosen: TermRange[] = []
  for (const candidate of candidates) {
    if (chosen.every((kept) => candidate.end <= kept.start || candidate.start >= kept.end)) {
      chosen.push(candidate)
    }
  }
  return chosen
}

/**
 * The standard-terms phrases in one block, in text order. Where candidates overlap the longest
 * wins, then the earliest, so "an internet assembly" beats "assembly". A quote term marks a whole
 * quoted passage and the other terms nest inside it; a term that would cross a quote's edge is left
 * out. At one start a quote comes before the terms inside it. The text itself is only read.
 */
export function findTermRanges(text: string, blockId: string, terms: readonly Term[]): TermRange[] {
  const quotes: TermRange[] = []
  const phrases: TermRange[] = []
  terms.forEach((term, index) => {
    if (!termAppliesTo(term, blockId)) return
    for (const match of text.matchAll(termPattern(term.phrase))) {
      const range = { start: match.index, end: match.index + match[0].length, term: index }
      if (term.quote) quotes.push({ ...range, quote: true })
      else phrases.push(range)
    }
  })
  const keptQuotes = longestFirst(quotes)
  const inside = (range: TermRange, quote: TermRange): boolean =>
    range.start >= quote.start && range.end <= quote.end
  const apart = (range: TermRange, quote: TermRange): boolean =>
    range.end <= quote.start || range.start >= quote.end
  const keptPhrases = longestFirst(
    phrases.filter((range) => keptQuotes.every((quote) => inside(range, quote) || apart(range, quote)))
  )
  return [...keptQuotes, ...keptPhrases].sort((a, b) => a.start - b.start || b.end - a.end)
}

/**
 * The standard wording as it should read at one occurrence: its first letter takes the case of the
 * occurrence's, so "however" mid-sentence reads "but", not "But".
 */
export function standardAt(standard: string, occurrence: string): string {
  const first = occurrence.charAt(0)
  const head = standard.charAt(0)
  if (first.toLowerCase() === first.toUpperCase() || head.toLowerCase() === head.toUpperCase()) {
    return standard
  }
  const cased = first === first.toLowerCase() ? head.toLowerCase() : head.toUpperCase()
  return cased + standard.slice(1)
}

/** The term ranges of every block, keyed by block id (blocks without terms are left out). */
export function termRangesByBlock(
  blocks: readonly Block[],
  terms: readonly Term[]
): Map<string, TermRange[]> {
  const byBlock = new Map<string, TermRange[]>()
  for (const block of blocks) {
    const ranges = findTermRanges(block.text, block.id, terms)
    if (ranges.length > 0) byBlock.set(block.id, ranges)
  }
  return byBlock
}
