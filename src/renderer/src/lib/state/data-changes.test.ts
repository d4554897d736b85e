import { describe, expect, it, vi } from 'vitest'
import type { ChangeNotice } from '@shared/api'
import { ApiCallError } from '../api'
import { DataChanges, isConflict, isConflictError } from './data-changes'

const notice = (domain: ChangeNotice['domain']): ChangeNotice =>
  ({ method: 'settings:update', domain }) as ChangeNotice

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0))

/** A refresh the test finishes by hand, counting how often it started. */
function heldRefresh() {
  const finishers: (() => void)[] = []
  const refresh = vi.fn(() => new Promise<void>((resolve) => finishers.push(resolve)))
  const finishAll = async (): Promise<void> => {
    while (finishers.length > 0) {
      finishers.shift()!()
      await settle()
    }
  }
  return { refresh, finishAll }
}

describe('DataChanges', () => {
  it('runs the refreshes of the part that changed, and all of them after a restore', async () => {
    const changes = new DataChanges()
    const annotations = vi.fn(async () => undefined)
    const cards = vi.fn(async () => undefined)
    changes.on(['annotations'], annotations)
    changes.on(['cards'], cards)

    changes.receive(notice('annotations'))
    expect([annotations.mock.calls.length, cards.mock.calls.length]).toEqual([1, 0])
    await settle()
    changes.receive(notice('everything'))
    expect([annotations.mock.calls.length, cards.mock.calls.length]).toEqual([2, 1])
    await settle()
    changes.receive(notice('progress'))
    expect([annotations.mock.calls.length, cards.mock.calls.length]).toEqual([2, 1])
  })

  it('folds a burst of notices into the refresh under way and one more after it', async () => {
    const changes = new DataChanges()
    const { refresh, finishAll } = heldRefresh()
    changes.on(['cards'], refresh)

    for (let i = 0; i < 10; i += 1) changes.receive(notice('cards'))
    await finishAll()

    expect(refresh).toHaveBeenCalledTimes(2)
  })

  it('stops refreshing a state that stopped listening (a view that closed)', async () => {
    const changes = new DataChanges()
    const refresh = vi.fn(async () => undefined)
    const stop = changes.on(['eventnotes'], refresh)
    stop()
    changes.receive(notice('eventnotes'))
    expect(refresh).not.toHaveBeenCalled()
  })
})

describe('conflicts', () => {
  it('are told apart from a save and a failure, and from other errors', () => {
    expect([isConflict(true), isConflict(false), isConflict({ theirs: '' })]).toEqual([false, false, true])
    expect(isConflictError(new ApiCallError('conflict', 'This note was changed in another window.'))).toBe(
      true
    )
    expect(isConflictError(new ApiCallError('not-found', 'Gone.'))).toBe(false)
    expect(isConflictError(new Error('conflict'))).toBe(false)
  })
})
