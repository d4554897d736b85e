import { describe, expect, it, vi } from 'vitest'
import type { MenuItemConstructorOptions } from 'electron'

const electron = vi.hoisted(() => ({
  app: { getVersion: () => '0.1.0', isPackaged: true },
  dialog: { showMessageBox: vi.fn(() => Promise.resolve({ response: 0 })) },
  Menu: {
    buildFromTemplate: vi.fn((template: unknown) => ({ template })),
    setApplicationMenu: vi.fn()
  }
}))
vi.mock('electron', () => electron)

const { appMenuTemplate, installAppMenu } = await import('./menu')

const roles = (items: MenuItemConstructorOptions[]) => items.map((item) => item.role ?? item.label)
const submenu = (items: MenuItemConstructorOptions[], label: string) =>
  items.find((item) => item.label === label || item.role === label)?.submenu as MenuItemConstructorOptions[]

describe('appMenuTemplate', () => {
  it('has the standard menus, with the application menu on macOS only', () => {
    const base = { developer: false, showAbout: () => {} }
    expect(roles(appMenuTemplate({ ...base, platform: 'linux' }))).toEqual([
      'fileMenu',
      'editMenu',
      'View',
      'windowMenu',
      'help'
    ])
    expect(roles(appMenuTemplate({ ...base, platform: 'darwin' }))[0]).toBe('appMenu')
  })

  it('offers the developer tools only in development', () => {
    const view = (developer: boolean) =>
      roles(submenu(appMenuTemplate({ platform: 'linux', developer, showAbout: () => {} }), 'View'))
    expect(view(false)).not.toContain('toggleDevTools')
    expect(view(true)).toContain('toggleDevTools')
  })

  it('opens the About box from Help', () => {
    const showAbout = vi.fn()
    const help = submenu(appMenuTemplate({ platform: 'win32', developer: false, showAbout }), 'help')
    const about = help.find((item) => item.label === 'About Debrief')
    about?.click?.({} as never, undefined, {} as never)
    expect(showAbout).toHaveBeenCalledOnce()
  })
})

describe('installAppMenu', () => {
  it('installs the menu, whose About box names the version', () => {
    installAppMenu()
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledOnce()
    const [template] = electron.Menu.buildFromTemplate.mock.calls[0] as [MenuItemConstructorOptions[]]
    submenu(template, 'help')[0]?.click?.({} as never, undefined, {} as never)
    expect(electron.dialog.showMessageBox).toHaveBeenCalledWith(
      expect.objectContaining({ title: 'About Debrief', message: 'Debrief 0.1.0' })
    )
  })
})
