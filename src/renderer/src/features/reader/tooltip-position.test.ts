import { describe, expect, it } from 'vitest'
import { placeTooltip } from './tooltip-position'

const viewport = { width: 1200, height: 800 }

describe('placeTooltip', () => {
  it('goes above the phrase, centred on it, when there is room under the toolbar', () => {
    expect(
      placeTooltip({ top: 400, bottom: 424, left: 400, right: 520 }, viewport, { topLimit: 60 })
    ).toEqual({
      side: 'above',
      centerX: 460,
      bottom: 406
    })
  })

  it('goes below the phrase when above would run under the toolbar', () => {
    expect(
      placeTooltip({ top: 100, bottom: 124, left: 400, right: 520 }, viewport, { topLimit: 60 })
    ).toEqual({
      side: 'below',
      centerX: 460,
      top: 130
    })
  })

  it('stays clear of the window edges', () => {
    expect(placeTooltip({ top: 100, bottom: 124, left: 0, right: 40 }, viewport).centerX).toBe(166)
    expect(placeTooltip({ top: 100, bottom: 124, left: 1180, right: 1200 }, viewport).centerX).toBe(1034)
  })
})
