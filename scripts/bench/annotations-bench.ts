import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Browser } from '@playwright/test'
import { describeRange } from '@shared/anchoring/anchor'
import { articleText } from '@shared/anchoring/article-text'
import { reanchorAll } from '@shared/anchoring/reanchor'
import { HIGHLIGHT_COLORS } from '@shared/limits'
import { type Annotation } from '@shared/annotation-schemas'
import type { Content } from '@shared/schemas'
import { loadContent } from '../../src/main/content/load-content'
import { openStore } from '../../src/main/store/open-store'
import { admitContext, fetchAdmitted, startHostProcess, type HostProcess } from '../../e2e/web-host'
import { median, ms } from './measure'

export interface ReaderRow {
  highlights: number
  openMs: number
  /** Median and worst frame while scrolling the article top to bottom. */
  frameMs: number
  worstFrameMs: number
  longFrames: number
  /** The bytes of the page the host sends (the highlights' spans travel with it). */
  pageBytes: number
}

export interface AnnotationFigures {
  rows: ReaderRow[]
  reanchorMs: number
  reanchored: { moved: number; orphaned: number }
}

/** `count` highlights over the real article text, of varied lengths, some overlapping, some across paragraphs. */
export function syntheticAnnotations(content: Content, count: number): Annotation[] {
  const { text } = articleText(content.article)
  const at = new Date(Date.UTC(2025, 7, 20)).toISOString()
  return Array.from({ length: count }, (_, i) => {
    const start = (i * 131) % (text.length - 200)
    const end = start + 12 + ((i * 17) % 160)
    return {
      id: `bench-${i}`,
      created: at,
      updated: at,
      color: HIGHLIGHT_COLORS[i % HIGHLIGHT_COLORS.length]!,
      note: i % 3 === 0 ? `Note ${i} with *emphasis*.` : '',
      tags: i % 4 === 0 ? ['bench'] : [],
      target: { selector: describeRange(text, start, end) },
      orphaned: false
    }
  })
}

/**
 * Records, in the page, the first frame after the article and its highlights are drawn (once any
 * are: they are all registered at once, merged per colour, so fewer ranges than highlights).
 */
const recordOpen = (expected: number): string => `
  const check = () => {
    const drawn = ['yellow', 'green', 'blue', 'pink', 'purple']
      .reduce((sum, c) => sum + (CSS.highlights.get('annotation-' + c)?.size ?? 0), 0)
    const ready = ${expected} === 0 ? CSS.highlights.has('annotation-overlap') : drawn > 0
    if (document.querySelector('#P34') && ready) {
      requestAnimationFrame(() => setTimeout(() => { window.__opened = performance.now() }, 0))
    } else requestAnimationFrame(check)
  }
  requestAnimationFrame(check)
`

/** Scroll the article from top to bottom a sixth of a screen per frame, answering each frame's duration. */
const SCROLL_FRAMES = `new Promise((resolve) => {
  scrollTo(0, 0)
  const frames = []
  let last = performance.now()
  const step = (now) => {
    frames.push(now - last)
    last = now
    if (scrollY + innerHeight >= document.documentElement.scrollHeight - 2 || frames.length > 400) resolve(frames.slice(1))
    else { scrollBy(0, Math.round(innerHeight / 6)); requestAnimationFrame(step) }
  }
  requestAnimationFrame(step)
})`

/** A built host (as `npm run web` starts it) over a data folder of its own holding `count` highlights. */
async function hostWith(content: Content, count: number): Promise<{ host: HostProcess; dataDir: string }> {
  const dataDir = await mkdtemp(join(tmpdir(), 'debrief-annotations-'))
  const store = await openStore({ dataDir, content })
  await store.update((data) => {
    data.annotations = syntheticAnnotations(content, count)
  })
  await store.flush()
  return { host: await startHostProcess(dataDir), dataDir }
}

/**
 * One opening of the reader: ms to the article and its highlights painted, and, with `scroll`,
 * the frames of scrolling it top to bottom.
 */
