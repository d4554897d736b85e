/**
 * The app's own origin, app://debrief/. Electron serves every page and file of the renderer
 * through this protocol instead of file://: the page comes with its first screen drawn in (as the
 * browser host sends it), and nothing outside the built renderer can be named. The handler is a
 * plain function from a web Request to a Response, so it runs, and is tested and measured, without
 * Electron; the Electron glue is the two small functions at the end.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Protocol } from 'electron'
import { inlineStylesheets, pageWithFirstScreen } from '../web/first-screen'
import { SECURITY_HEADERS } from '../web/security-headers'
import { readStatic, resolveStaticPath } from '../web/static-files'
import { APP_HOST, APP_SCHEME, APP_SCHEME_PRIVILEGES } from './app-origin'
import type { Handlers } from './services/handlers'

/** Answers one request to the app's origin. */
export type AppRequestHandler = (request: Request) => Promise<Response>

export interface AppRequestHandlerOptions {
  /** The built renderer (out/renderer). */
  rendererDir: string
  /** The services whose answers the first screen is drawn from. */
  handlers: Handlers
}

const TEXT = 'text/plain; charset=utf-8'

function respond(request: Request, status: number, type: string, body: string | Buffer): Response {
  const headers = { ...SECURITY_HEADERS, 'content-type': type, 'cache-control': 'no-store' }
  // A Buffer is a Uint8Array; Response takes it as the bytes it holds.
  return new Response(request.method === 'HEAD' ? null : (body as BodyInit), { status, headers })
}

/**
 * The handler of app://debrief/: the page with its first screen drawn in (pageWithFirstScreen, as
 * the browser host sends it) for `/`, the renderer's own files for everything else, and a refusal
 * for any path that would leave the renderer folder (resolveStaticPath, the browser host's rule),
 * any other host and any verb but GET and HEAD.
 */
export async function createAppRequestHandler(options: AppRequestHandlerOptions): Promise<AppRequestHandler> {
  const { rendererDir, handlers } = options
  const template = await inlineStylesheets(
    await readFile(join(rendererDir, 'index.html'), 'utf8'),
    rendererDir
  )
  return async (request) => {
    const url = new URL(request.url)
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) {
      return respond(request, 404, TEXT, 'Not found.')
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return respond(request, 405, TEXT, 'Method not allowed.')
    }
    if (url.pathname === '/' || url.pathname === '/index.html') {
      return respond(request, 200, 'text/html; charset=utf-8', await pageWithFirstScreen(template, handlers))
    }
    const file = resolveStaticPath(rendererDir, url.pathname)
    if (!file) return respond(request, 400, TEXT, 'Bad path.')
    const found = await readStatic(file)
    if (!found) return respond(request, 404, TEXT, 'Not found.')
    return respond(request, 200, found.type, found.body)
  }
}

/**
 * Register app: as a privileged scheme. Electron allows this only before the app is ready, and
 * a scheme registered later is silently left unprivileged.
 */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES])
}

/** Serve app: with `handler` (after the app is ready, before the window opens). */
export function serveAppProtocol(protocol: Pick<Protocol, 'handle'>, handler: AppRequestHandler): void {
  protocol.handle(APP_SCHEME, handler)
}
