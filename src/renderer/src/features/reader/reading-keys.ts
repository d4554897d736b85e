/**
 * Reading the article by keyboard: one tab stop for the whole article (the paragraph being read),
 * Up/Down to the next block, and a caret moved with Left/Right and extended into a selection with
 * Shift+arrows, as caret browsing (F7) does but without having to turn it on. The selection made
 * is the page's own, so everything that follows a mouse selection (the highlight toolbar) follows it.
 */

/** Selection.modify's granularities used here. */
export type Granularity = 'character' | 'word' | 'line' | 'lineboundary' | 'paragraphboundary'

/** What a key does to the reading position. */
export type CaretCommand =
  | { kind: 'block'; step: 1 | -1 }
  | { kind: 'move' | 'extend'; direction: 'forward' | 'backward'; granularity: Granularity }

/** The parts of a key event that decide its command. */
export interface KeyChord {
  key: string
  shiftKey: boolean
  ctrlKey: boolean
  altKey: boolean
  metaKey: boolean
}

/** The short help a focused block is described by, and the reader's hint shows. */
export const READING_KEYS_HINT =
  'Up and Down move between paragraphs, Shift+arrows select text (with Ctrl or Alt, by word), ' +
  'H highlights, N adds a note, [ and ] go to the previous and next highlight.'

/**
 * The command a key asks for on a focused block, or null when the key is not the reader's.
 * Ctrl (Windows, Linux) or Alt (macOS) makes a sideways step a word; with Shift, Up and Down extend
 * by a line, or to the paragraph's edge with Ctrl/Alt; Shift+Home/End (or ⌘+Shift+Left/Right) to
 * the line's edge.
 */
export function caretCommand(chord: KeyChord): CaretCommand | null {
  const byWord = chord.ctrlKey || chord.altKey
  const forward = chord.key === 'ArrowRight' || chord.key === 'ArrowDown' || chord.key === 'End'
  const direction = forward ? 'forward' : 'backward'
  const sideways = chord.key === 'ArrowLeft' || chord.key === 'ArrowRight'
  const vertical = chord.key === 'ArrowUp' || chord.key === 'ArrowDown'
  if (!chord.shiftKey) {
    if (chord.metaKey) return null
    if (vertical && !byWord) return { kind: 'block', step: forward ? 1 : -1 }
    if (sideways) return { kind: 'move', direction, granularity: byWord ? 'word' : 'character' }
    return null
  }
  if (chord.metaKey) {
    return sideways && !byWord ? { kind: 'extend', direction, granularity: 'lineboundary' } : null
  }
  if (sideways) return { kind: 'extend', direction, granularity: byWord ? 'word' : 'character' }
  if (vertical) return { kind: 'extend', direction, granularity: byWord ? 'paragraphboundary' : 'line' }
  if ((chord.key === 'Home' || chord.key === 'End') && !byWord) {
    return { kind: 'extend', direction, granularity: 'lineboundary' }
  }
  return null
}
