import { methodNames, type MethodName, type WindowApi } from '@shared/api'

/** Sends one contract call to the main process and resolves with its answer (`ipcRenderer.invoke`). */
export type Invoke = (channel: MethodName, input: unknown) => Promise<unknown>

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
