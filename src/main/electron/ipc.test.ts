import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it, vi } from 'vitest'
import type { IpcMainInvokeEvent, WebContents } from 'electron'
import { methodNames } from '@shared/api'
import type { Handlers } from '../services'
import { createChangeFeed } from '../change-feed'
import { mainFrameOf, registerIpc, sendChangesToWindows } from './ipc'
import type { AppLocation } from './security'

// ipc.ts needs only Electron's types; the double keeps the real package (and its download) out.
vi.mock('electron', () => ({}))

type Listener = (event: unknown, input: unknown) => unknown

/** An ipcMain double that keeps each channel's listener. */
function fakeIpcMain() {
  const channels = new Map<string, Listener>()
  const ipcMain = {
    handle: vi.fn((channel: string, listener: Listener) => {
      if (channels.has(channel)) throw new Error(`second handler for ${channel}`)
      channels.set(channel, listener)
    })
  }
  return { ipcMain, channels }
}

function fakeHandlers(): Handlers {
  return Object.fromEntries(methodNames.map((name) => [name, vi.fn(() => `${name} answered`)])) as never
}

const anyEvent = { senderFrame: { url: 'file:///x' } } as unknown as IpcMainInvokeEvent

describe('registerIpc', () => {
  it('serves exactly the contract: one channel per method', () => {
    const { ipcMain, channels } = fakeIpcMain()
    registerIpc(ipcMain, fakeHandlers(), () => true)
    expect([...channels.keys()].sort()).toEqual([...methodNames].sort())
  })

  it('answers a trusted call through the method’s handler', async () => {
    const { ipcMain, channels } = fakeIpcMain()
    const handlers = fakeHandlers()
    registerIpc(ipcMain, handlers, () => true)
    await expect(channels.get('content:get')?.(anyEvent, {})).resolves.toEqual({
      ok: true,
      value: 'content:get answered'
    })
    expect(handlers['content:get']).toHaveBeenCalledOnce()
  })

  it('validates the input of a trusted call before any handler runs', async () => {
    const { ipcMain, channels } = fakeIpcMain()
    const handlers = fakeHandlers()
    registerIpc(ipcMain, handlers, () => true)
    const result = (await channels.get('progress:save')?.(anyEvent, { fraction: 7 })) as { ok: boolean }
    expect(result.ok).toBe(false)
    expect(handlers['progress:save']).not.toHaveBeenCalled()
  })

  it('refuses every method to an untrusted sender, running no handler', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    const { ipcMain, channels } = fakeIpcMain()
    const handlers = fakeHandlers()
    registerIpc(ipcMain, handlers, () => false)
    for (const name of methodNames) {
      await expect(Promise.resolve(channels.get(name)?.(anyEvent, {}))).resolves.toEqual({
        ok: false,
        error: { code: 'invalid-input', message: 'Untrusted sender.' }
      })
      expect(handlers[name]).not.toHaveBeenCalled()
    }
  })
})

describe('mainFrameOf', () => {
  const location: AppLocation = { devServerUrl: null }
  const appUrl = 'app://debrief/'
  const mainWindow = { id: 1 } as WebContents
  const topFrame = { parent: null, url: appUrl }
  const event = (senderId: number, frame: object | null) =>
    ({ sender: { id: senderId }, senderFrame: frame }) as unknown as IpcMainInvokeEvent
  const trusted = mainFrameOf(() => mainWindow, location)

  it("trusts the main window's top frame on the app's own page", () => {
    expect(trusted(event(1, topFrame))).toBe(true)
  })

  it('distrusts subframes, other windows, foreign pages and vanished frames', () => {
    expect(trusted(event(1, { parent: topFrame, url: appUrl }))).toBe(false)
    expect(trusted(event(2, topFrame))).toBe(false)
    expect(trusted(event(1, { parent: null, url: 'https://example.com/' }))).toBe(false)
    const builtFile = pathToFileURL(join('/opt', 'debrief', 'out', 'renderer', 'index.html')).href
    expect(trusted(event(1, { parent: null, url: builtFile }))).toBe(false)
    expect(trusted(event(1, null))).toBe(false)
  })

  it('distrusts everyone while there is no main window', () => {
    expect(mainFrameOf(() => null, location)(event(1, topFrame))).toBe(false)
  })
})

describe('sendChangesToWindows', () => {
  const fakeWindow = (destroyed = false) => ({ isDestroyed: () => destroyed, send: vi.fn() })

  it('sends each write’s notice to every open window on the contract’s channel, and none for a read', async () => {
    const { ipcMain, channels } = fakeIpcMain()
    const feed = createChangeFeed()
    const windows = [fakeWindow(), fakeWindow(), fakeWindow(true)]
    registerIpc(ipcMain, fakeHandlers(), () => true, feed)
    sendChangesToWindows(feed, () => windows)

    await channels.get('settings:get')?.(anyEvent, {})
    await channels.get('cards:grade')?.(anyEvent, { cardId: 'rutte-role', rating: 3 })

    const notice = { method: 'cards:grade', domain: 'cards' }
    expect(windows[0]!.send.mock.calls).toEqual([['data:changed', notice]])
    expect(windows[1]!.send.mock.calls).toEqual([['data:changed', notice]])
    expect(windows[2]!.send, 'a window being destroyed').not.toHaveBeenCalled()
  })

  it('tells a window opened later, and stops when asked', async () => {
    const { ipcMain, channels } = fakeIpcMain()
    const feed = createChangeFeed()
    const windows = [fakeWindow()]
    registerIpc(ipcMain, fakeHandlers(), () => true, feed)
    const stop = sendChangesToWindows(feed, () => windows)
    windows.push(fakeWindow())

    await channels.get('pagenotes:write')?.(anyEvent, { target: 'article', note: 'Both.' })
    stop()
    await channels.get('pagenotes:write')?.(anyEvent, { target: 'article', note: 'Neither.' })

    expect(windows.map((w) => w.send.mock.calls.length)).toEqual([1, 1])
  })
})
