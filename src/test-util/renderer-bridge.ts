/**
 * A stand-in for the bridge (window.api) in the renderer's unit tests: each method answers what the
 * test says, every call is recorded, and a method the test did not name fails as a host would.
 */
import type { ApiError, ChangeNotice, ErrorCode, MethodName } from '@shared/api'

/** One call the renderer made: the method and its input. */
export type Call = [name: string, input: unknown]

/** An answer that is a refusal: the host's typed error, as the renderer receives it. */
export class Refusal {
  readonly error: ApiError

  constructor(message: string, code: ErrorCode = 'invalid-input') {
    this.error = { code, message }
  }
}

/** A method's answer: the value it succeeds with (computed from the input), or a refusal. */
export type Answer = ((input: unknown) => unknown) | Refusal

/**
 * Install the fake bridge as window.api; answers the list every call is recorded in. Call
 * `removeFakeBridge` after each test.
 */
export function installFakeBridge(answers: Partial<Record<MethodName, Answer>>): Call[] {
  const calls: Call[] = []
  ;(globalThis as { api?: unknown }).api = new Proxy(
    {},
    {
      get: (_target, name: string) => async (input: unknown) => {
        calls.push([name, input])
        const answer = answers[name as MethodName]
        if (answer instanceof Refusal) return { ok: false, error: answer.error }
        if (answer) return { ok: true, value: answer(input) }
        return { ok: false, error: { code: 'internal', message: `no answer for ${name}` } }
      }
    }
  )
  return calls
}

/**
 * Install the bridge's events (window.apiEvents); answers a function that sends a change notice to
 * every listener, as the host does. `removeFakeBridge` takes them away too.
 */
export function installFakeEvents(): (notice: ChangeNotice) => void {
  const listeners = new Set<(notice: ChangeNotice) => void>()
  ;(globalThis as { apiEvents?: unknown }).apiEvents = {
    'data:changed': (listener: (notice: ChangeNotice) => void) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    }
  }
  return (notice) => listeners.forEach((listener) => listener(notice))
}

/** Take the fake bridge (and its events) away again. */
export function removeFakeBridge(): void {
  delete (globalThis as { api?: unknown }).api
  delete (globalThis as { apiEvents?: unknown }).apiEvents
}
