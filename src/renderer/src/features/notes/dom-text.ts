import { blockAt, type TextBlock } from '@shared/anchoring/article-text'

/**
 * Between the reader's DOM and the article text annotations are anchored in. Each block element
 * ([data-block-id]) holds exactly its block's text, split over text nodes by the term and find
 * markup; an offset in the article text is a block and an offset within its text.
 */

interface NodeSpan {
  node: Text
  start: number
}

/** A block element's text nodes with where each starts in the block's text. */
export class BlockIndex {
  readonly #root: HTMLElement
  readonly #blocks: readonly TextBlock[]
  readonly #spans = new Map<string, NodeSpan[]>()

  constructor(root: HTMLElement, blocks: readonly TextBlock[]) {
    this.#root = root
    this.#blocks = blocks
  }

  #element(id: string): HTMLElement | null {
    return this.#root.querySelector<HTMLElement>(`[data-block-id="${CSS.escape(id)}"]`)
  }

  #spansOf(id: string): NodeSpan[] {
    let spans = this.#spans.get(id)
    if (spans) return spans
    spans = []
    const element = this.#element(id)
    if (element) {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT)
      let offset = 0
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        spans.push({ node: node as Text, start: offset })
        offset += (node as Text).data.length
      }
    }
    this.#spans.set(id, spans)
    return spans
  }

  /** The DOM point at article-text `offset` (an offset in a separator goes to the next block's start). */
  point(offset: number, atEnd: boolean): { node: Text; offset: number } | null {
    let block = blockAt(this.#blocks, offset)
    if (!block) return null
    // The end of a range that stops in a separator belongs at the end of the block before it.
    if (atEnd && offset < block.start) block = this.#blocks[this.#blocks.indexOf(block) - 1] ?? block
    const local = Math.max(0, Math.min(block.end - block.start, offset - block.start))
    const spans = this.#spansOf(block.id)
    let low = 0
    let high = spans.length - 1
    while (low < high) {
      const mid = (low + high + 1) >> 1
      if ((spans[mid] as NodeSpan).start <= local) low = mid
      else high = mid - 1
    }
    const span = spans[low]
    if (!span) return null
    return { node: span.node, offset: Math.min(span.node.data.length, local - span.start) }
  }

  /** A StaticRange over [start, end) of the article text, or null when it cannot be drawn. */
  range(start: number, end: number): StaticRange | null {
    const from = this.point(start, false)
    const to = this.point(end, true)
    if (!from || !to) return null
    return new StaticRange({
      startContainer: from.node,
      startOffset: from.offset,
      endContainer: to.node,
      endOffset: to.offset
    })
  }

  /** The article-text offset of a DOM point inside a block, or null when it is outside every block. */
  offsetOf(node: Node, offset: number): number | null {
    const element = (node instanceof Element ? node : node.parentElement)?.closest<HTMLElement>(
      '[data-block-id]'
    )
    const block = element ? this.#blocks.find((b) => b.id === element.dataset.blockId) : undefined
    if (!element || !block) return null
    const before = document.createRange()
    before.setStart(element, 0)
    before.setEnd(node, offset)
    return block.start + before.toString().length
  }

  /**
   * The article-text stretch a selection covers, clipped to the blocks it touches (a selection
   * starting in the title starts at the first block). Null when it touches no block.
   */
  offsetsOf(range: Range): { start: number; end: number } | null {
    const touched = this.#blocks.filter((b) => {
      const element = this.#element(b.id)
      return element !== null && range.intersectsNode(element)
    })
    const first = touched[0]
    const last = touched.at(-1)
    if (!first || !last) return null
    const start = this.offsetOf(range.startContainer, range.startOffset) ?? first.start
    const end = this.offsetOf(range.endContainer, range.endOffset) ?? last.end
    const clippedStart = Math.max(first.start, Math.min(start, first.end))
    const clippedEnd = Math.min(last.end, Math.max(end, last.start))
    return clippedEnd > clippedStart ? { start: clippedStart, end: clippedEnd } : null
  }
}
