import { contextBridge, ipcRenderer } from 'electron'
import type { WindowApi } from '@shared/api'
import { createWindowApi } from './bridge'

const api = createWindowApi((channel, input) => ipcRenderer.invoke(channel, input)) satisfies WindowApi
contextBridge.exposeInMainWorld('api', api)
