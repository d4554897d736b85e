import { secretCookieName } from '../web/launch-secret'
import type { WebHost } from '../web/server'

/** The Cookie header a browser holds once it has opened `host`'s launch address (tests only). */
export function secretCookie(host: WebHost): string {
  const token = new URL(host.launchUrl).searchParams.get('token') ?? ''
  return `${secretCookieName(host.port)}=${token}`
}
