import type { Block } from './blocks'
import { findMatches, firstMatchFrom, matchCountLabel, matchesByBlock, stepMatch } from './find'

/** Find in the article: the bar's visibility, the query, its matches and which one is current. */
export class FindState {
  open = $state(false)
  query = $state('')
  current = $state(-1)
  readonly #blocks: () => readonly Block[]
  readonly #blockIndex: () => ReadonlyMap<string, number>
  readonly #topBlock: () => number

  /** Matches exist only while the bar is open: closing it clears every mark. */
  matches = $derived.by(() => (this.open ? findMatches(this.#blocks(), this.query) : []))
  byBlock = $derived(matchesByBlock(this.matches))
  label = $derived(matchCountLabel(this.query, this.current, this.matches.length))

  /**
   * @param blocks the article's text blocks, in reading order
   * @param blockIndex each block's position in reading order
   * @param topBlock the index of the block at the top of the reader, where a new search starts
   */
  constructor(
    blocks: () => readonly Block[],
    blockIndex: () => ReadonlyMap<string, number>,
    topBlock: () => number
  ) {
    this.#blocks = blocks
    this.#blockIndex = blockIndex
    this.#topBlock = topBlock
  }

  /** Open the bar, keeping the last query (and going to its first match from here). */
  show(): void {
    this.open = true
    this.#restart()
  }

  /** Close the bar and clear the marks. */
  close(): void {
    this.open = false
    this.current = -1
  }

  /** Search for `query`, starting from the top of the reader. */
  search(query: string): void {
    this.query = query
    this.#restart()
  }

  next(): void {
    this.current = stepMatch(this.current, this.matches.length, 1)
  }

  previous(): void {
    this.current = stepMatch(this.current, this.matches.length, -1)
  }

  #restart(): void {
    this.current = firstMatchFrom(this.matches, this.#blockIndex(), this.#topBlock())
  }
}
