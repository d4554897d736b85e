import { describe, expect, it } from 'vitest'
import { isReviewLogEntry, ReviewLogEntrySchema, ReviewLogSchema } from './schemas'

const good = ['card-1', 3, 1_755_648_000_000, 2, 4, 9, 12.5, 5.1]

/** Every way to spoil one field of a good entry, plus malformed wholes. */
const samples: unknown[] = [
  good,
  ['card-1', 1, 0, 0, 0, 0, 0, 0],
  ['card-1', 4, 1, 3, 0.5, 1.5, 0.1, 10],
  ...good.flatMap((_, i) =>
    [undefined, null, -1, 0, 5, 1.5, 'x', '', NaN, Infinity, [], {}].map((bad) =>
      good.map((value, j) => (i === j ? bad : value))
    )
  ),
  [],
  good.slice(0, 7),
  [...good, 1],
  null,
  'card-1',
  { 0: 'card-1', length: 8 }
]

describe('the review log', () => {
  it('is checked by hand exactly as its zod schema declares', () => {
    for (const sample of samples) {
      expect(isReviewLogEntry(sample), JSON.stringify(sample)).toBe(
        ReviewLogEntrySchema.safeParse(sample).success
      )
    }
  })

  it('accepts a well-formed log and rejects one with a single bad entry', () => {
    expect(ReviewLogSchema.safeParse([good, good]).success).toBe(true)
    expect(ReviewLogSchema.safeParse([good, [...good.slice(0, 1), 9, ...good.slice(2)]]).success).toBe(false)
    expect(ReviewLogSchema.safeParse({}).success).toBe(false)
  })
})
