import { join } from 'node:path'
import { BrowserWindow, screen } from 'electron'
import { APP_URL } from '../app-origin'
import type { Store } from '../store/open-store'
import { toWindowState, visibleBounds } from './window-state'

/** The built renderer (out/renderer), beside this file's out/main: what app://debrief/ serves. */
export const RENDERER_DIR = join(import.meta.dirname, '../renderer')

/** The preload bundle (out/preload/index.cjs), beside this file's out/main. */
export const PRELOAD_PATH = join(import.meta.dirname, '../preload/index.cjs')

/** How long the window must rest before a move or resize is saved, so a drag writes once. */
export const SAVE_DELAY_MS = 500

export interface MainWindowOptions {
  store: Store
  /** The dev server to load from (ELECTRON_RENDERER_URL), or null to load the built files. */
  devServerUrl: string | null
}

/**
 * Open the main window where the user last left it, show it once its first paint is ready, and
 * remember its size, position and maximised state as they change.
 */
export function createMainWindow({ store, devServerUrl }: MainWindowOptions): BrowserWindow {
  const workAreas = screen.getAllDisplays().map((display) => display.workArea)
  const saved = store.data.window
  const win = new BrowserWindow({
    ...visibleBounds(saved, workAreas, screen.getPrimaryDisplay().workArea),
    title: 'Debrief',
    show: false,
    // The renderer is untrusted: no Node, isolated and sandboxed, and only the preload's
    // `window.api` between it and the main process. Written out in the constructor call, not spread
    // from a constant, so the security scan (electronegativity reads this call) sees every setting.
    webPreferences: {
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
    }
  })
  win.once('ready-to-show', () => {
    // maximize() also shows the window, so it waits for the first paint too.
    if (saved?.maximized) win.maximize()
    win.show()
  })
  rememberWindowState(win, store)

  // The built renderer comes through the app: protocol (app-protocol.ts), never from file://.
  const loaded = win.loadURL(devServerUrl ?? APP_URL)
  loaded.catch((error: unknown) => console.error('[debrief] could not load the app page:', error))
  return win
}

function rememberWindowState(win: BrowserWindow, store: Store): void {
  let timer: ReturnType<typeof setTimeout> | undefined
  const save = (): void => {
    clearTimeout(timer)
    timer = undefined
    const state = toWindowState(win.getNormalBounds(), win.isMaximized())
    store
      .update((data) => {
        data.window = state
      })
      .catch((error: unknown) => console.error('[debrief] could not save the window state:', error))
  }
  const saveSoon = (): void => {
    clearTimeout(timer)
    timer = setTimeout(save, SAVE_DELAY_MS)
  }
  win.on('resize', saveSoon)
  win.on('move', saveSoon)
  win.on('maximize', saveSoon)
  win.on('unmaximize', saveSoon)
  // Closing saves at once: a pending save would otherwise run on a destroyed window.
  win.on('close', save)
}
