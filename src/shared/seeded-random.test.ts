import { describe, expect, it } from 'vitest'
import { seededRandom, shuffled } from './seeded-random'

describe('seededRandom', () => {
  it('draws the same sequence from the same seed, within [0, 1)', () => {
    const a = seededRandom(42)
    const b = seededRandom(42)
    const draws = Array.from({ length: 100 }, () => a())
    expect(Array.from({ length: 100 }, () => b())).toEqual(draws)
    expect(draws.every((n) => n >= 0 && n < 1)).toBe(true)
  })
})

describe('shuffled', () => {
  it('keeps every item once and leaves the original alone', () => {
    const list = [1, 2, 3, 4, 5]
    expect([...shuffled(list, seededRandom(7))].sort()).toEqual(list)
    expect(list).toEqual([1, 2, 3, 4, 5])
  })

  it('can put any item first: each of five leads in some of 200 draws', () => {
    const random = seededRandom(3)
    const firsts = new Set(Array.from({ length: 200 }, () => shuffled([1, 2, 3, 4, 5], random)[0]))
    expect([...firsts].sort()).toEqual([1, 2, 3, 4, 5])
  })
})
