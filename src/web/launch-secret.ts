import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'

/**
 * The browser host's per-launch secret, as Jupyter's token: Host and Origin checks stop other
 * sites' pages, but any process of any account on this computer can send the right Host and
 * Origin. Only the person who started `npm run web` sees the address it prints, which carries the
 * secret once; the first load trades it for a cookie and moves to the clean address, and every
 * request without the secret is refused.
 */

/** A new secret: 32 random bytes, URL-safe. */
export function createLaunchSecret(): string {
  return randomBytes(32).toString('base64url')
}

/**
 * The cookie's name: cookies are kept per host name, not per port, so two hosts on loopback
 * (two data folders) each need their own name or one would log the other's pages out.
 */
export function secretCookieName(port: number): string {
  return `debrief-${port}`
}

/** The address that lets a browser in: the host's own, with the secret as `?token=` this once. */
export function launchUrl(url: string, secret: string): string {
  return `${url}?token=${secret}`
}

const digest = (text: string): Buffer => createHash('sha256').update(text, 'utf8').digest()

/** Whether `given` is the secret, in time that does not depend on where they first differ. */
export function isSecret(given: string | undefined, secret: string): boolean {
  // Digests have one length whatever was sent, so timingSafeEqual never throws or leaks the length.
  return given !== undefined && timingSafeEqual(digest(given), digest(secret))
}

/** The value of cookie `name` in a Cookie header, if it is there. */
export function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const pair of (header ?? '').split(';')) {
    const at = pair.indexOf('=')
    if (at !== -1 && pair.slice(0, at).trim() === name) return pair.slice(at + 1).trim()
  }
  return undefined
}

const PAGE_PATHS = new Set(['/', '/index.html'])

const REFUSED = {
  kind: 'refused',
  message:
    'This Debrief server only answers the browser that opened the address it printed when it started (the one with ?token=). Open that address again.'
} as const

/** What a request with or without the secret gets. */
export type Admission =
  | { kind: 'admitted' }
  | { kind: 'refused'; message: string }
  /** The page asked for with the secret in its address: set the cookie and go to the clean address. */
  | { kind: 'welcome'; location: string; cookie: string }

/**
 * Decide whether `request` may go on: it carries the secret in its cookie, or it is the first load
 * of the page with the secret as `?token=`. Anything else is refused before it is read any
 * further, so it can change nothing.
 */
export function admit(request: IncomingMessage, secret: string, port: number): Admission {
  const name = secretCookieName(port)
  const url = URL.parse(request.url ?? '/', 'http://debrief.invalid')
  if (url === null) return REFUSED
  const token = url.searchParams.get('token') ?? undefined
  const byCookie = isSecret(cookieValue(request.headers.cookie, name), secret)
  const isPageLoad = request.method === 'GET' && PAGE_PATHS.has(url.pathname)
  if (isPageLoad && token !== undefined && (byCookie || isSecret(token, secret))) {
    return {
      kind: 'welcome',
      location: url.pathname,
      cookie: `${name}=${secret}; HttpOnly; SameSite=Strict; Path=/`
    }
  }
  return byCookie ? { kind: 'admitted' } : REFUSED
}

/** Answer a welcome: the cookie, and a redirect to the address without the secret in it. */
export function sendWelcome(
  response: ServerResponse,
  welcome: Extract<Admission, { kind: 'welcome' }>,
  headers: Record<string, string>
): void {
  response.writeHead(303, {
    ...headers,
    location: welcome.location,
    'set-cookie': welcome.cookie,
    'cache-control': 'no-store'
  })
  response.end()
}
