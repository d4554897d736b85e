/** Bar charts scale to a round maximum and give every value its own slot. */
import { describe, expect, it } from 'vitest'
import { bars, niceMax, rows } from './chart'

describe('niceMax', () => {
  it.each([
    [0, 1],
    [1, 1],
    [3, 5],
    [7, 10],
    [12, 20],
    [250, 500],
    [1000, 1000]
  ])('%d → %d', (max, nice) => expect(niceMax(max)).toBe(nice))
})

describe('bars', () => {
  it('lays out one bar per value, bottom-aligned, heights in proportion to the round maximum', () => {
    const { bars: drawn, max } = bars([0, 5, 10], 300, 100, 2)
    expect(max).toBe(10)
    expect(drawn.map((b) => [b.x, b.width, b.y, b.height])).toEqual([
      [1, 98, 100, 0],
      [101, 98, 50, 50],
      [201, 98, 0, 100]
    ])
  })

  it('draws nothing for no values', () => {
    expect(bars([], 300, 100).bars).toEqual([])
  })
})

describe('rows', () => {
  it('lays out one row per category, lengths in proportion to the round maximum', () => {
    const { bars: drawn, max } = rows([3, 0, 5], 200, 30, 10)
    expect(max).toBe(5)
    expect(drawn.map((b) => [b.y, b.height, b.width])).toEqual([
      [5, 20, 120],
      [35, 20, 0],
      [65, 20, 200]
    ])
  })
})
