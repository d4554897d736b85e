import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { throttleToFrame } from './frame-throttle'

/** Frames run only when the test says so. */
let frames: Map<number, FrameRequestCallback>
let nextId: number

beforeEach(() => {
  frames = new Map()
  nextId = 1
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
    frames.set(nextId, callback)
    return nextId++
  })
  vi.stubGlobal('cancelAnimationFrame', (id: number) => frames.delete(id))
})

afterEach(() => vi.unstubAllGlobals())

function drawFrame(): void {
  const waiting = [...frames.values()]
  frames.clear()
  for (const callback of waiting) callback(0)
}

describe('throttleToFrame', () => {
  it('runs a burst of calls once, in the next frame, and again after it', () => {
    const fn = vi.fn()
    const throttled = throttleToFrame(fn)
    throttled()
    throttled()
    throttled()
    expect(fn).not.toHaveBeenCalled()
    drawFrame()
    expect(fn).toHaveBeenCalledTimes(1)
    throttled()
    drawFrame()
    expect(fn).toHaveBeenCalledTimes(2)
  })

  it('drops a waiting call when cancelled, and can be called again after', () => {
    const fn = vi.fn()
    const throttled = throttleToFrame(fn)
    throttled()
    throttled.cancel()
    drawFrame()
    expect(fn).not.toHaveBeenCalled()
    throttled()
    drawFrame()
    expect(fn).toHaveBeenCalledTimes(1)
  })
})
