import {
  eventNames,
  methodNames,
  type EventName,
  type MethodName,
  type WindowApi,
  type WindowEvents
} from '@shared/api'

/** Sends one contract call to the main process and resolves with its answer (`ipcRenderer.invoke`). */
export type Invoke = (channel: MethodName, input: unknown) => Promise<unknown>

/**
 * Listens on one event channel from the main process (`ipcRenderer.on`); answers a function that
 * stops listening (`ipcRenderer.removeListener`).
 */
export type Listen = (channel: EventName, listener: (payload: unknown) => void) => () => void

/**
 * `window.api`: one function per contract method, each forwarding its input unchanged on the
 * channel of the same name. Built from the contract's own list, so it can never offer a channel
 * the main process does not serve, nor let the page choose one.
 */
export function createWindowApi(invoke: Invoke): WindowApi {
  // fromEntries forgets which key holds which method; the keys are exactly methodNames and the
  // main process answers each with that method's result envelope, which is what WindowApi says.
  return Object.fromEntries(
    methodNames.map((name) => [name, (input: unknown) => invoke(name, input)])
  ) as WindowApi
}

/**
 * `window.apiEvents`: one function per contract event, each listening on the channel of the same
 * name and handing the page only the payload (never Electron's event object, which reaches the
 * sender). Built from the contract's list, so the page cannot listen on any other channel.
 */
export function createWindowEvents(listen: Listen): WindowEvents {
  return Object.fromEntries(
    eventNames.map((name) => [name, (listener: (payload: unknown) => void) => listen(name, listener)])
  ) as WindowEvents
}
