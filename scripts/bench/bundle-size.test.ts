/**
 * The bundle figures count what the first screen really loads: the page's script and stylesheet
 * and whatever they import statically, never a chunk imported on first use.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { bundleTargets, rendererBundle, type BundleFigures } from './bundle-size'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'debrief-bundle-'))
  await mkdir(join(dir, 'assets'))
})
afterEach(() => rm(dir, { recursive: true, force: true }))

const write = (file: string, text: string): Promise<void> => writeFile(join(dir, file), text)

describe('rendererBundle', () => {
  it('marks the entry, its preloads and static imports as the first screen, and lazy chunks as not', async () => {
    await write(
      'index.html',
      '<script type="module" crossorigin src="./assets/index-a.js"></script>' +
        '<link rel="modulepreload" crossorigin href="./assets/shared-b.js">' +
        '<link rel="stylesheet" crossorigin href="./assets/index-c.css">'
    )
    await write(
      'assets/index-a.js',
      'import{x}from"./shared-b.js";import"./side-d.js";const v=()=>import("./lazy-e.js")'
    )
    await write('assets/shared-b.js', 'export const x=1')
    await write('assets/side-d.js', 'import{y}from "./deep-f.js"')
    await write('assets/deep-f.js', 'export const y=2')
    await write('assets/lazy-e.js', 'import{x}from"./shared-b.js";export default x')
    await write('assets/index-c.css', 'p{margin:0}')
    await write('assets/lazy-g.css', 'q{margin:0}')
    const bundle = await rendererBundle(dir)
    const first = bundle.chunks.filter((c) => c.firstScreen).map((c) => c.file)
    expect(first.sort()).toEqual([
      'assets/deep-f.js',
      'assets/index-a.js',
      'assets/index-c.css',
      'assets/shared-b.js',
      'assets/side-d.js'
    ])
    const js = bundle.chunks.filter((c) => c.firstScreen && c.kind === 'js')
    expect(bundle.firstScreenJsBytes).toBe(js.reduce((sum, c) => sum + c.gzipBytes, 0))
    expect(bundle.totalBytes).toBe(bundle.chunks.reduce((sum, c) => sum + c.gzipBytes, 0))
    expect(bundle.chunks).toHaveLength(7)
  })
})

describe('bundleTargets', () => {
  const figures = (firstScreenJsBytes: number, totalBytes: number): BundleFigures => ({
    chunks: [],
    firstScreenJsBytes,
    totalBytes
  })

  it('meets each target up to its limit and misses it one byte over', () => {
    expect(bundleTargets(figures(80 * 1024, 200 * 1024)).map((t) => t.met)).toEqual([true, true])
    expect(bundleTargets(figures(80 * 1024 + 1, 200 * 1024 + 1)).map((t) => t.met)).toEqual([false, false])
  })

  it('names each target with its limit and gives the figure in KB', () => {
    expect(bundleTargets(figures(50_790, 194_048))).toEqual([
      { name: "first screen's JavaScript ≤ 80 KB gzipped", met: true, figure: '49.6 KB' },
      { name: 'all JavaScript and CSS ≤ 200 KB gzipped', met: true, figure: '189.5 KB' }
    ])
  })
})
