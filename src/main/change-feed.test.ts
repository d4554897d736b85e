import { describe, expect, it, vi } from 'vitest'
import type { ChangeNotice } from '@shared/api'
import { createChangeFeed } from './change-feed'

const notice: ChangeNotice = { method: 'cards:grade', domain: 'cards' }

describe('the change feed', () => {
  it('tells every listener, each once, and none after it stops listening', () => {
    const feed = createChangeFeed()
    const first = vi.fn()
    const second = vi.fn()
    const stopFirst = feed.subscribe(first)
    feed.subscribe(second)

    feed.publish(notice)
    stopFirst()
    feed.publish(notice)

    expect(first).toHaveBeenCalledTimes(1)
    expect(second).toHaveBeenCalledTimes(2)
    expect(second).toHaveBeenCalledWith(notice)
  })

  it('still tells the others when one listener throws (a window that closed mid-send)', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const feed = createChangeFeed()
    const after = vi.fn()
    feed.subscribe(() => {
      throw new Error('object has been destroyed')
    })
    feed.subscribe(after)

    feed.publish(notice)

    expect(after).toHaveBeenCalledWith(notice)
  })

  it('keeps one function subscribed twice as two listeners, each stopped on its own', () => {
    const feed = createChangeFeed()
    const listener = vi.fn()
    const stop = feed.subscribe(listener)
    feed.subscribe(listener)
    stop()

    feed.publish(notice)

    expect(listener).toHaveBeenCalledTimes(1)
  })
})
