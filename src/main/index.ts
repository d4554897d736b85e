import { join, resolve } from 'node:path'
import { app, BrowserWindow, dialog, ipcMain, protocol, session, shell } from 'electron'
import { createAppRequestHandler, registerAppScheme, serveAppProtocol } from './app-protocol'
import { dataDirOverride } from './data-dir'
import { createChangeFeed } from './change-feed'
import { mainFrameOf, registerIpc, sendChangesToWindows } from './electron/ipc'
import { installAppMenu } from './electron/menu'
import { openServices, type Services } from './open-services'
import { secureSession, secureWebContents, type AppLocation } from './electron/security'
import { DataFolderInUse } from './store/data-folder-lock'
import { makePrivateFolder } from './store/file-modes'
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

/** Another process (a browser host) holds the data folder: say which, and leave it be. */
function refuse(error: DataFolderInUse): void {
  dialog.showErrorBox('Debrief is already open', error.message)
  app.exit(1)
}

const location: AppLocation = { devServerUrl: process.env.ELECTRON_RENDERER_URL || null }

// Only possible before the app is ready: the scheme the window's pages come from (app-protocol.ts).
registerAppScheme(protocol)

// Before anything else: Chromium's own files and the single-instance lock both live in userData,
// so a chosen data folder makes a separate, self-contained instance.
const override = dataDirOverride(process.argv, process.env)
let overrideError: unknown = null
if (override) {
  try {
    makePrivateFolder(resolve(override))
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
    services = await openServices({
      dataDir,
      contentDir: join(resourcesDir(), 'content'),
      app: 'the desktop app'
    })
  } catch (error) {
    if (error instanceof DataFolderInUse) return refuse(error)
    return fail(`Debrief could not open its content or your data in ${dataDir}.`, error)
  }
  const { store, handlers } = services

  secureSession(session.defaultSession, location)
  // Under the dev server the pages come from Vite, and out/renderer may not exist.
  if (!location.devServerUrl) {
    try {
      serveAppProtocol(protocol, await createAppRequestHandler({ rendererDir: RENDERER_DIR, handlers }))
    } catch (error) {
      return fail(`Debrief could not read its own pages in ${RENDERER_DIR}.`, error)
    }
  }
  let mainWindow: BrowserWindow | null = null
  const changes = createChangeFeed()
  registerIpc(
    ipcMain,
    handlers,
    mainFrameOf(() => mainWindow?.webContents ?? null, location),
    changes
  )
  sendChangesToWindows(changes, () => BrowserWindow.getAllWindows().map((win) => win.webContents))
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

  // Hold the quit until every change is on disk and the data folder is let go. will-quit comes
  // after the windows have closed, so this also covers the window state saved as the last window
  // closes (before-quit does not).
  let flushed = false
  app.on('will-quit', (event) => {
    if (flushed) return
    event.preventDefault()
    services
      .close()
      .catch((error: unknown) => console.error('[debrief] could not save before quitting:', error))
      .finally(() => {
        flushed = true
        app.quit()
      })
  })
}
