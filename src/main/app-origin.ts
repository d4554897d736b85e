/**
 * The app's own origin, app://debrief/: where Electron serves the renderer from (app-protocol.ts),
 * and the only pages the window may show or that may call the main process (security.ts).
 */
import type { CustomScheme } from 'electron'

/** The scheme of the app's pages. */
export const APP_SCHEME = 'app'

/** The app's one host: every other host under the scheme is refused. */
export const APP_HOST = 'debrief'

/** The app's origin, as a page served from it reports `location.origin`. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`

/** The page the window opens. */
export const APP_URL = `${APP_ORIGIN}/`

/**
 * How the scheme is registered: standard (an origin of its own, relative URLs, 'self' in the
 * policy), secure (a secure context, as https is) and with V8's code cache (a later launch
 * compiles less). Nothing that loosens the page's rules: no reads from other origins
 * (corsEnabled), no bypassing the policy, no service workers.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, codeCache: true }
}
