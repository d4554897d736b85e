/**
 * The renderer's only door to the services. `window.api` (from the preload in Electron, from
 * /bridge.js in the browser host) answers result envelopes; this module turns them into values or
 * thrown `ApiCallError`s, so components can use plain `try`/`await`.
 */
import type {
  ApiResult,
  ChangeNotice,
  ErrorCode,
  Input,
  MethodName,
  Output,
  WindowApi,
  WindowEvents
} from '@shared/api'

/**
 * A failed call, with a message written for the user: the contract's ApiError (code and message)
 * thrown as an Error, so components can catch it.
 */
export class ApiCallError extends Error {
  readonly code: ErrorCode

  constructor(code: ErrorCode, message: string) {
    super(message)
    this.name = 'ApiCallError'
    this.code = code
  }
}

/** Every contract method, answering its value or throwing an `ApiCallError`. */
export type RendererApi = { [M in MethodName]: (input: Input<M>) => Promise<Output<M>> }

/**
 * The value of a result envelope, or an `ApiCallError` carrying its code and message. Anything that is
 * not a well-formed envelope is a host fault the user can do nothing about but restart.
 */
export function unwrapResult<T>(result: ApiResult<T>): T {
  if (typeof result !== 'object' || result === null || typeof result.ok !== 'boolean') {
    throw new ApiCallError('internal', 'Debrief received an answer it did not understand. Try restarting it.')
  }
  if (result.ok) return result.value
  throw new ApiCallError(result.error.code, result.error.message)
}

/** The bridge's function for `name`, or an ApiCallError when the page was opened without a host. */
function bridgeMethod<M extends MethodName>(name: M): (input: Input<M>) => Promise<ApiResult<Output<M>>> {
  // Read through globalThis so this module also loads under Node (unit tests), where there is no window.
  const bridge = (globalThis as { api?: Partial<WindowApi> }).api
  const fn = bridge?.[name]
  if (typeof fn !== 'function') {
    throw new ApiCallError(
      'internal',
      'Debrief cannot reach its data. Start it with “npm start” or “npm run web”.'
    )
  }
  return fn as (input: Input<M>) => Promise<ApiResult<Output<M>>>
}

/** Call one method: its value, or an ApiCallError (a rejected transport becomes one too). */
async function call<M extends MethodName>(name: M, input: Input<M>): Promise<Output<M>> {
  const fn = bridgeMethod(name)
  let result: ApiResult<Output<M>>
  try {
    result = await fn(input)
  } catch {
    throw new ApiCallError('internal', 'Debrief lost its connection to its data. Try again, or restart it.')
  }
  return unwrapResult(result)
}

/** Contract method names are `domain:verb`; nothing else on the proxy is a method. */
const METHOD_NAME = /^[a-z]+:[a-z]+$/

/**
 * The contract as the renderer uses it: `await api['settings:update']({ theme: 'dark' })`.
 * Methods are looked up on the bridge when called, not listed here, so the contract stays the one
 * list of channels. Only `domain:verb` names answer a function: anything else (`then` above all,
 * which would make `await api` wait forever) is undefined, as on a plain object.
 */
export const api: RendererApi = new Proxy({} as RendererApi, {
  get: (_target, name) =>
    typeof name === 'string' && METHOD_NAME.test(name)
      ? (input: never) => call(name as MethodName, input)
      : undefined
})

/**
 * Hear every change notice the host sends (a write made in this window or another); answers a
 * function that stops. A page opened without a host hears nothing.
 */
export function listenForChanges(listener: (notice: ChangeNotice) => void): () => void {
  const events = (globalThis as { apiEvents?: Partial<WindowEvents> }).apiEvents
  const listen = events?.['data:changed']
  return typeof listen === 'function' ? listen(listener) : () => undefined
}
