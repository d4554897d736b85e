import type { Term } from '@shared/schemas'
import type { Block } from './blocks'
import { escapeRegExp, findTermRanges, standardAt } from './terms'

/** One match of the find query: which block, and [start, end) in its text. */
export interface FindMatch {
  blockId: string
  start: number
  end: number
}

// The article uses typographic quotes; a student types straight ones. Either finds both.
const QUOTE_CLASSES: Record<string, string> = {
  "'": "['‘’]",
  '‘': "['‘’]",
  '’': "['‘’]",
  '"': '["“”]',
  '“': '["“”]',
  '”': '["“”]'
}

/**
 * A case-insensitive pattern for what the user typed, or null when there is nothing to look for.
 * Quotes match their straight and curly forms alike, and a run of spaces matches any white space.
 */
export function findPattern(query: string): RegExp | null {
  if (query.trim() === '') return null
  const source = query
    .split(/(\s+)/)
    .map((part) =>
      /^\s+$/.test(part)
        ? String.raw`\s+`
        : Array.from(part, (char) => QUOTE_CLASSES[char] ?? escapeRegExp(char)).join('')
    )
    .join('')
  return new RegExp(source, 'giu')
}

/** A stretch of a block read in its standard wording, and the article's characters it stands for. */
interface ReadAs {
  from: number
  to: number
  start: number
  end: number
  term: boolean
}

/** A block's text in its standard wording, with the map back to the article's own characters. */
function readAs(block: Block, terms: readonly Term[]): { text: string; parts: ReadAs[] } {
  let text = ''
  let at = 0
  const parts: ReadAs[] = []
  const add = (piece: string, start: number, end: number, term: boolean): void => {
    parts.push({ from: text.length, to: text.length + piece.length, start, end, term })
    text += piece
  }
  for (const range of findTermRanges(block.text, block.id, terms)) {
    if (range.start < at) continue
    if (range.start > at) add(block.text.slice(at, range.start), at, range.start, false)
    const occurrence = block.text.slice(range.start, range.end)
    add(standardAt((terms[range.term] as Term).standard, occurrence), range.start, range.end, true)
    at = range.end
  }
  if (at < block.text.length) add(block.text.slice(at), at, block.text.length, false)
  return { text, parts }
}

/**
 * Every match of `query` in the blocks, in reading order. With `terms`, the query is also looked
 * for in each block's standard wording, and a match there marks the paraphrase it stands for:
 * "Oval Office" finds "Oval Workplace".
 */
export function findMatches(
  blocks: readonly Block[],
  query: string,
  terms: readonly Term[] = []
): FindMatch[] {
  const pattern = findPattern(query)
  if (pattern === null) return []
  const matches: FindMatch[] = []
  for (const block of blocks) {
    const own = [...block.text.matchAll(pattern)].map((m) => ({
      blockId: block.id,
      start: m.index,
      end: m.index + m[0].length
    }))
    const standard = terms.length > 0 ? readAs(block, terms) : null
    const through: FindMatch[] = []
    if (standard && standard.parts.some((p) => p.term)) {
      const back = (offset: number, edge: 'start' | 'end'): number => {
        const part =
          standard.parts.find((p) => (edge === 'start' ? offset < p.to : offset <= p.to)) ??
          standard.parts.at(-1)
        if (!part) return 0
        if (part.term) return edge === 'start' ? part.start : part.end
        return part.start + (offset - part.from)
      }
      for (const m of standard.text.matchAll(pattern)) {
        const start = back(m.index, 'start')
        const end = back(m.index + m[0].length, 'end')
        const overlaps = (other: FindMatch): boolean => start < other.end && other.start < end
        if (end > start && !own.some(overlaps) && !through.some(overlaps)) {
          through.push({ blockId: block.id, start, end })
        }
      }
    }
    matches.push(...[...own, ...through].sort((a, b) => a.start - b.start))
  }
  return matches
}

/** The match `delta` steps from `current`, wrapping around at either end; -1 when there are none. */
export function stepMatch(current: number, count: number, delta: number): number {
  if (count === 0) return -1
  if (current < 0) return delta < 0 ? count - 1 : 0
  return (((current + delta) % count) + count) % count
}

/** "3 of 12", "No matches", or nothing while there is no query. */
export function matchCountLabel(query: string, current: number, count: number): string {
  if (query.trim() === '') return ''
  if (count === 0) return 'No matches'
  return `${Math.max(current, 0) + 1} of ${count}`
}

/** A place in the article: a block (its index in reading order) and an offset in its text. */
export interface TextPoint {
  block: number
  offset: number
}

/**
 * Where a search goes as the query changes, as a browser's find does: the first match at or after
 * `from` (the current match while refining a query, else the top of the reader), else the first.
 * Anchoring on the current match keeps the reader in place as the query grows letter by letter.
 */
export function firstMatchFrom(
  matches: readonly FindMatch[],
  blockIndex: ReadonlyMap<string, number>,
  from: TextPoint
): number {
  if (matches.length === 0) return -1
  const at = matches.findIndex((match) => {
    const block = blockIndex.get(match.blockId) ?? 0
    return block > from.block || (block === from.block && match.start >= from.offset)
  })
  return at === -1 ? 0 : at
}

/** The matches of each block, keyed by block id, each with its index among all matches. */
export function matchesByBlock(
  matches: readonly FindMatch[]
): Map<string, { start: number; end: number; index: number }[]> {
  const byBlock = new Map<string, { start: number; end: number; index: number }[]>()
  matches.forEach((match, index) => {
    const list = byBlock.get(match.blockId) ?? []
    list.push({ start: match.start, end: match.end, index })
    byBlock.set(match.blockId, list)
  })
  return byBlock
}

/** Reading order for Find: the headline (`headlineId`) comes before the first block. */
export function headlineFirst(
  order: ReadonlyMap<string, number>,
  headlineId: string
): ReadonlyMap<string, number> {
  return new Map([[headlineId, -1], ...order])
}
