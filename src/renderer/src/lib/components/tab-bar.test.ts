import { describe, expect, it } from 'vitest'
import { tabKeyTarget } from './tab-bar'

describe('tabKeyTarget', () => {
  it('moves right and left one tab, wrapping round at either end', () => {
    expect([0, 1, 2].map((at) => tabKeyTarget('ArrowRight', at, 3))).toEqual([1, 2, 0])
    expect([0, 1, 2].map((at) => tabKeyTarget('ArrowLeft', at, 3))).toEqual([2, 0, 1])
  })

  it('goes to the first tab on Home and the last on End, from anywhere', () => {
    expect([0, 2].map((at) => tabKeyTarget('Home', at, 3))).toEqual([0, 0])
    expect([0, 2].map((at) => tabKeyTarget('End', at, 3))).toEqual([2, 2])
  })

  it('leaves every other key, and an empty list, to the page', () => {
    expect(['ArrowDown', 'ArrowUp', 'Enter', ' ', 'Tab', 'a'].map((key) => tabKeyTarget(key, 1, 3))).toEqual(
      Array(6).fill(undefined)
    )
    expect(tabKeyTarget('ArrowRight', 0, 0)).toBeUndefined()
  })
})
