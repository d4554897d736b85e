import { describe, expect, it } from 'vitest'
import { WindowStateSchema } from '@shared/schemas'
import { DEFAULT_SIZE, MIN_SIZE, toWindowState, visibleBounds, type Rect } from './window-state'

const laptop: Rect = { x: 0, y: 0, width: 1440, height: 875 }
const monitorOnRight: Rect = { x: 1440, y: 0, width: 2560, height: 1415 }

describe('visibleBounds', () => {
  it('opens a first window at the default size, centred', () => {
    expect(visibleBounds(null, [laptop], laptop)).toEqual({ ...DEFAULT_SIZE })
  })

  it('reopens a window where it was left', () => {
    const saved = { x: 100, y: 50, width: 900, height: 700, maximized: false }
    expect(visibleBounds(saved, [laptop], laptop)).toEqual({ x: 100, y: 50, width: 900, height: 700 })
  })

  it('reopens on a second display while that display is there', () => {
    const saved = { x: 2000, y: 100, width: 1200, height: 900, maximized: false }
    expect(visibleBounds(saved, [laptop, monitorOnRight], laptop)).toEqual({
      x: 2000,
      y: 100,
      width: 1200,
      height: 900
    })
  })

  it('centres a window whose display has been unplugged, and fits it on the remaining one', () => {
    const saved = { x: 2000, y: 100, width: 2000, height: 1200, maximized: false }
    expect(visibleBounds(saved, [laptop], laptop)).toEqual({ width: 1440, height: 875 })
  })

  it('centres a window whose title bar cannot be reached', () => {
    const aboveTheScreen = { x: 100, y: -600, width: 900, height: 700, maximized: false }
    const barelyOnScreen = { x: 1400, y: 100, width: 900, height: 700, maximized: false }
    expect(visibleBounds(aboveTheScreen, [laptop], laptop)).toEqual({ width: 900, height: 700 })
    expect(visibleBounds(barelyOnScreen, [laptop], laptop)).toEqual({ width: 900, height: 700 })
  })

  it('keeps a window that hangs partly off the edge but can still be dragged back', () => {
    const saved = { x: -300, y: 20, width: 900, height: 700, maximized: false }
    expect(visibleBounds(saved, [laptop], laptop)).toEqual({ x: -300, y: 20, width: 900, height: 700 })
  })

  it('shrinks a window bigger than its display', () => {
    const saved = { x: 0, y: 0, width: 3000, height: 2000, maximized: true }
    expect(visibleBounds(saved, [laptop], laptop)).toEqual({ x: 0, y: 0, width: 1440, height: 875 })
  })

  it('centres a size saved without a position', () => {
    expect(visibleBounds({ width: 800, height: 600, maximized: false }, [laptop], laptop)).toEqual({
      width: 800,
      height: 600
    })
  })
})

describe('toWindowState', () => {
  it('saves whole pixels and the maximised flag', () => {
    expect(toWindowState({ x: 10.4, y: 20.6, width: 900.5, height: 700.2 }, true)).toEqual({
      x: 10,
      y: 21,
      width: 901,
      height: 700,
      maximized: true
    })
  })

  it('never saves a size the store would reject', () => {
    const state = toWindowState({ x: 0, y: 0, width: 0, height: 50 }, false)
    expect(state.width).toBe(MIN_SIZE)
    expect(state.height).toBe(MIN_SIZE)
    expect(WindowStateSchema.safeParse(state).success).toBe(true)
  })
})
