import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { debounce } from './debounce'

describe('debounce', () => {
  beforeEach(() => void vi.useFakeTimers())
  afterEach(() => void vi.useRealTimers())

  it('runs once, with the last arguments, after calls stop for the wait', () => {
    const fn = vi.fn()
    const save = debounce(fn, 400)
    save('P1')
    vi.advanceTimersByTime(300)
    save('P2')
    vi.advanceTimersByTime(399)
    expect(fn).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(fn).toHaveBeenCalledExactlyOnceWith('P2')
  })

  it('flushes a waiting call at once (when the page is hidden) and does nothing when none waits', () => {
    const fn = vi.fn()
    const save = debounce(fn, 400)
    save.flush()
    expect(fn).not.toHaveBeenCalled()
    save('P3')
    save.flush()
    expect(fn).toHaveBeenCalledExactlyOnceWith('P3')
    vi.advanceTimersByTime(1000)
    expect(fn).toHaveBeenCalledTimes(1)
  })

  it('drops a waiting call when cancelled', () => {
    const fn = vi.fn()
    const save = debounce(fn, 400)
    save('P4')
    save.cancel()
    vi.advanceTimersByTime(1000)
    expect(fn).not.toHaveBeenCalled()
  })
})
