import type { CaretCommand } from './reading-keys'

/**
 * Carrying out the reader's caret commands on the page. The caret is the page selection collapsed
 * to a point; a browser draws no caret in text that is not editable, so the character after it is
 * marked with a CSS highlight (like a block cursor) while the caret is being moved by keyboard.
 */

const CARET = 'reading-caret'

/** The article block (heading or paragraph) holding `node`, within `host`. */
export function blockOf(node: Node | null, host: HTMLElement): HTMLElement | null {
  const element = node instanceof Element ? node : (node?.parentElement ?? null)
  const block = element?.closest<HTMLElement>('[data-block-id]') ?? null
  return block && host.contains(block) ? block : null
}

/** The character just after the caret at (node, offset) in `block` (the last one at the block's end). */
function characterAt(block: HTMLElement, node: Node, offset: number): StaticRange | null {
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT)
  const texts: Text[] = []
  for (let next = walker.nextNode(); next; next = walker.nextNode()) texts.push(next as Text)
  const at = document.createRange()
  at.setStart(node, offset)
  const after = texts.find((text) => text.data.length > 0 && at.comparePoint(text, text.data.length) > 0)
  if (after) {
    const start = after === node ? offset : 0
    const char = start < after.data.length ? start : after.data.length - 1
    return new StaticRange({
      startContainer: after,
      startOffset: char,
      endContainer: after,
      endOffset: char + 1
    })
  }
  const last = texts.findLast((text) => text.data.length > 0)
  return last
    ? new StaticRange({
        startContainer: last,
        startOffset: last.data.length - 1,
        endContainer: last,
        endOffset: last.data.length
      })
    : null
}

/** Mark where the caret is, or unmark it (null). */
export function markCaret(block: HTMLElement | null): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return
  const selection = getSelection()
  const point = selection?.focusNode
  const char =
    block && point && selection.isCollapsed ? characterAt(block, point, selection.focusOffset) : null
  if (char) CSS.highlights.set(CARET, new Highlight(char))
  else CSS.highlights.delete(CARET)
}

/** Bring the selection's moving end into view, as typing in a field does. */
function revealFocusPoint(selection: Selection): void {
  const node = selection.focusNode
  if (!node) return
  const point = document.createRange()
  point.setStart(node, selection.focusOffset)
  const box = point.getBoundingClientRect()
  const top = parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0
  if (box.height > 0 && (box.top < top || box.bottom > innerHeight)) {
    scrollBy({ top: box.top < top ? box.top - top - 8 : box.bottom - innerHeight + 8, behavior: 'instant' })
  }
}

/**
 * Carry out `command` from `block`, the focused one in `host`; answers the block that should hold
 * focus afterwards (where the caret went), or null when nothing moved.
 */
export function runCaretCommand(
  host: HTMLElement,
  block: HTMLElement,
  command: CaretCommand
): HTMLElement | null {
  const selection = getSelection()
  if (!selection) return null
  if (command.kind === 'block') {
    const blocks = [...host.querySelectorAll<HTMLElement>('[data-block-id]')]
    const next = blocks[blocks.indexOf(block) + command.step]
    if (!next) return null
    selection.collapse(next, 0)
    return next
  }
  // Start from the focused block unless the selection is already in the article.
  if (selection.rangeCount === 0 || !blockOf(selection.focusNode, host)) selection.collapse(block, 0)
  if (command.kind === 'move' && !selection.isCollapsed) {
    if (command.direction === 'forward') selection.collapseToEnd()
    else selection.collapseToStart()
  } else {
    selection.modify(command.kind, command.direction, command.granularity)
  }
  revealFocusPoint(selection)
  return blockOf(selection.focusNode, host)
}
