// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { afterFirstPaint } from './after-first-paint'

/** Frames run only when the test says so. */
let frames: FrameRequestCallback[]

beforeEach(() => {
  frames = []
  vi.useFakeTimers()
  vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => frames.push(callback))
})

afterEach(() => {
  vi.useRealTimers()
  vi.restoreAllMocks()
})

function drawFrame(): void {
  for (const callback of frames.splice(0)) callback(0)
}

const visibility = (state: DocumentVisibilityState): void => {
  vi.spyOn(document, 'visibilityState', 'get').mockReturnValue(state)
}

describe('afterFirstPaint', () => {
  it('waits for the next frame to be drawn, then runs once', () => {
    visibility('visible')
    const start = vi.fn()
    afterFirstPaint(start)
    vi.runAllTimers()
    expect(start).not.toHaveBeenCalled()
    drawFrame()
    expect(start).not.toHaveBeenCalled()
    vi.runAllTimers()
    expect(start).toHaveBeenCalledOnce()
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'k' }))
    drawFrame()
    vi.runAllTimers()
    expect(start).toHaveBeenCalledOnce()
  })

  it.each(['keydown', 'pointerdown', 'pointermove', 'focusin'])(
    'runs at once, before the page sees it, when a %s comes before the frame',
    (type) => {
      visibility('visible')
      const order: string[] = []
      afterFirstPaint(() => order.push('start'))
      document.body.addEventListener(type, () => order.push(type))
      document.body.dispatchEvent(new Event(type, { bubbles: true }))
      expect(order).toEqual(['start', type])
      drawFrame()
      vi.runAllTimers()
      expect(order).toEqual(['start', type])
    }
  )

  it('runs at once in a hidden page, which paints no frames', () => {
    visibility('hidden')
    const start = vi.fn()
    afterFirstPaint(start)
    expect(start).toHaveBeenCalledOnce()
    expect(frames).toHaveLength(0)
  })

  it('runs when the page is hidden before its frame comes', () => {
    visibility('visible')
    const start = vi.fn()
    afterFirstPaint(start)
    document.dispatchEvent(new Event('visibilitychange', { bubbles: true }))
    expect(start).toHaveBeenCalledOnce()
  })
})
