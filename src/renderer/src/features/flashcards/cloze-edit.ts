/** Marking words to hide in cloze text, the way the card editor does it. */

/** Cloze text after hiding `text[start, end)`, with the selection around the new deletion. */
export interface Wrapped {
  text: string
  start: number
  end: number
}

const DELETION = /\{\{c\d+::.*?\}\}/g

/**
 * Hide the selected words as `{{c1::…}}`. Spaces at the selection's edges stay outside it. Answers
 * null for an empty selection or one that overlaps a part already hidden.
 */
export function hideSelection(text: string, start: number, end: number): Wrapped | null {
  let from = Math.max(0, Math.min(start, end))
  let to = Math.min(text.length, Math.max(start, end))
  while (from < to && /\s/.test(text[from]!)) from += 1
  while (to > from && /\s/.test(text[to - 1]!)) to -= 1
  if (from === to) return null
  for (const match of text.matchAll(DELETION)) {
    const [at, past] = [match.index, match.index + match[0].length]
    if (from < past && to > at) return null
  }
  const hidden = `{{c1::${text.slice(from, to)}}}`
  return { text: text.slice(0, from) + hidden + text.slice(to), start: from, end: from + hidden.length }
}

/** Cloze text with every deletion turned back into plain words. */
export function unhideAll(text: string): string {
  return text.replace(/\{\{c\d+::(.*?)\}\}/g, '$1')
}
