import type { Term } from '@shared/schemas'
import type { Block } from './blocks'
import {
  findMatches,
  firstMatchFrom,
  matchCountLabel,
  matchesByBlock,
  stepMatch,
  type TextPoint
} from './find'

/** Find in the article: the bar's visibility, the query, its matches and which one is current. */
export class FindState {
  open = $state(false)
  query = $state('')
  current = $state(-1)
  readonly #blocks: () => readonly Block[]
  readonly #blockIndex: () => ReadonlyMap<string, number>
  readonly #topBlock: () => number
  readonly #terms: () => readonly Term[]

  /** Matches exist only while the bar is open: closing it clears every mark. */
  matches = $derived.by(() => (this.open ? findMatches(this.#blocks(), this.query, this.#terms()) : []))
  byBlock = $derived(matchesByBlock(this.matches))
  label = $derived(matchCountLabel(this.query, this.current, this.matches.length))

  /**
   * @param blocks the article's text blocks, in reading order
   * @param blockIndex each block's position in reading order
   * @param topBlock the index of the block at the top of the reader, where a new search starts
   * @param terms the standard terms, so a query in standard wording finds the paraphrase
   */
  constructor(
    blocks: () => readonly Block[],
    blockIndex: () => ReadonlyMap<string, number>,
    topBlock: () => number,
    terms: () => readonly Term[] = () => []
  ) {
    this.#blocks = blocks
    this.#blockIndex = blockIndex
    this.#topBlock = topBlock
    this.#terms = terms
  }

  /** Open the bar, keeping the last query (and going to its first match from here). */
  show(): void {
    this.open = true
    this.#goFrom(this.#top())
  }

  /** Close the bar and clear the marks. */
  close(): void {
    this.open = false
    this.current = -1
  }

  /** Search for `query`, from the current match while there is one, else from the top of the reader. */
  search(query: string): void {
    const match = this.matches[this.current]
    const from = match
      ? { block: this.#blockIndex().get(match.blockId) ?? 0, offset: match.start }
      : this.#top()
    this.query = query
    this.#goFrom(from)
  }

  next(): void {
    this.current = stepMatch(this.current, this.matches.length, 1)
  }

  previous(): void {
    this.current = stepMatch(this.current, this.matches.length, -1)
  }

  #top(): TextPoint {
    return { block: this.#topBlock(), offset: 0 }
  }

  #goFrom(from: TextPoint): void {
    this.current = firstMatchFrom(this.matches, this.#blockIndex(), from)
  }
}
