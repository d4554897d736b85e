import { EventEmitter } from 'node:events'
import { mkdtemp, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { methodNames } from '@shared/api'

/** The app double: an event emitter with the lifecycle calls index.ts makes. */
class FakeApp extends EventEmitter {
  isPackaged = false
  paths = new Map([['userData', '/default/userData']])
  locked = true
  quit = vi.fn()
  exit = vi.fn()
  setPath = vi.fn((name: string, path: string) => this.paths.set(name, path))
  getPath = (name: string) => this.paths.get(name) ?? ''
  requestSingleInstanceLock = () => this.locked
  whenReady = () => {
    doubles.ready = true
    return Promise.resolve()
  }
  getVersion = () => '0.1.0'
}

/** A window double for second-instance and close handling. */
class FakeWindow extends EventEmitter {
  webContents = { id: 1 }
  minimized = false
  isMinimized = () => this.minimized
  restore = vi.fn()
  focus = vi.fn()
}

const doubles = vi.hoisted(() => ({
  app: null as unknown as FakeApp,
  windows: [] as FakeWindow[],
  handled: [] as string[],
  close: vi.fn(() => Promise.resolve()),
  /** What happened to the protocol module, in order, with the app's readiness at the time. */
  protocolCalls: [] as { call: string; ready: boolean; args: unknown[] }[],
  ready: false,
  createAppRequestHandler: vi.fn(),
  protocol: { name: 'the protocol module' },
  openServices: vi.fn(),
  showErrorBox: vi.fn()
}))

vi.mock('electron', () => ({
  get app() {
    return doubles.app
  },
  BrowserWindow: { getAllWindows: () => doubles.windows },
  dialog: { showErrorBox: doubles.showErrorBox },
  ipcMain: { handle: (name: string) => doubles.handled.push(name) },
  session: {
    defaultSession: {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      webRequest: { onBeforeRequest: vi.fn(), onHeadersReceived: vi.fn() }
    }
  },
  shell: { openExternal: vi.fn() },
  protocol: doubles.protocol
}))
// The protocol module's own behaviour is app-protocol.test.ts's; here, when index.ts calls it.
vi.mock('./app-protocol', () => ({
  registerAppScheme: (protocol: unknown) =>
    doubles.protocolCalls.push({ call: 'registerAppScheme', ready: doubles.ready, args: [protocol] }),
  serveAppProtocol: (protocol: unknown, handler: unknown) =>
    doubles.protocolCalls.push({ call: 'serveAppProtocol', ready: doubles.ready, args: [protocol, handler] }),
  createAppRequestHandler: doubles.createAppRequestHandler
}))
vi.mock('./open-services', () => ({ openServices: doubles.openServices }))
vi.mock('./electron/menu', () => ({ installAppMenu: vi.fn() }))
vi.mock('./electron/window', () => ({
  RENDERER_DIR: '/app/out/renderer',
  createMainWindow: () => {
    const win = new FakeWindow()
    doubles.windows.push(win)
    return win
  }
}))

const argv = process.argv
const appHandler = vi.fn()
let tmp: string

beforeEach(async () => {
  vi.resetModules()
  doubles.app = new FakeApp()
  doubles.windows = []
  doubles.handled = []
  doubles.close.mockClear()
  doubles.showErrorBox.mockClear()
  doubles.openServices.mockReset()
  doubles.openServices.mockResolvedValue({ store: {}, handlers: {}, close: doubles.close })
  doubles.protocolCalls = []
  doubles.ready = false
  doubles.createAppRequestHandler.mockReset()
  doubles.createAppRequestHandler.mockResolvedValue(appHandler)
  delete process.env.ELECTRON_RENDERER_URL
  process.argv = ['electron', 'out/main/index.js']
  tmp = await mkdtemp(join(tmpdir(), 'debrief-main-'))
})
afterEach(async () => {
  process.argv = argv
  delete process.env.ELECTRON_RENDERER_URL
  await rm(tmp, { recursive: true, force: true })
})

/** Load index.ts as Electron would, and let its start-up run. */
async function launch(): Promise<FakeApp> {
  await import('./index')
  await vi.waitFor(() =>
    expect(doubles.windows.length + doubles.app.quit.mock.calls.length).toBeGreaterThan(0)
  )
  return doubles.app
}

describe('main process lifecycle', () => {
  it('opens the store in userData with the shipped content, serves the contract and opens the window', async () => {
    await launch()
    expect(doubles.openServices).toHaveBeenCalledWith({
      dataDir: '/default/userData',
      contentDir: resolve(import.meta.dirname, '../../resources/content'),
      app: 'the desktop app'
    })
    expect(doubles.handled.sort()).toEqual([...methodNames].sort())
    expect(doubles.windows).toHaveLength(1)
  })

  it('registers app: as a privileged scheme before the app is ready, and serves it once ready', async () => {
    await launch()
    expect(doubles.protocolCalls).toEqual([
      { call: 'registerAppScheme', ready: false, args: [doubles.protocol] },
      { call: 'serveAppProtocol', ready: true, args: [doubles.protocol, appHandler] }
    ])
    expect(doubles.createAppRequestHandler).toHaveBeenCalledWith({
      rendererDir: '/app/out/renderer',
      handlers: {}
    })
  })

  it('explains and quits when its own pages cannot be read, opening no window', async () => {
    doubles.createAppRequestHandler.mockRejectedValue(new Error('ENOENT: index.html'))
    const app = await launch()
    expect(doubles.showErrorBox).toHaveBeenCalledWith(
      'Debrief could not start',
      expect.stringContaining('ENOENT: index.html')
    )
    expect(app.quit).toHaveBeenCalled()
    expect(doubles.windows).toHaveLength(0)
  })

  it('leaves app: unserved under the dev server, whose pages come from Vite', async () => {
    process.env.ELECTRON_RENDERER_URL = 'http://localhost:5173/'
    await launch()
    expect(doubles.protocolCalls.map((c) => c.call)).toEqual(['registerAppScheme'])
    expect(doubles.windows).toHaveLength(1)
  })

  it('moves userData, created if need be, to the folder given with --data-dir', async () => {
    const dataDir = join(tmp, 'nested', 'data')
    process.argv = ['electron', 'out/main/index.js', '--data-dir', dataDir]
    const app = await launch()
    expect(app.setPath).toHaveBeenCalledWith('userData', dataDir)
    expect((await stat(dataDir)).isDirectory()).toBe(true)
    expect(doubles.openServices).toHaveBeenCalledWith(expect.objectContaining({ dataDir }))
  })

  it('leaves at once when another instance is running', async () => {
    doubles.app = Object.assign(new FakeApp(), { locked: false })
    await import('./index')
    await vi.waitFor(() => expect(doubles.app.quit).toHaveBeenCalled())
    expect(doubles.openServices).not.toHaveBeenCalled()
    expect(doubles.windows).toHaveLength(0)
  })

  it('brings the existing window forward when the app is started again', async () => {
    const app = await launch()
    const win = doubles.windows[0]!
    win.minimized = true
    app.emit('second-instance')
    expect(win.restore).toHaveBeenCalled()
    expect(win.focus).toHaveBeenCalled()
  })

  it('creates the --data-dir folder private to this account', async () => {
    const dataDir = join(tmp, 'private')
    process.argv = ['electron', 'out/main/index.js', `--data-dir=${dataDir}`]
    await launch()
    expect((await stat(dataDir)).mode & 0o777).toBe(0o700)
  })

  it('says at once which folder it cannot create, and why, instead of hanging (inside /proc)', async () => {
    process.argv = ['electron', 'out/main/index.js', '--data-dir', '/proc/debrief-cannot/data']
    const app = await launch()
    expect(doubles.showErrorBox).toHaveBeenCalledWith(
      'Debrief could not start',
      expect.stringMatching(/data folder \/proc\/debrief-cannot\/data\.[\s\S]*ENOENT/)
    )
    expect(doubles.openServices).not.toHaveBeenCalled()
    expect(app.quit).toHaveBeenCalled()
  })

  it('shows who holds the data folder when a browser host has it, and leaves with an error status', async () => {
    const { DataFolderInUse } = await import('./store/data-folder-lock')
    const refusal = new DataFolderInUse('/home/me/.config/Debrief', {
      app: 'the browser host',
      pid: 4321,
      hostname: 'here'
    })
    doubles.openServices.mockRejectedValue(refusal)
    await import('./index')
    await vi.waitFor(() => expect(doubles.app.exit).toHaveBeenCalledWith(1))
    expect(doubles.showErrorBox).toHaveBeenCalledWith(
      'Debrief is already open',
      'Debrief is already open on this data folder, /home/me/.config/Debrief (the browser host, pid 4321). ' +
        'Close it, or start with --data-dir <another folder>.'
    )
    expect(doubles.windows).toHaveLength(0)
  })

  it('explains and quits when the store or content cannot be opened', async () => {
    doubles.openServices.mockRejectedValue(new Error('article.txt has no credit line'))
    const app = await launch()
    expect(doubles.showErrorBox).toHaveBeenCalledWith(
      'Debrief could not start',
      expect.stringContaining('article.txt has no credit line')
    )
    expect(app.quit).toHaveBeenCalled()
    expect(doubles.windows).toHaveLength(0)
  })

  it('holds the quit until the store is flushed and the data folder let go', async () => {
    let finish = (): void => {}
    doubles.close.mockReturnValue(new Promise<void>((done) => (finish = done)))
    const app = await launch()
    const first = { preventDefault: vi.fn() }
    app.emit('will-quit', first)
    expect(first.preventDefault).toHaveBeenCalled()
    expect(app.quit).not.toHaveBeenCalled()
    finish()
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalledOnce())
    const second = { preventDefault: vi.fn() }
    app.emit('will-quit', second)
    expect(second.preventDefault).not.toHaveBeenCalled()
  })

  it('quits when the last window closes, except on macOS', async () => {
    const app = await launch()
    app.emit('window-all-closed')
    expect(app.quit).toHaveBeenCalledTimes(process.platform === 'darwin' ? 0 : 1)
  })
})
