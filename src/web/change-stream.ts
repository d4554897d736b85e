import type { ServerResponse } from 'node:http'
import type { ChangeNotice, EventName } from '@shared/api'
import type { ChangeFeed } from '../main/change-feed'

/** The path of the browser host's event stream (server-sent events). */
export const EVENTS_PATH = '/events'

/** How often an idle stream sends a comment, so a dropped connection is noticed and reopened. */
const KEEPALIVE_MS = 25_000

/** One server-sent event: its name and its JSON payload, in the stream's own framing. */
export function eventText(name: EventName, payload: ChangeNotice): string {
  // JSON has no raw newlines, so the payload is always one data line.
  return `event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`
}

/**
 * Keep `response` open as an event stream and send it every change notice from `feed`, until the
 * window goes away. The request has passed the same Host, Origin and secret checks as any other.
 */
export function serveChangeStream(
  response: ServerResponse,
  feed: ChangeFeed,
  headers: Record<string, string>
): void {
  response.writeHead(200, {
    ...headers,
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    connection: 'keep-alive'
  })
  // The first bytes go out at once, so the browser knows the stream is open.
  response.write(': open\n\n')
  const stop = feed.subscribe((notice) => response.write(eventText('data:changed', notice)))
  const keepalive = setInterval(() => response.write(': keepalive\n\n'), KEEPALIVE_MS)
  keepalive.unref()
  response.on('close', () => {
    stop()
    clearInterval(keepalive)
  })
}
