import { app, dialog, Menu, type MenuItemConstructorOptions } from 'electron'

export interface MenuOptions {
  platform: NodeJS.Platform
  /** True in an unpackaged (development) build: adds the developer tools. */
  developer: boolean
  /** Shows the About box. */
  showAbout: () => void
}

/**
 * The standard menus, built from Electron's roles so shortcuts and labels follow each platform:
 * the application menu on macOS, then File, Edit, View, Window and Help.
 */
export function appMenuTemplate({
  platform,
  developer,
  showAbout
}: MenuOptions): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions[] = [
    { role: 'reload' },
    ...(developer ? [{ role: 'toggleDevTools' } as const] : []),
    { type: 'separator' },
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' }
  ]
  return [
    ...(platform === 'darwin' ? [{ role: 'appMenu' } as const] : []),
    { role: 'fileMenu' },
    { role: 'editMenu' },
    { label: 'View', submenu: view },
    { role: 'windowMenu' },
    { role: 'help', submenu: [{ label: 'About Debrief', click: showAbout }] }
  ]
}

/** Install the application menu; its About box names the running version. */
export function installAppMenu(): void {
  const showAbout = (): void => {
    void dialog.showMessageBox({
      type: 'info',
      title: 'About Debrief',
      message: `Debrief ${app.getVersion()}`,
      detail: 'Study one news article deeply: read, annotate, drill and see it in time, offline.'
    })
  }
  const template = appMenuTemplate({ platform: process.platform, developer: !app.isPackaged, showAbout })
  Menu.setApplicationMenu(Menu.buildFromTemplate(template))
}
