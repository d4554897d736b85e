/** While a restore holds the gate, every other write is refused and changes nothing: grades too. */
import { describe, expect, it, vi } from 'vitest'
import type { Store } from '../store/open-store'
import { WriteGate } from './write-gate'

function fakeStore(): Store {
  return {
    data: {},
    info: {},
    update: vi.fn(() => Promise.resolve()),
    recordReview: vi.fn(() => Promise.resolve()),
    flush: vi.fn(() => Promise.resolve())
  } as unknown as Store
}

const review = { cardId: 'c1' } as unknown as Parameters<Store['recordReview']>[0]

describe('the write gate', () => {
  it('passes changes and grades through while no restore runs', async () => {
    const inner = fakeStore()
    const gate = new WriteGate(inner)
    await gate.store.update(() => undefined)
    await gate.store.recordReview(review)
    expect(inner.update).toHaveBeenCalledTimes(1)
    expect(inner.recordReview).toHaveBeenCalledTimes(1)
  })

  it('refuses a change and a grade made during a restore, without reaching the store', async () => {
    const inner = fakeStore()
    const gate = new WriteGate(inner)
    await gate.exclusive(async () => {
      await expect(gate.store.update(() => undefined)).rejects.toThrow(/being restored/)
      await expect(gate.store.recordReview(review)).rejects.toThrow(/being restored/)
    })
    expect(inner.update).not.toHaveBeenCalled()
    expect(inner.recordReview).not.toHaveBeenCalled()
    await gate.store.recordReview(review)
    expect(inner.recordReview).toHaveBeenCalledTimes(1)
  })
})
