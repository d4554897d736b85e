/**
 * Revisions: a short fingerprint of a value as it was saved (a note's text, a card's faces, a
 * card's review state). A write that replaces text carries the revision of the text the user
 * started from; the service compares it with the revision of what it holds now, so a change made
 * in another window meanwhile is refused instead of silently overwritten. A fingerprint of the
 * value (not a counter or a clock) needs nothing new in the store, and two windows that computed it
 * from the same text always agree.
 */
import { z } from 'zod'

/** A revision as the contract carries it. */
export const RevisionSchema = z.string().regex(/^r[0-9a-z]{1,12}$/, 'a revision is r and a fingerprint')
export type Revision = z.infer<typeof RevisionSchema>

/** JSON with every object's keys in order, so equal values give equal text whatever their key order. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item !== null && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : item
  )
}

/**
 * The revision of `value` (undefined and null alike: "nothing saved yet"). A 53-bit hash
 * (cyrb53): not a secret, only a fingerprint; two different notes sharing one is a chance of
 * about one in 10^15.
 */
export function revisionOf(value: unknown): Revision {
  const text = canonicalJson(value ?? null)
  let h1 = 0xdeadbeef
  let h2 = 0x41c6ce57
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    h1 = Math.imul(h1 ^ code, 2654435761)
    h2 = Math.imul(h2 ^ code, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return `r${(4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36)}`
}

/** The message a stale write is refused with: the same words in every window and for every note. */
export const CHANGED_ELSEWHERE = 'This note was changed in another window.'
