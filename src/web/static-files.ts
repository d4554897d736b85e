import { realpathSync } from 'node:fs'
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
 * `root` (../, encoded slashes, NUL bytes, or a symbolic link inside `root` pointing out of it).
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
  return isWithin(root, full) && isWithin(realPath(root), realPath(full)) ? full : null
}

function isWithin(root: string, path: string): boolean {
  return path === root || path.startsWith(root.endsWith(sep) ? root : root + sep)
}

/**
 * Where `path` really is, links followed; `path` itself when it does not exist (it is then not
 * served). Synchronous, so the check is complete before the caller reads anything.
 */
function realPath(path: string): string {
  try {
    return realpathSync.native(path)
  } catch {
    return path
  }
}

/** Read a static file for serving; null when there is no such file. */
export async function readStatic(path: string): Promise<{ body: Buffer; type: string } | null> {
  try {
    return { body: await readFile(path), type: CONTENT_TYPES[extname(path)] ?? 'application/octet-stream' }
  } catch {
    return null
  }
}
