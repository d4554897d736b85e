import { readdir, readFile } from 'node:fs/promises'
import { extname, join } from 'node:path'
import { gzipSync } from 'node:zlib'

/** Gzipped bytes of the renderer's JavaScript and CSS in out/renderer. */
export async function rendererGzipBytes(rendererDir: string): Promise<{ js: number; css: number }> {
  const sizes = { js: 0, css: 0 }
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) await walk(path)
      else if (extname(path) === '.js') sizes.js += gzipSync(await readFile(path)).length
      else if (extname(path) === '.css') sizes.css += gzipSync(await readFile(path)).length
    }
  }
  await walk(rendererDir)
  return sizes
}
