import type { IncomingMessage } from 'node:http'

/** Addresses the host may bind: loopback only, never a LAN or public interface. */
export function isLoopbackAddress(host: string): boolean {
  return host === '127.0.0.1' || host === '::1' || host === 'localhost'
}

/**
 * The Host header must name this server on loopback (stops DNS rebinding), and an Origin header,
 * when present, must be this server's own (stops other sites' pages calling the API).
 */
export function checkRequestOrigin(request: IncomingMessage, port: number): string | null {
  const allowed = new Set([`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`])
  const host = request.headers.host
  if (!host || !allowed.has(host.toLowerCase())) return `Host "${host ?? ''}" is not this server.`
  const origin = request.headers.origin
  if (origin !== undefined && ![...allowed].some((h) => origin.toLowerCase() === `http://${h}`)) {
    return `Origin "${origin}" may not use this server.`
  }
  return null
}

/** Read a request body up to `limit` bytes; resolves null when it is larger. */
export async function readBody(request: IncomingMessage, limit: number): Promise<Buffer | null> {
  const declared = Number(request.headers['content-length'])
  if (Number.isFinite(declared) && declared > limit) return null
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > limit) return null
    chunks.push(chunk)
  }
  return Buffer.concat(chunks)
}
