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

/** A running cyrb53 hash: not a secret, only a fingerprint (53 bits). */
class Fingerprint {
  #h1 = 0xdeadbeef
  #h2 = 0x41c6ce57

  add(text: string): void {
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i)
      this.#h1 = Math.imul(this.#h1 ^ code, 2654435761)
      this.#h2 = Math.imul(this.#h2 ^ code, 1597334677)
    }
  }

  /**
   * Add `value` with its shape: every string is marked with its length and every object's keys go
   * in order, so equal values give one fingerprint whatever their key order, and no two different
   * values are spelled alike. Walked by hand rather than through JSON.stringify: a grade computes
   * one and must not serialise anything on its way to its answer.
   */
  addValue(value: unknown): void {
    if (value === null || value === undefined) return this.add('n')
    if (typeof value === 'string') return this.add(`s${value.length}:${value}`)
    if (typeof value === 'number' || typeof value === 'boolean')
      return this.add(`${(typeof value)[0]}${value};`)
    if (value instanceof Date) return this.addValue(value.toISOString())
    if (Array.isArray(value)) {
      this.add(`[${value.length}:`)
      for (const item of value) this.addValue(item)
      return this.add(']')
    }
    if (typeof value === 'object') {
      const keys = Object.keys(value).sort()
      this.add(`{${keys.length}:`)
      for (const key of keys) {
        this.addValue(key)
        this.addValue((value as Record<string, unknown>)[key])
      }
      return this.add('}')
    }
    this.add(`?${String(value)};`)
  }

  get revision(): Revision {
    let h1 = Math.imul(this.#h1 ^ (this.#h1 >>> 16), 2246822507)
    h1 ^= Math.imul(this.#h2 ^ (this.#h2 >>> 13), 3266489909)
    let h2 = Math.imul(this.#h2 ^ (this.#h2 >>> 16), 2246822507)
    h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909)
    return `r${(4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36)}`
  }
}

/**
 * The revision of `value` (undefined and null alike: "nothing saved yet"). Two different notes
 * share one with a chance of about one in 10^15.
 */
export function revisionOf(value: unknown): Revision {
  const fingerprint = new Fingerprint()
  fingerprint.addValue(value)
  return fingerprint.revision
}

/** The message a stale write is refused with: the same words in every window and for every note. */
export const CHANGED_ELSEWHERE = 'This note was changed in another window.'
