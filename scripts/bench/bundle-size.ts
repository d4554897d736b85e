import { readdir, readFile } from 'node:fs/promises'
import { extname, join, posix } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Target } from './report'

/** One file of the built renderer. */
export interface Chunk {
  /** Its path under out/renderer, e.g. assets/index-Bx1.js. */
  file: string
  kind: 'js' | 'css'
  gzipBytes: number
  /** True when the first screen loads it: the page's own script and stylesheet and what they import statically. */
  firstScreen: boolean
}

export interface BundleFigures {
  chunks: Chunk[]
  firstScreenJsBytes: number
  totalBytes: number
}

/** The files the page names: its module script, the modules it preloads and its stylesheets. */
const PAGE_REFERENCE = /<(?:script[^>]*\ssrc|link[^>]*\shref)="\.?\/?([^"]+\.(?:js|css))"/g

/** A chunk's static imports (`import … from "./x.js"`, `import "./x.js"`), not its dynamic `import("./x.js")`. */
const STATIC_IMPORT = /(?:\bfrom|\bimport)\s*["'](\.\/[^"']+\.js)["']/g

/**
 * Every JavaScript and CSS file of the built renderer in `rendererDir`, gzipped, with the ones the
 * first screen loads marked: those index.html names and, from each, every chunk it imports
 * statically (a chunk imported with `import()` loads on first use, not with the page).
 */
export async function rendererBundle(rendererDir: string): Promise<BundleFigures> {
  const files: string[] = []
  const walk = async (dir: string, prefix: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) await walk(join(dir, entry.name), posix.join(prefix, entry.name))
      else if (['.js', '.css'].includes(extname(entry.name))) files.push(posix.join(prefix, entry.name))
    }
  }
  await walk(rendererDir, '')
  const text = new Map<string, string>()
  for (const file of files) text.set(file, await readFile(join(rendererDir, file), 'utf8'))

  const first = new Set<string>()
  const visit = (file: string): void => {
    if (first.has(file) || !text.has(file)) return
    first.add(file)
    if (file.endsWith('.js')) {
      for (const [, imported] of text.get(file)!.matchAll(STATIC_IMPORT)) {
        visit(posix.join(posix.dirname(file), imported!))
      }
    }
  }
  const page = await readFile(join(rendererDir, 'index.html'), 'utf8')
  for (const [, file] of page.matchAll(PAGE_REFERENCE)) visit(posix.normalize(file!))

  const chunks: Chunk[] = files
    .map((file) => ({
      file,
      kind: file.endsWith('.js') ? ('js' as const) : ('css' as const),
      gzipBytes: gzipSync(text.get(file)!).length,
      firstScreen: first.has(file)
    }))
    .sort((a, b) => Number(b.firstScreen) - Number(a.firstScreen) || b.gzipBytes - a.gzipBytes)
  const sum = (list: Chunk[]): number => list.reduce((total, chunk) => total + chunk.gzipBytes, 0)
  return {
    chunks,
    firstScreenJsBytes: sum(chunks.filter((c) => c.firstScreen && c.kind === 'js')),
    totalBytes: sum(chunks)
  }
}

const KB = 1024
const kb = (bytes: number): string => `${(bytes / KB).toFixed(1)} KB`

/** The bundle as a Markdown table, chunk by chunk, with the totals. */
export function bundleTable(f: BundleFigures): string {
  return [
    '| file | gzipped | loads |',
    '|---|---|---|',
    ...f.chunks.map(
      (c) =>
        `| ${c.file} | ${kb(c.gzipBytes)} | ${c.firstScreen ? 'with the first screen' : 'on first use'} |`
    ),
    `| **first screen's JavaScript** | **${kb(f.firstScreenJsBytes)}** | |`,
    `| **all JavaScript and CSS** | **${kb(f.totalBytes)}** | |`
  ].join('\n')
}

/** The size targets: the first screen's JavaScript ≤ 80 KB gzipped, all JavaScript and CSS ≤ 200 KB. */
export function bundleTargets(f: BundleFigures): Target[] {
  return [
    {
      name: "first screen's JavaScript ≤ 80 KB gzipped",
      met: f.firstScreenJsBytes <= 80 * KB,
      figure: kb(f.firstScreenJsBytes)
    },
    {
      name: 'all JavaScript and CSS ≤ 200 KB gzipped',
      met: f.totalBytes <= 200 * KB,
      figure: kb(f.totalBytes)
    }
  ]
}
