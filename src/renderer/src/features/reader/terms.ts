import type { Term } from '@shared/schemas'
import type { Block } from './blocks'

/** Where one standard-terms phrase sits in a block's text: [start, end) and its index in `terms`. */
export interface TermRange {
  start: number
  end: number
  term: number
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

/**
 * The standard-terms phrases in one block, in text order and never overlapping. Where candidates
 * overlap the longest wins, then the earliest, so "an internet assembly" beats "assembly". The text
 * itself is only read, never changed.
 */
export function findTermRanges(text: string, blockId: string, terms: readonly Term[]): TermRange[] {
  const candidates: TermRange[] = []
  terms.forEach((term, index) => {
    if (!termAppliesTo(term, blockId)) return
    for (const match of text.matchAll(termPattern(term.phrase))) {
      candidates.push({ start: match.index, end: match.index + match[0].length, term: index })
    }
  })
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || a.term - b.term)
  const chosen: TermRange[] = []
  for (const candidate of candidates) {
    if (chosen.every((kept) => candidate.end <= kept.start || candidate.start >= kept.end)) {
      chosen.push(candidate)
    }
  }
  return chosen.sort((a, b) => a.start - b.start)
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
