import { describe, expect, it } from 'vitest'
import { firstShowingBelow, lastReached, percent, scrollFraction } from './progress'

describe('scrollFraction', () => {
  it('is how far the page has scrolled out of how far it can', () => {
    expect(scrollFraction(0, 3000, 1000)).toBe(0)
    expect(scrollFraction(1000, 3000, 1000)).toBe(0.5)
    expect(scrollFraction(2000, 3000, 1000)).toBe(1)
  })

  it('stays within 0 and 1 (overscroll) and counts an unscrollable page as read', () => {
    expect(scrollFraction(-40, 3000, 1000)).toBe(0)
    expect(scrollFraction(2100, 3000, 1000)).toBe(1)
    expect(scrollFraction(0, 800, 1000)).toBe(1)
  })
})

describe('firstShowingBelow', () => {
  it('finds the first paragraph whose bottom is below the line', () => {
    expect(firstShowingBelow([-300, -10, 40, 300], 0)).toBe(2)
    expect(firstShowingBelow([-300, -10], 0)).toBe(-1)
  })
})

describe('lastReached', () => {
  it('finds the last heading at or above the line, else the first', () => {
    expect(lastReached([0, 400, 900], 500)).toBe(1)
    expect(lastReached([600, 900], 500)).toBe(0)
    expect(lastReached([0, 400, 900], 900)).toBe(2)
  })
})

describe('percent', () => {
  it('rounds a fraction to a whole percentage within 0–100', () => {
    expect(percent(0.344)).toBe(34)
    expect(percent(1.2)).toBe(100)
  })
})
