/** The user's first moves on the page, and the page being hidden: each starts the work at once. */
const START_NOW = ['pointerdown', 'pointermove', 'keydown', 'focusin', 'visibilitychange'] as const

/**
 * Run `start` once the next frame has painted (a task after its animation frame runs after the
 * frame is drawn), or at the user's first input if that comes sooner: the key or click then
 * reaches the work `start` set up (it runs inside that event, before the event reaches the page).
 * A hidden page paints no frames, so there `start` runs at once.
 * @param start the work that would hold the frame back (taking over the server-drawn page)
 * @param win the window to wait on
 */
export function afterFirstPaint(start: () => void, win: Window = window): void {
  if (win.document.visibilityState !== 'visible') return start()
  let started = false
  const begin = (): void => {
    if (started) return
    started = true
    for (const type of START_NOW) win.removeEventListener(type, begin, true)
    start()
  }
  for (const type of START_NOW) win.addEventListener(type, begin, true)
  win.requestAnimationFrame(() => win.setTimeout(begin, 0))
}
