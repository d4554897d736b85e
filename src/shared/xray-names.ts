/**
 * The X-Ray's plain rules, free of zod so the renderer can use them: its kinds, and how a name
 * is found in the article.
 */

/** The kinds of X-Ray entry, in the order the X-Ray lists them. */
export const XRAY_KINDS = ['person', 'organisation', 'place', 'term'] as const

/** Where a name is found in a block of text: [start, end) of `blockId`'s text. */
export interface NameMatch {
  blockId: string
  start: number
  end: number
}

const WORD = /[\p{L}\p{N}_]/u

/**
 * Every place in `blocks` where one of `names` stands as whole words, case and characters as
 * written. Overlapping finds of one entry count once, the longest kept ("Russian President Vladimir
 * Putin", not also "Putin" inside it).
 */
export function findNames(
  names: readonly string[],
  blocks: readonly { id: string; text: string }[]
): NameMatch[] {
  const found: NameMatch[] = []
  for (const block of blocks) {
    const candidates: NameMatch[] = []
    for (const name of names) {
      for (let at = block.text.indexOf(name); at >= 0; at = block.text.indexOf(name, at + 1)) {
        const before = block.text.charAt(at - 1)
        const after = block.text.charAt(at + name.length)
        const joinedBefore = before !== '' && WORD.test(before) && WORD.test(name.charAt(0))
        const joinedAfter = after !== '' && WORD.test(after) && WORD.test(name.charAt(name.length - 1))
        if (!joinedBefore && !joinedAfter)
          candidates.push({ blockId: block.id, start: at, end: at + name.length })
      }
    }
    candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)
    const kept: NameMatch[] = []
    for (const c of candidates) if (kept.every((k) => c.end <= k.start || c.start >= k.end)) kept.push(c)
    found.push(...kept.sort((a, b) => a.start - b.start))
  }
  return found
}