async function openReader(
  browser: Browser,
  host: HostProcess,
  count: number,
  scroll: boolean
): Promise<{ opened: number; frames: number[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  try {
    await admitContext(context, host)
    const page = await context.newPage()
    await page.addInitScript(recordOpen(count))
    await page.goto(host.url)
    const opened = (await (
      await page.waitForFunction(() => (window as { __opened?: number }).__opened, undefined, {
        timeout: 60_000
      })
    ).jsonValue()) as number
    const frames: number[] = []
    // Two passes first: the first rasters of each screen are slow whatever is drawn on it.
    for (let pass = 0; scroll && pass < 4; pass += 1) {
      const pageFrames = (await page.evaluate(SCROLL_FRAMES)) as number[]
      if (pass >= 2) frames.push(...pageFrames)
    }
    return { opened, frames }
  } finally {
    await context.close()
  }
}

/** The pause before each opening. */
const SETTLE_MS = 500

/** The rounds whose openings also scroll the article (their frames are plenty; an opening is one figure). */
const SCROLLED_ROUNDS = 3

/**
 * The reader over `counts` highlights, one host each, opened in turn in every round so that the
 * machine's drifts fall on each alike; the first round warms the hosts and the browser's caches
 * of the code, and is not counted.
 */
async function readerRows(
  browser: Browser,
  content: Content,
  counts: readonly number[],
  runs: number
): Promise<ReaderRow[]> {
  const hosts: { host: HostProcess; dataDir: string }[] = []
  try {
    for (const count of counts) hosts.push(await hostWith(content, count))
    const opens: number[][] = counts.map(() => [])
    const frames: number[][] = counts.map(() => [])
    for (let round = 0; round <= runs; round += 1) {
      for (const [at, count] of counts.entries()) {
        // The browser's tearing down of the opening before (a heavy page's, most of all) must not
        // fall on this one.
        await new Promise((resolve) => setTimeout(resolve, SETTLE_MS))
        const run = await openReader(browser, hosts[at]!.host, count, round <= SCROLLED_ROUNDS)
        if (round === 0) continue
        opens[at]!.push(run.opened)
        frames[at]!.push(...run.frames)
      }
    }
    const rows: ReaderRow[] = []
    for (const [at, count] of counts.entries()) {
      rows.push({
        pageBytes: (await (await fetchAdmitted(hosts[at]!.host)).arrayBuffer()).byteLength,
        highlights: count,
        openMs: median(opens[at]!),
        frameMs: median(frames[at]!),
        worstFrameMs: Math.max(...frames[at]!),
        longFrames: frames[at]!.filter((f) => f > 50).length
      })
    }
    return rows
  } finally {
    for (const { host, dataDir } of hosts) {
      await host.stop()
      await rm(dataDir, { recursive: true, force: true })
    }
  }
}

/** Re-anchor 10,000 annotations after the article gains an opening paragraph and a changed word. */
function benchReanchor(content: Content): Pick<AnnotationFigures, 'reanchorMs' | 'reanchored'> {
  const changed: Content = structuredClone(content)
  const first = changed.article.sections[0]!.paragraphs[0]!
  first.text = `An added opening sentence moves every offset. ${first.text}`
  for (const section of changed.article.sections) {
    const paragraph = section.paragraphs[1]
    if (paragraph) paragraph.text = paragraph.text.replace(/\b(\w{5,})\b/, 'changed')
  }
  const { text } = articleText(changed.article)
  const times: number[] = []
  let report = { moved: 0, orphaned: 0 }
  for (let run = 0; run < 3; run += 1) {
    const annotations = syntheticAnnotations(content, 10_000)
    const start = performance.now()
    report = reanchorAll(annotations, text)
    times.push(performance.now() - start)
  }
  return { reanchorMs: median(times), reanchored: report }
}

/** The reader with 0, 1,000 and 10,000 highlights, and re-anchoring 10,000 after a content change. */
export async function benchAnnotations(
  root: string,
  chromiumPath: string,
  runs = 11
): Promise<AnnotationFigures> {
  const content = await loadContent(join(root, 'resources/content'))
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update']
  })
  try {
    const rows = await readerRows(browser, content, [0, 1_000, 10_000], runs)
    return { rows, ...benchReanchor(content) }
  } finally {
    await browser.close()
  }
}

/** The annotation figures as Markdown tables. */
export function annotationsTable(f: AnnotationFigures): string {
  return [
    '| highlights | reader open (median) | frame while scrolling (median) | worst frame | frames > 50 ms |',
    '|---|---|---|---|---|',
    ...f.rows.map(
      (r) =>
        `| ${r.highlights.toLocaleString('en')} | ${ms(r.openMs)} | ${ms(r.frameMs)} | ${ms(r.worstFrameMs)} | ${r.longFrames} |`
    ),
    '',
    `Re-anchoring 10,000 annotations after a content change: ${ms(f.reanchorMs)} ` +
      `(${f.reanchored.moved.toLocaleString('en')} moved, ${f.reanchored.orphaned.toLocaleString('en')} orphaned).`
  ].join('\n')
}
