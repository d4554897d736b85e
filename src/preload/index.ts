import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import type { WindowApi, WindowEvents } from '@shared/api'
import { createWindowApi, createWindowEvents } from './bridge'

const api = createWindowApi((channel, input) => ipcRenderer.invoke(channel, input)) satisfies WindowApi
const apiEvents = createWindowEvents((channel, listener) => {
  const forward = (_event: IpcRendererEvent, payload: unknown): void => listener(payload)
  ipcRenderer.on(channel, forward)
  return () => void ipcRenderer.removeListener(channel, forward)
}) satisfies WindowEvents
contextBridge.exposeInMainWorld('api', api)
contextBridge.exposeInMainWorld('apiEvents', apiEvents)
