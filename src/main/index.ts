import { mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { app, BrowserWindow, dialog, ipcMain, session, shell } from 'electron'
import { dataDirOverride } from './data-dir'
import { mainFrameOf, registerIpc } from './electron/ipc'
import { installAppMenu } from './electron/menu'
import { openServices, type Services } from './open-services'
import { secureSession, secureWebContents, type AppLocation } from './electron/security'
import { createMainWindow, RENDERER_DIR } from './electron/window'

/** resources/: beside the app when packaged, at the repository root in development and preview. */
function resourcesDir(): string {
  return app.isPackaged ? process.resourcesPath : join(import.meta.dirname, '../../resources')
}

/** Tell the user why Debrief cannot run, then quit. */
function fail(message: string, error: unknown): void {
  const reason = error instanceof Error ? error.message : String(error)
  dialog.showErrorBox('Debrief could not start', `${message}\n\n${reason}`)
  app.quit()
}

const location: AppLocation = {
  rendererDir: RENDERER_DIR,
  devServerUrl: process.env.ELECTRON_RENDERER_URL || null
}

// Before anything else: Chromium's own files and the single-instance lock both live in userData,
// so a chosen data folder makes a separate, self-contained instance.
const override = dataDirOverride(process.argv, process.env)
let overrideError: unknown = null
if (override) {
  try {
    mkdirSync(resolve(override), { recursive: true })
    app.setPath('userData', resolve(override))
  } catch (error) {
    overrideError = error
  }
}

// Every web contents, whoever creates it, is held to the app's pages.
app.on('web-contents-created', (_event, contents) =>
  secureWebContents(contents, location, (url) => shell.openExternal(url))
)

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit()
})

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  void start()
}

async function start(): Promise<void> {
  await app.whenReady()
  // Never fall back to the default folder: the user asked for this one (tests, portable use).
  if (overrideError) return fail(`Debrief could not use the data folder ${override}.`, overrideError)
  const dataDir = app.getPath('userData')
  let services: Services
  try {
    services = await openServices({ dataDir, contentDir: join(resourcesDir(), 'content') })
  } catch (error) {
    return fail(`Debrief could not open its content or your data in ${dataDir}.`, error)
  }
  const { store, handlers } = services

  secureSession(session.defaultSession, location)
  let mainWindow: BrowserWindow | null = null
  registerIpc(
    ipcMain,
    handlers,
    mainFrameOf(() => mainWindow?.webContents ?? null, location)
  )
  installAppMenu()

  const openWindow = (): BrowserWindow => {
    const win = createMainWindow({ store, devServerUrl: location.devServerUrl })
    win.on('closed', () => {
      if (mainWindow === win) mainWindow = null
    })
    mainWindow = win
    return win
  }
  openWindow()

  app.on('second-instance', () => {
    const win = mainWindow ?? openWindow()
    if (win.isMinimized()) win.restore()
    win.focus()
  })
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow()
  })

  // Hold the quit until every change is on disk. will-quit comes after the windows have closed,
  // so this also covers the window state saved as the last window closes (before-quit does not).
  let flushed = false
  app.on('will-quit', (event) => {
    if (flushed) return
    event.preventDefault()
    store
      .flush()
      .catch((error: unknown) => console.error('[debrief] could not save before quitting:', error))
      .finally(() => {
        flushed = true
        app.quit()
      })
  })
}
