import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPositionSaver } from './position-saver'

describe('createPositionSaver', () => {
  beforeEach(() => void vi.useFakeTimers())
  afterEach(() => void vi.useRealTimers())

  it('saves the last position once scrolling pauses for 400 ms', () => {
    const save = vi.fn()
    const saver = createPositionSaver(save)
    saver.note({ paragraphId: 'P3', fraction: 0.1 })
    vi.advanceTimersByTime(200)
    saver.note({ paragraphId: 'P4', fraction: 0.12 })
    vi.advanceTimersByTime(400)
    expect(save).toHaveBeenCalledExactlyOnceWith({ paragraphId: 'P4', fraction: 0.12 })
  })

  it('does not save the position it restored, nor the same position twice', () => {
    const save = vi.fn()
    const saver = createPositionSaver(save)
    saver.baseline({ paragraphId: 'P20', fraction: 0.6 })
    saver.note({ paragraphId: 'P20', fraction: 0.6 })
    vi.advanceTimersByTime(400)
    expect(save).not.toHaveBeenCalled()
    saver.note({ paragraphId: 'P21', fraction: 0.62 })
    saver.flush()
    saver.note({ paragraphId: 'P21', fraction: 0.62 })
    vi.advanceTimersByTime(400)
    expect(save).toHaveBeenCalledExactlyOnceWith({ paragraphId: 'P21', fraction: 0.62 })
  })

  it('saves a waiting position at once when flushed', () => {
    const save = vi.fn()
    const saver = createPositionSaver(save)
    saver.note({ paragraphId: 'P9', fraction: 0.3 })
    saver.flush()
    expect(save).toHaveBeenCalledOnce()
  })
})
