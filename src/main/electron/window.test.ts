import { EventEmitter } from 'node:events'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { StoreData, WindowState } from '@shared/schemas'
import type { Store } from '../store/open-store'

/** A BrowserWindow double: remembers how it was built and what was done to it. */
class FakeWindow extends EventEmitter {
  static created: FakeWindow[] = []
  bounds = { x: 0, y: 0, width: 0, height: 0 }
  maximized = false
  shown = false
  loadURL = vi.fn(() => Promise.resolve())
  loadFile = vi.fn(() => Promise.resolve())

  constructor(readonly options: Record<string, unknown>) {
    super()
    const {
      x = 0,
      y = 0,
      width,
      height
    } = options as { x?: number; y?: number; width: number; height: number }
    this.bounds = { x, y, width, height }
    FakeWindow.created.push(this)
  }
  show(): void {
    this.shown = true
  }
  maximize(): void {
    this.maximized = true
  }
  isMaximized(): boolean {
    return this.maximized
  }
  getNormalBounds() {
    return this.bounds
  }
}

const laptop = { x: 0, y: 0, width: 1440, height: 875 }

vi.mock('electron', () => ({
  BrowserWindow: FakeWindow,
  screen: {
    getAllDisplays: () => [{ workArea: laptop }],
    getPrimaryDisplay: () => ({ workArea: laptop })
  }
}))

const { createMainWindow, SAVE_DELAY_MS, PRELOAD_PATH } = await import('./window')

function fakeStore(window: WindowState | null) {
  const data = { window } as StoreData
  const store = {
    data,
    update: vi.fn(async (mutate: (data: StoreData) => void) => mutate(data))
  }
  return { store: store as unknown as Store, data, update: store.update }
}

function lastWindow(): FakeWindow {
  const win = FakeWindow.created.at(-1)
  if (!win) throw new Error('no window was created')
  return win
}

beforeEach(() => {
  FakeWindow.created = []
  vi.useFakeTimers()
})
afterEach(() => vi.useRealTimers())

describe('createMainWindow', () => {
  it('uses exactly the secure web preferences', () => {
    createMainWindow({ store: fakeStore(null).store, devServerUrl: null })
    expect(lastWindow().options.webPreferences).toEqual({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
      preload: PRELOAD_PATH
    })
    expect(PRELOAD_PATH).toMatch(/[/\\]preload[/\\]index\.cjs$/)
  })

  it('is titled Debrief and stays hidden until its first paint', () => {
    createMainWindow({ store: fakeStore(null).store, devServerUrl: null })
    const win = lastWindow()
    expect(win.options).toMatchObject({ title: 'Debrief', show: false })
    expect(win.shown).toBe(false)
    win.emit('ready-to-show')
    expect(win.shown).toBe(true)
  })

  it('loads the app through app://debrief/, never from file://, or the dev server when there is one', () => {
    createMainWindow({ store: fakeStore(null).store, devServerUrl: null })
    expect(lastWindow().loadURL).toHaveBeenCalledWith('app://debrief/')
    expect(lastWindow().loadFile).not.toHaveBeenCalled()

    createMainWindow({ store: fakeStore(null).store, devServerUrl: 'http://localhost:5173/' })
    expect(lastWindow().loadURL).toHaveBeenCalledWith('http://localhost:5173/')
    expect(lastWindow().loadFile).not.toHaveBeenCalled()
  })

  it('reopens where it was left, maximised again if it was', () => {
    const saved = { x: 40, y: 30, width: 1000, height: 700, maximized: true }
    createMainWindow({ store: fakeStore(saved).store, devServerUrl: null })
    const win = lastWindow()
    expect(win.options).toMatchObject({ x: 40, y: 30, width: 1000, height: 700 })
    win.emit('ready-to-show')
    expect(win.maximized).toBe(true)
  })

  it('ignores a saved position that is off every display', () => {
    const saved = { x: 5000, y: 3000, width: 1000, height: 700, maximized: false }
    createMainWindow({ store: fakeStore(saved).store, devServerUrl: null })
    expect(lastWindow().options).not.toHaveProperty('x')
    expect(lastWindow().options).toMatchObject({ width: 1000, height: 700 })
  })

  it('saves its bounds once the user stops moving it', () => {
    const { store, data, update } = fakeStore(null)
    createMainWindow({ store, devServerUrl: null })
    const win = lastWindow()
    win.bounds = { x: 10, y: 20, width: 900, height: 600 }
    win.emit('move')
    vi.advanceTimersByTime(SAVE_DELAY_MS / 2)
    win.emit('resize')
    vi.advanceTimersByTime(SAVE_DELAY_MS - 1)
    expect(update).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(update).toHaveBeenCalledOnce()
    expect(data.window).toEqual({ x: 10, y: 20, width: 900, height: 600, maximized: false })
  })

  it('saves at once on close, and not again afterwards', () => {
    const { store, data, update } = fakeStore(null)
    createMainWindow({ store, devServerUrl: null })
    const win = lastWindow()
    win.maximized = true
    win.emit('maximize')
    win.emit('close')
    expect(update).toHaveBeenCalledOnce()
    expect(data.window).toMatchObject({ maximized: true })
    vi.advanceTimersByTime(SAVE_DELAY_MS * 2)
    expect(update).toHaveBeenCalledOnce()
  })
})
