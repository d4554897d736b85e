import { describe, expect, it, vi } from 'vitest'
import { methodNames } from '@shared/api'

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn(() => Promise.resolve({ ok: true, value: null })) }
}))
vi.mock('electron', () => electron)

describe('preload', () => {
  it('exposes the contract as window.api, each call going to ipcRenderer.invoke', async () => {
    await import('./index')
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledOnce()
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
