import { readFile } from 'node:fs/promises'
import { extname, join, normalize, sep } from 'node:path'

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8'
}

/**
 * The file under `root` that a URL path names, or null when the path is malformed or would leave
 * `root` (../, encoded slashes, NUL bytes).
 */
export function resolveStaticPath(root: string, urlPath: string): string | null {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return null
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null
  const relative = normalize(decoded).replace(/^([/\\])+/, '')
  if (relative.startsWith('..')) return null
  const full = join(root, relative)
  return full === root || full.startsWith(root.endsWith(sep) ? root : root + sep) ? full : null
}

/** Read a static file for serving; null when there is no such file. */
export async function readStatic(path: string): Promise<{ body: Buffer; type: string } | null> {
  try {
    return { body: await readFile(path), type: CONTENT_TYPES[extname(path)] ?? 'application/octet-stream' }
  } catch {
    return null
  }
}
