import type { Session, WebContents } from 'electron'
import { CONTENT_SECURITY_POLICY } from '@shared/csp'
import { APP_HOST, APP_SCHEME } from '../app-origin'

/** Where the app's own pages come from: app://debrief/, or in development the Vite dev server. */
export interface AppLocation {
  /** The Vite dev server electron-vite started (ELECTRON_RENDERER_URL), or null in a built app. */
  devServerUrl: string | null
}

/** Opens a URL in the user's browser (Electron's `shell.openExternal`). */
export type OpenExternal = (url: string) => Promise<void>

function parseUrl(url: string): URL | null {
  try {
    return new URL(url)
  } catch {
    return null
  }
}

/**
 * True when `url` is one of the app's own pages: app://debrief/ (served by app-protocol.ts from
 * the built renderer alone), or in development a page of the dev server. Only such pages may be
 * navigated to or talk to the main process; file:// never is.
 */
export function isAppUrl(url: string, location: AppLocation): boolean {
  const parsed = parseUrl(url)
  if (!parsed) return false
  if (parsed.protocol === `${APP_SCHEME}:`) {
    return parsed.host === APP_HOST && parsed.username === '' && parsed.password === ''
  }
  const devServer = location.devServerUrl === null ? null : parseUrl(location.devServerUrl)
  return devServer !== null && parsed.origin === devServer.origin
}

/** True when `url` may be handed to the user's browser: a well-formed http: or https: URL, nothing else. */
export function isSafeExternalUrl(url: string): boolean {
  const parsed = parseUrl(url)
  return parsed !== null && (parsed.protocol === 'http:' || parsed.protocol === 'https:')
}

/**
 * True when the renderer may load `url`. Everything the app needs is on this machine, so anything
 * that would leave it is refused, whatever the page asks for.
 */
export function isAllowedRequest(url: string, location: AppLocation): boolean {
  const parsed = parseUrl(url)
  if (!parsed) return false
  if (parsed.protocol === 'devtools:' || parsed.protocol === 'data:') return true
  // A blob: URL names memory a page filled (an exported file being saved) and never reaches the
  // network; only the app's own page's blobs are let through.
  if (parsed.protocol === 'blob:') return isAppUrl(url.slice('blob:'.length), location)
  if (isAppUrl(url, location)) return true
  // Vite's hot-reload socket lives on the dev server's host under ws:, a different origin.
  const devServer = location.devServerUrl === null ? null : parseUrl(location.devServerUrl)
  return devServer !== null && parsed.protocol === 'ws:' && parsed.host === devServer.host
}

/**
 * The policy for the page: the strict one, except that under the dev server the page also needs
 * Vite's hot-reload socket.
 */
export function contentSecurityPolicy(devServerUrl: string | null): string {
  const devServer = devServerUrl === null ? null : parseUrl(devServerUrl)
  if (!devServer) return CONTENT_SECURITY_POLICY
  return CONTENT_SECURITY_POLICY.replace("connect-src 'self'", `connect-src 'self' ws://${devServer.host}`)
}

/** `headers` with our policy as the only Content-Security-Policy, whatever casing a server used. */
export function withContentSecurityPolicy(
  headers: Record<string, string[]>,
  policy: string
): Record<string, string[]> {
  const kept = Object.entries(headers).filter(([name]) => name.toLowerCase() !== 'content-security-policy')
  return { ...Object.fromEntries(kept), 'Content-Security-Policy': [policy] }
}

/**
 * Lock down a session: every permission (camera, notifications, geolocation…) refused, every
 * request that would leave the machine cancelled, and the strict policy on every response.
 */
export function secureSession(session: Session, location: AppLocation): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequest(details.url, location)
    if (!allowed) console.warn(`[debrief] blocked a request to ${details.url}`)
    callback({ cancel: !allowed })
  })
  const policy = contentSecurityPolicy(location.devServerUrl)
  session.webRequest.onHeadersReceived((details, callback) =>
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders ?? {}, policy) })
  )
}

/**
 * Keep a web contents on the app's own pages: navigation and redirects elsewhere are stopped,
 * `<webview>` is refused, and no new window is ever opened; a web link the page tries to open goes
 * to the user's browser instead, and only if it is http(s).
 */
export function secureWebContents(
  contents: WebContents,
  location: AppLocation,
  openExternal: OpenExternal
): void {
  const stayInApp = (event: { url: string; preventDefault(): void }): void => {
    if (!isAppUrl(event.url, location)) event.preventDefault()
  }
  contents.on('will-navigate', stayInApp)
  contents.on('will-redirect', stayInApp)
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) {
      openExternal(url).catch((error: unknown) => console.error(`[debrief] could not open ${url}:`, error))
    }
    return { action: 'deny' }
  })
}
