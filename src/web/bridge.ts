import type { ApiResult } from '@shared/api'

/**
 * The script the browser host serves as /bridge.js: it defines `window.api` exactly as the Electron
 * preload does, one function per contract method, each a POST to /api/<method>. It is generated
 * from the method names, so it can never disagree with the contract.
 */
export function bridgeScript(methods: readonly string[]): string {
  return `"use strict";\n(${installBridge.toString()})(${JSON.stringify(methods)});\n`
}

/** Runs in the page. Self-contained on purpose: it is sent as source text. */
function installBridge(methods: string[]): void {
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
}
