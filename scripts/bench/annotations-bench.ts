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
import { admitContext, fetchAdmitted, startHostProcess } from '../../e2e/web-host'
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

async function readerRow(
  browser: Browser,
  content: Content,
  count: number,
  runs: number
): Promise<ReaderRow> {
  const dataDir = await mkdtemp(join(tmpdir(), 'debrief-annotations-'))
  const store = await openStore({ dataDir, content })
  await store.update((data) => {
    data.annotations = syntheticAnnotations(content, count)
  })
  await store.flush()
  // The built host, as `npm run web` starts it.
  const host = await startHostProcess(dataDir)
  try {
    const opens: number[] = []
    const frames: number[] = []
    for (let i = 0; i <= runs; i += 1) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
      await admitContext(context, host)
      const page = await context.newPage()
      await page.addInitScript(recordOpen(count))
      await page.goto(host.url)
      const opened = (await (
        await page.waitForFunction(() => (window as { __opened?: number }).__opened, undefined, {
          timeout: 60_000
        })
      ).jsonValue()) as number
      // The first run warms the server and the browser's caches of the code; it is not counted.
      if (i > 0) {
        opens.push(opened)
        // Two passes first: the first rasters of each screen are slow whatever is drawn on it.
        for (let pass = 0; pass < 4; pass += 1) {
          const pageFrames = (await page.evaluate(SCROLL_FRAMES)) as number[]
          if (pass >= 2) frames.push(...pageFrames)
        }
      }
      await context.close()
    }
    return {
      pageBytes: (await (await fetchAdmitted(host)).arrayBuffer()).byteLength,
      highlights: count,
      openMs: median(opens),
      frameMs: median(frames),
      worstFrameMs: Math.max(...frames),
      longFrames: frames.filter((f) => f > 50).length
    }
  } finally {
    await host.stop()
    await rm(dataDir, { recursive: true, force: true })
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
  runs = 5
): Promise<AnnotationFigures> {
  const content = await loadContent(join(root, 'resources/content'))
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update']
  })
  try {
    const rows: ReaderRow[] = []
    for (const count of [0, 1_000, 10_000]) rows.push(await readerRow(browser, content, count, runs))
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
