import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { RevisionSchema, revisionOf } from './revision'

describe('revisionOf', () => {
  it('is the same for equal values whatever their key order, and fits the contract', () => {
    const state = { due: '2025-08-21T09:00:00.000Z', stability: 2.3, reps: 1, lapses: 0 }
    const reordered = { lapses: 0, reps: 1, stability: 2.3, due: '2025-08-21T09:00:00.000Z' }
    expect(revisionOf(state)).toBe(revisionOf(reordered))
    expect(RevisionSchema.safeParse(revisionOf(state)).success).toBe(true)
  })

  it('tells apart values that would read alike when run together', () => {
    const values: unknown[] = [
      '',
      null,
      0,
      '0',
      false,
      'false',
      ['ab'],
      ['a', 'b'],
      { a: 'b' },
      { ab: '' },
      [['a'], 'b'],
      ['a', ['b']],
      'First thought.',
      'First thought. '
    ]
    const revisions = values.map(revisionOf)
    expect(new Set(revisions).size).toBe(values.length)
  })

  it('treats no value and null alike: nothing saved yet', () => {
    expect(revisionOf(undefined)).toBe(revisionOf(null))
  })

  it('differs for different notes (10,000 random pairs)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        fc.pre(a !== b)
        expect(revisionOf(a)).not.toBe(revisionOf(b))
      }),
      { numRuns: 10_000 }
    )
  })
})
