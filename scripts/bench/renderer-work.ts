import type { Browser, BrowserContext } from '@playwright/test'
import { median, ms } from './measure'

/** The renderer's own work on its main thread, before the frame that shows the article, by kind. */
export interface RendererWork {
  parseMs: number
  styleMs: number
  layoutMs: number
  paintMs: number
  scriptMs: number
  totalMs: number
}

/** The trace events each kind is made of (top-level ones only: a nested event is inside its parent's time). */
const KINDS: Record<Exclude<keyof RendererWork, 'totalMs'>, readonly string[]> = {
  parseMs: ['ParseHTML'],
  styleMs: ['UpdateLayoutTree', 'ParseAuthorStyleSheet'],
  layoutMs: ['Layout'],
  paintMs: ['PrePaint', 'Paint', 'Layerize', 'Commit'],
  scriptMs: ['EvaluateScript', 'v8.evaluateModule', 'FunctionCall', 'TimerFire', 'FireAnimationFrame']
}

/** What the page under trace stamps when its article's frame has been drawn. */
const MARK = 'debrief-article-painted'

/** Stamps MARK in the trace at the same moment RECORD_PAINT (paint-bench) takes its time. */
const STAMP_PAINT = `
  new MutationObserver((_, observer) => {
    if (!document.querySelector('[data-paragraph-id="P34"], #P34')) return
    observer.disconnect()
    requestAnimationFrame(() => setTimeout(() => { console.timeStamp('${MARK}'); window.__stamped = true }, 0))
  }).observe(document, { childList: true, subtree: true })
`

/** A trace event, as far as this reads it. */
export interface TraceEvent {
  name: string
  ph: string
  ts: number
  dur?: number
  pid: number
  tid: number
  args?: { data?: { message?: string } }
}

/**
 * The work, by kind, of the thread that stamped `mark`, in the events that began before the stamp
 * (cut at it): each top-level event once, the events inside it being part of its time.
 */
export function workBefore(events: readonly TraceEvent[], mark: string): RendererWork {
  const stamp = events.find((e) => e.name === 'TimeStamp' && e.args?.data?.message === mark)
  if (!stamp) throw new Error(`the trace has no ${mark} stamp`)
  const kindOf = new Map(Object.entries(KINDS).flatMap(([kind, names]) => names.map((n) => [n, kind])))
  const work = { parseMs: 0, styleMs: 0, layoutMs: 0, paintMs: 0, scriptMs: 0, totalMs: 0 }
  let coveredUntil = -Infinity
  const own = events
    .filter((e) => e.pid === stamp.pid && e.tid === stamp.tid && e.ph === 'X' && e.ts < stamp.ts)
    .sort((a, b) => a.ts - b.ts)
  for (const e of own) {
    const kind = kindOf.get(e.name) as keyof RendererWork | undefined
    if (!kind || e.ts < coveredUntil) continue
    const dur = Math.min(e.dur ?? 0, stamp.ts - e.ts) / 1000
    coveredUntil = e.ts + (e.dur ?? 0)
    work[kind] += dur
    work.totalMs += dur
  }
  return work
}

/** One traced load: the work of the thread that drew the article, up to its frame. */
async function traceOnce(
  browser: Browser,
  url: string,
  prepare?: (context: BrowserContext) => Promise<void>
): Promise<RendererWork> {
  const context = await browser.newContext()
  try {
    await prepare?.(context)
    const page = await context.newPage()
    await page.addInitScript(STAMP_PAINT)
    await browser.startTracing(page, { categories: ['devtools.timeline', 'blink'] })
    await page.goto(url)
    await page.waitForFunction(() => (window as { __stamped?: boolean }).__stamped)
    const events = (JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] })
      .traceEvents
    return workBefore(events, MARK)
  } finally {
    await context.close()
  }
}

/**
 * The renderer's work before the article's frame for each page, traced `runs` times in turn; the
 * median of each kind. Tracing slows a load, so these loads are not the timed ones.
 */
export async function traceRendererWork(
  browser: Browser,
  pages: readonly { url: string; prepare?: (context: BrowserContext) => Promise<void> }[],
  runs = 7
): Promise<RendererWork[]> {
  const traced: RendererWork[][] = pages.map(() => [])
  for (let run = 0; run < runs; run += 1) {
    for (const [at, page] of pages.entries())
      traced[at]!.push(await traceOnce(browser, page.url, page.prepare))
  }
  return traced.map((works) => {
    const of = (kind: keyof RendererWork): number => median(works.map((w) => w[kind]))
    return {
      parseMs: of('parseMs'),
      styleMs: of('styleMs'),
      layoutMs: of('layoutMs'),
      paintMs: of('paintMs'),
      scriptMs: of('scriptMs'),
      totalMs: of('totalMs')
    }
  })
}

/** One page's work as a table row's cells: parse, style, layout, paint, script, in all. */
export function workCells(work: RendererWork): string {
  return [work.parseMs, work.styleMs, work.layoutMs, work.paintMs, work.scriptMs, work.totalMs]
    .map(ms)
    .join(' | ')
}

/** How one page's work exceeds another's, kind by kind, in words. */
export function workBeyond(app: RendererWork, floor: RendererWork): string {
  const more = (kind: keyof RendererWork): string => ms(app[kind] - floor[kind])
  return (
    `the renderer's own work before that frame (slowed by the tracing) is ${ms(app.totalMs)} against ${ms(floor.totalMs)} ` +
    `(parsing ${more('parseMs')} more, style ${more('styleMs')}, layout ${more('layoutMs')}, ` +
    `paint ${more('paintMs')}, script ${more('scriptMs')})`
  )
}
