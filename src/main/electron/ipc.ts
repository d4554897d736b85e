import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron'
import { methodNames, type ApiResult, type EventName } from '@shared/api'
import type { ChangeFeed } from '../change-feed'
import { dispatch } from '../dispatch'
import { isAppUrl, type AppLocation } from './security'
import type { Handlers } from '../services'

/** Decides whether an IPC call comes from a page allowed to use the contract. */
export type SenderCheck = (event: IpcMainInvokeEvent) => boolean

const untrusted: ApiResult<never> = {
  ok: false,
  error: { code: 'invalid-input', message: 'Untrusted sender.' }
}

/**
 * Serve every contract method on `ipcMain`, one channel per method name and nothing else. A call
 * whose sender fails `isTrustedSender` is answered with an error and reaches no handler; any other
 * call goes through `dispatch`, which validates its input and tells `feed` of each write.
 */
export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle'>,
  handlers: Handlers,
  isTrustedSender: SenderCheck,
  feed?: ChangeFeed
): void {
  for (const name of methodNames) {
    ipcMain.handle(name, (event, input: unknown) => {
      if (isTrustedSender(event)) return dispatch(handlers, name, input, feed)
      console.warn(`[debrief] refused ${name} from ${event.senderFrame?.url ?? 'a closed frame'}`)
      return untrusted
    })
  }
}

/**
 * Trust only the top frame of the main window, and only while it shows one of the app's own pages:
 * never a subframe, another window, or a page that got navigated elsewhere.
 */
export function mainFrameOf(window: () => WebContents | null, location: AppLocation): SenderCheck {
  return (event) => {
    const contents = window()
    const frame = event.senderFrame
    return (
      contents !== null &&
      frame !== null &&
      event.sender.id === contents.id &&
      frame.parent === null &&
      isAppUrl(frame.url, location)
    )
  }
}

const CHANGED: EventName = 'data:changed'

/**
 * Send every change notice from `feed` to every open window, on the contract event's own channel
 * (the preload listens there): a second window then shows what the first one did. A window that
 * is closing is skipped. Answers a function that stops sending.
 */
export function sendChangesToWindows(
  feed: ChangeFeed,
  windows: () => readonly Pick<WebContents, 'isDestroyed' | 'send'>[]
): () => void {
  return feed.subscribe((notice) => {
    for (const contents of windows()) if (!contents.isDestroyed()) contents.send(CHANGED, notice)
  })
}
