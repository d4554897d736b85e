/** A function whose calls are gathered into the next animation frame; `cancel` drops a waiting one. */
export interface FrameThrottled {
  (): void
  cancel(): void
}

/**
 * Run `fn` at most once per animation frame: a burst of scroll, selection or DOM events between two
 * frames does its work once, just before the frame is drawn.
 */
export function throttleToFrame(fn: () => void): FrameThrottled {
  let frame = 0
  const throttled = (): void => {
    if (frame !== 0) return
    frame = requestAnimationFrame(() => {
      frame = 0
      fn()
    })
  }
  throttled.cancel = (): void => {
    cancelAnimationFrame(frame)
    frame = 0
  }
  return throttled
}
