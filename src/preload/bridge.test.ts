import { describe, expect, it, vi } from 'vitest'
import { eventNames, methodNames } from '@shared/api'
import { createWindowApi, createWindowEvents } from './bridge'

describe('createWindowApi', () => {
  it('offers exactly one function per contract method', () => {
    const api = createWindowApi(vi.fn())
    expect(Object.keys(api).sort()).toEqual([...methodNames].sort())
    for (const name of methodNames) expect(typeof api[name], name).toBe('function')
  })

  it("forwards each call's input, unchanged, on the method's own channel", async () => {
    const invoke = vi.fn((channel: string) => Promise.resolve({ ok: true, value: channel }))
    const api = createWindowApi(invoke)
    const input = { paragraphId: 'P3', fraction: 0.25 }
    await expect(api['progress:save'](input)).resolves.toEqual({ ok: true, value: 'progress:save' })
    expect(invoke).toHaveBeenCalledWith('progress:save', input)
    for (const name of methodNames) {
      await api[name]({} as never)
      expect(invoke).toHaveBeenLastCalledWith(name, {})
    }
  })
})

describe('createWindowEvents', () => {
  it('offers exactly one function per contract event, listening on its own channel', () => {
    const stop = vi.fn()
    const listen = vi.fn(() => stop)
    const events = createWindowEvents(listen)
    expect(Object.keys(events).sort()).toEqual([...eventNames].sort())

    const listener = vi.fn()
    const unsubscribe = events['data:changed'](listener)
    expect(listen).toHaveBeenCalledWith('data:changed', listener)
    unsubscribe()
    expect(stop).toHaveBeenCalledOnce()
  })
})
