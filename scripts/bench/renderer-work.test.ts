import { describe, expect, it } from 'vitest'
import { workBefore, type TraceEvent } from './renderer-work'

const MARK = 'painted'
/** An event of the page's main thread (pid 1, tid 1) unless said otherwise; times in ms. */
const at = (name: string, startMs: number, durMs: number, thread = 1): TraceEvent => ({
  name,
  ph: 'X',
  ts: startMs * 1000,
  dur: durMs * 1000,
  pid: 1,
  tid: thread
})
const stamp = (atMs: number): TraceEvent => ({
  name: 'TimeStamp',
  ph: 'I',
  ts: atMs * 1000,
  pid: 1,
  tid: 1,
  args: { data: { message: MARK } }
})

describe('the renderer’s work before the article’s frame', () => {
  it('counts each top-level event once, by kind, on the thread that stamped, up to the stamp', () => {
    const work = workBefore(
      [
        at('ParseHTML', 0, 10),
        // Style forced inside the parse is the parse's time, not counted twice.
        at('UpdateLayoutTree', 2, 3),
        at('UpdateLayoutTree', 12, 4),
        at('Layout', 16, 20),
        // Another thread's work, and work after the frame, are not the page's first frame.
        at('Layout', 16, 50, 2),
        at('Paint', 38, 6),
        stamp(41),
        at('v8.evaluateModule', 45, 30)
      ],
      MARK
    )
    expect(work).toEqual({ parseMs: 10, styleMs: 4, layoutMs: 20, paintMs: 3, scriptMs: 0, totalMs: 37 })
  })

  it('says so when the page never stamped its frame', () => {
    expect(() => workBefore([at('Layout', 0, 5)], MARK)).toThrow(/no painted stamp/)
  })
})
