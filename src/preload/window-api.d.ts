// Not index.d.ts: beside index.ts, TypeScript would take it for that file's output and skip it.
import type { WindowApi, WindowEvents } from '@shared/api'

declare global {
  interface Window {
    /** The contract, exposed by the preload; only src/renderer/src/lib/api.ts should use it. */
    api: WindowApi
    /** The contract's events, exposed by the preload; only src/renderer/src/lib/api.ts should use it. */
    apiEvents: WindowEvents
  }
}
