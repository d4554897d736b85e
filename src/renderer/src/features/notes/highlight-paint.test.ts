import { describe, expect, it } from 'vitest'
import { overlaps, union } from './highlight-paint'

describe('highlight geometry', () => {
  const spans = [
    { start: 10, end: 20 },
    { start: 15, end: 30 },
    { start: 30, end: 35 },
    { start: 50, end: 60 },
    { start: 18, end: 25 }
  ]

  it('merges a colour’s highlights into disjoint stretches', () => {
    expect(union(spans)).toEqual([
      { start: 10, end: 35 },
      { start: 50, end: 60 }
    ])
  })

  it('finds the stretches under two or more highlights', () => {
    expect(overlaps(spans)).toEqual([{ start: 15, end: 25 }])
    expect(
      overlaps([
        { start: 0, end: 5 },
        { start: 5, end: 9 }
      ])
    ).toEqual([])
  })
})
