import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { eventNames, maxRequestBytes, methodNames, type ApiResult, type ErrorCode } from '@shared/api'
import { createChangeFeed } from '../main/change-feed'
import { dispatch } from '../main/dispatch'
import type { Services } from '../main/open-services'
import { bridgeScript } from './bridge'
import { EVENTS_PATH, serveChangeStream } from './change-stream'
import { SECURITY_HEADERS } from './security-headers'
import { inlineStylesheets, pageWithFirstScreen } from './first-screen'
import { checkRequestOrigin, isLoopbackAddress, readBody } from './http-guards'
import { admit, createLaunchSecret, launchUrl, sendWelcome } from './launch-secret'
import { readStatic, resolveStaticPath } from './static-files'

/**
 * The HTTP status that goes with each typed error (the body, which the bridge reads, says the
 * same): a record over every code, so a new one does not compile until it has its status.
 */
const HTTP_STATUS: Record<ErrorCode, number> = {
  'invalid-input': 400,
  'not-found': 404,
  'unknown-method': 404,
  conflict: 409,
  'store-failed': 500,
  internal: 500
}

export interface WebHostOptions {
  services: Services
  /** The built renderer (out/renderer). */
  rendererDir: string
  /** 0 picks a free port. */
  port: number
  /** Loopback only; anything else is refused. */
  hostname?: string
}

export interface WebHost {
  /** The host's address, as pages and later requests use it (no secret in it). */
  url: string
  /** The address to open first: `url` with this launch's secret, which the host trades for a cookie. */
  launchUrl: string
  port: number
  /** Stop accepting requests, finish those under way, and flush the store. */
  close(): Promise<void>
}

/** How long close() lets requests under way finish before it drops every connection. */
const CLOSE_GRACE_MS = 300

/**
 * Serve the built renderer and the contract's methods over HTTP on loopback: the whole app in a
 * plain browser, with the same services and store as the Electron host.
 */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const hostname = options.hostname ?? '127.0.0.1'
  if (!isLoopbackAddress(hostname)) {
    throw new Error(`Refusing to listen on ${hostname}: the browser host binds loopback addresses only.`)
  }
  const { handlers, store } = options.services
  const bridge = bridgeScript(methodNames, eventNames)
  const secret = createLaunchSecret()
  const feed = createChangeFeed()
  const index = await inlineStylesheets(
    injectBridge(await readFile(join(options.rendererDir, 'index.html'), 'utf8')),
    options.rendererDir
  )
  let port = options.port

  const send = (response: ServerResponse, status: number, type: string, body: string | Buffer): void => {
    response.writeHead(status, { ...SECURITY_HEADERS, 'content-type': type, 'cache-control': 'no-store' })
    response.end(body)
  }
  const sendResult = (response: ServerResponse, status: number, result: ApiResult<unknown>): void =>
    send(response, status, 'application/json; charset=utf-8', JSON.stringify(result))
  const refuse = (
    response: ServerResponse,
    status: number,
    code: 'invalid-input' | 'unknown-method',
    message: string
  ): void => {
    response.setHeader('connection', 'close')
    sendResult(response, status, { ok: false, error: { code, message } })
  }

  const handleApi = async (
    request: IncomingMessage,
    response: ServerResponse,
    name: string
  ): Promise<void> => {
    if (request.method !== 'POST') return refuse(response, 405, 'invalid-input', 'Use POST for API calls.')
    if (!request.headers['content-type']?.startsWith('application/json')) {
      return refuse(response, 415, 'invalid-input', 'API calls must send application/json.')
    }
    const body = await readBody(request, maxRequestBytes(name))
    if (body === null) return refuse(response, 413, 'invalid-input', 'The request is too large.')
    let input: unknown
    try {
      input = JSON.parse(body.toString('utf8'))
    } catch {
      return refuse(response, 400, 'invalid-input', 'The request body is not valid JSON.')
    }
    const result = await dispatch(handlers, name, input, feed)
    sendResult(response, result.ok ? 200 : HTTP_STATUS[result.error.code], result)
  }

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const refusal = checkRequestOrigin(request, port)
    if (refusal) return send(response, 403, 'text/plain; charset=utf-8', refusal)
    const admission = admit(request, secret, port)
    if (admission.kind === 'refused')
      return send(response, 403, 'text/plain; charset=utf-8', admission.message)
    if (admission.kind === 'welcome') return sendWelcome(response, admission, SECURITY_HEADERS)
    const path = (request.url ?? '/').split('?')[0] ?? '/'
    if (path.startsWith('/api/')) return handleApi(request, response, path.slice('/api/'.length))
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return send(response, 405, 'text/plain; charset=utf-8', 'Method not allowed.')
    }
    if (path === '/' || path === '/index.html') {
      return send(response, 200, 'text/html; charset=utf-8', await pageWithFirstScreen(index, handlers))
    }
    if (path === '/bridge.js') return send(response, 200, 'text/javascript; charset=utf-8', bridge)
    if (path === EVENTS_PATH && request.method === 'GET')
      return serveChangeStream(response, feed, SECURITY_HEADERS)
    const file = resolveStaticPath(options.rendererDir, path)
    if (!file) return send(response, 400, 'text/plain; charset=utf-8', 'Bad path.')
    const found = await readStatic(file)
    if (!found) return send(response, 404, 'text/plain; charset=utf-8', 'Not found.')
    send(response, 200, found.type, found.body)
  }

  const server = createServer({ requestTimeout: 30_000 }, (request, response) => {
    handle(request, response).catch((error: unknown) => {
      console.error('[debrief] request failed:', error)
      if (!response.headersSent) send(response, 500, 'text/plain; charset=utf-8', 'Internal error.')
      else response.destroy()
    })
  })
  server.on('clientError', (_error, socket) => socket.end('HTTP/1.1 400 Bad Request\r\n\r\n'))
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, hostname, () => resolve())
  })
  port = (server.address() as AddressInfo).port
  const shownHost = hostname === '::1' ? '[::1]' : hostname
  const url = `http://${shownHost}:${port}/`

  return {
    url,
    launchUrl: launchUrl(url, secret),
    port,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeIdleConnections()
        // Chromium keeps a spare socket open that never sends a request, so it is never "idle";
        // give requests under way a moment to finish, then close whatever is left.
        setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS).unref()
      })
      await store.flush()
    }
  }
}

/**
 * Load the bridge before the renderer's own scripts, so `window.api` exists when they run.
 * Deferred, like the renderer's module script (which runs after it, in document order), so the
 * page is not held waiting for it while the first screen can already paint.
 */
function injectBridge(html: string): string {
  const tag = '<script defer src="/bridge.js"></script>'
  const at = html.indexOf('<script')
  return at === -1
    ? html.replace('</head>', `${tag}</head>`)
    : `${html.slice(0, at)}${tag}\n${html.slice(at)}`
}
