import { describe, expect, it, vi } from 'vitest'
import { methodNames } from '@shared/api'

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: {
    invoke: vi.fn(() => Promise.resolve({ ok: true, value: null })),
    on: vi.fn(),
    removeListener: vi.fn()
  }
}))
vi.mock('electron', () => electron)

describe('preload', () => {
  it('exposes the contract as window.api, each call going to ipcRenderer.invoke', async () => {
    await import('./index')
    // Exactly two objects reach the page: the methods and the events.
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(2)
    const [key, api] = electron.contextBridge.exposeInMainWorld.mock.calls[0] as [
      string,
      Record<string, (input: unknown) => Promise<unknown>>
    ]
    expect(key).toBe('api')
    expect(Object.keys(api).sort()).toEqual([...methodNames].sort())
    await api['notices:dismiss']?.({ id: 'n1' })
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith('notices:dismiss', { id: 'n1' })
  })
})

describe('preload events', () => {
  it('exposes the contract events as window.apiEvents, handing the page only the payload', async () => {
    await import('./index')
    const [key, events] = electron.contextBridge.exposeInMainWorld.mock.calls[1] as unknown as [
      string,
      Record<string, (listener: (payload: unknown) => void) => () => void>
    ]
    expect(key).toBe('apiEvents')
    const heard: unknown[] = []
    const stop = events['data:changed']!((payload) => heard.push(payload))
    const [channel, forward] = electron.ipcRenderer.on.mock.calls[0] as unknown as [
      string,
      (event: unknown, payload: unknown) => void
    ]
    expect(channel).toBe('data:changed')
    forward({ sender: 'the ipcRenderer itself' }, { method: 'cards:grade', domain: 'cards' })
    expect(heard).toEqual([{ method: 'cards:grade', domain: 'cards' }])
    stop()
    expect(electron.ipcRenderer.removeListener).toHaveBeenCalledWith('data:changed', forward)
  })
})
