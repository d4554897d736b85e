import type { ApiResult } from '@shared/api'

/**
 * The script the browser host serves as /bridge.js: it defines `window.api` exactly as the Electron
 * preload does, one function per contract method, each a POST to /api/<method>, and
 * `window.apiEvents`, one function per contract event, each listening to the server-sent events
 * of that name on /events. It is generated from the contract's names, so it can never disagree
 * with the contract.
 */
export function bridgeScript(methods: readonly string[], events: readonly string[]): string {
  return `"use strict";\n(${installBridge.toString()})(${JSON.stringify(methods)}, ${JSON.stringify(events)});\n`
}

/** Runs in the page. Self-contained on purpose: it is sent as source text. */
function installBridge(methods: string[], events: string[]): void {
  const call = async (name: string, input: unknown): Promise<ApiResult<unknown>> => {
    try {
      const response = await fetch(`/api/${name}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(input === undefined ? {} : input)
      })
      return (await response.json()) as ApiResult<unknown>
    } catch {
      return {
        ok: false,
        error: {
          code: 'internal',
          message: 'Debrief’s local server did not answer. Is `npm run web` still running?'
        }
      }
    }
  }
  const api = Object.fromEntries(methods.map((name) => [name, (input: unknown) => call(name, input)]))
  Object.defineProperty(window, 'api', { value: Object.freeze(api), enumerable: true })

  // One stream for every event, opened when the page first listens; the browser reopens it if it drops.
  let stream: EventSource | null = null
  const listeners = new Map<string, Set<(payload: unknown) => void>>()
  const listen = (name: string, listener: (payload: unknown) => void): (() => void) => {
    stream ??= new EventSource('/events')
    let named = listeners.get(name)
    if (!named) {
      const own = new Set<(payload: unknown) => void>()
      listeners.set(name, own)
      stream.addEventListener(name, (event) => {
        const payload: unknown = JSON.parse((event as MessageEvent<string>).data)
        for (const each of [...own]) each(payload)
      })
      named = own
    }
    const entry = (payload: unknown): void => listener(payload)
    named.add(entry)
    return () => void named.delete(entry)
  }
  const apiEvents = Object.fromEntries(
    events.map((name) => [name, (listener: (payload: unknown) => void) => listen(name, listener)])
  )
  Object.defineProperty(window, 'apiEvents', { value: Object.freeze(apiEvents), enumerable: true })
}
