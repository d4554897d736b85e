import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Browser, type BrowserContext } from '@playwright/test'
import type { Article } from '@shared/schemas'
import { admitContext, fetchAdmitted, startHostProcess } from '../../e2e/web-host'
import { loadContent } from '../../src/main/content/load-content'
import { SECURITY_HEADERS } from '../../src/web/security-headers'
import { median, ms } from './measure'
import { traceRendererWork, type RendererWork } from './renderer-work'

export interface PaintFigures {
  appMs: number
  /** The static page served with the host's security headers: the comparison. */
  staticMs: number
  /** The same static page with no headers at all, for reference. */
  bareStaticMs: number
  ratio: number
  runs: number
  /** The bytes of the host's page and of the static page. */
  pageBytes: number
  staticBytes: number
  /** The browser's version, as it reports it. */
  chromium: string
  /** The renderer's work before the article's frame, traced: Debrief's page, the static page. */
  work: { app: RendererWork; floor: RendererWork }
}

/** A size in bytes as whole kilobytes: 76 KB. */
export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(0)} KB`

const LAST_PARAGRAPH = '[data-paragraph-id="P34"], #P34'

/** Records, in the page, the first frame painted after the article's last paragraph appears. */
const RECORD_PAINT = `
  new MutationObserver((_, observer) => {
    if (!document.querySelector('${LAST_PARAGRAPH}')) return
    observer.disconnect()
    requestAnimationFrame(() => setTimeout(() => { window.__painted = performance.now() }, 0))
  }).observe(document, { childList: true, subtree: true })
`

/**
 * The same article as one plain HTML page with no script: the fastest it could possibly paint.
 * Its icon is inline, as Debrief's is: a page without one makes the browser ask for /favicon.ico,
 * and under request interception that request held the static page's paint back.
 */
export function staticPage(article: Article): string {
  const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;')
  const body = article.sections
    .map(
      (section) =>
        (section.heading ? `<h2>${escape(section.heading)}</h2>` : '') +
        section.paragraphs.map((p) => `<p id="${p.id}">${escape(p.text)}</p>`).join('')
    )
    .join('')
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${escape(article.title)}</title>
<style>body{max-width:38rem;margin:3rem auto;font:19px/1.6 Georgia,serif}</style></head>
<body><main><h1>${escape(article.title)}</h1>${body}<p id="${article.credit.id}">${escape(article.credit.text)}</p></main></body></html>`
}

/**
 * Milliseconds from navigation to the whole article painted, in a fresh browser context (no
 * cache), after `prepare` has set the context up (request routes, bindings).
 */
export async function paintOnce(
  browser: Browser,
  url: string,
  prepare?: (context: BrowserContext) => Promise<void>
): Promise<number> {
  const context = await browser.newContext()
  try {
    await prepare?.(context)
    const page = await context.newPage()
    await page.addInitScript(RECORD_PAINT)
    await page.goto(url)
    const painted = await page.waitForFunction(() => (window as { __painted?: number }).__painted)
    return (await painted.jsonValue()) as number
  } finally {
    await context.close()
  }
}

/**
 * Time to the article painted through the browser host (fresh data folder) against a static HTML
 * page of the same article, in the same Chromium run, alternating so load drifts hit both alike.
 */
export async function benchPaint(root: string, chromiumPath: string, runs = 31): Promise<PaintFigures> {
  const dataDir = await mkdtemp(join(tmpdir(), 'debrief-paint-'))
  // The built host, as `npm run web` starts it, over a fresh data folder.
  const host = await startHostProcess(dataDir)
  const html = staticPage((await loadContent(join(root, 'resources/content'))).article)
  const serveStatic = async (headers: Record<string, string>): Promise<{ url: string; close(): void }> => {
    const server = createServer((_request, response) => {
      response.writeHead(200, { ...headers, 'content-type': 'text/html; charset=utf-8' })
      response.end(html)
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, close: () => server.close() }
  }
  // The host's own headers, so the two pages differ only in what they are: the opener policy
  // alone costs a fresh tab a new renderer process, whatever the page.
  const plain = await serveStatic(SECURITY_HEADERS)
  const bare = await serveStatic({})
  const browser = await launchChromium(chromiumPath)
  try {
    const urls = [host.url, plain.url, bare.url]
    // The host's page is opened as by a browser that has been admitted before: with its secret cookie.
    const prepare = (url: string) =>
      url === host.url ? (context: BrowserContext) => admitContext(context, host) : undefined
    for (const url of urls) await paintOnce(browser, url, prepare(url))
    const times: number[][] = [[], [], []]
    for (let i = 0; i < runs; i += 1) {
      for (const [at, url] of urls.entries()) times[at]!.push(await paintOnce(browser, url, prepare(url)))
    }
    const [appMs, staticMs, bareStaticMs] = times.map(median) as [number, number, number]
    const [app, floor] = (await traceRendererWork(browser, [
      { url: host.url, prepare: prepare(host.url) },
      { url: plain.url }
    ])) as [RendererWork, RendererWork]
    const pageBytes = (await (await fetchAdmitted(host)).arrayBuffer()).byteLength
    return {
      appMs,
      staticMs,
      bareStaticMs,
      ratio: appMs / staticMs,
      runs,
      pageBytes,
      staticBytes: Buffer.byteLength(html),
      chromium: browser.version(),
      work: { app, floor }
    }
  } finally {
    await browser.close()
    await host.stop()
    plain.close()
    bare.close()
    await rm(dataDir, { recursive: true, force: true })
  }
}

/** Debian's Chromium as the benches drive it: headless, no sandbox, GPU or background traffic. */
export function launchChromium(chromiumPath: string): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update']
  })
}

/** The paint figures as a Markdown table. */
export function paintTable(f: PaintFigures): string {
  return [
    '| page | time to article painted (median of ' + f.runs + ') |',
    '|---|---|',
    `| Debrief through the browser host | ${ms(f.appMs)} |`,
    `| static HTML page of the same article, same headers | ${ms(f.staticMs)} |`,
    `| ratio | ${f.ratio.toFixed(2)} |`,
    `| (the static page with no headers at all) | ${ms(f.bareStaticMs)} |`,
    `| (the pages' sizes: Debrief's, the static one) | ${kb(f.pageBytes)}, ${kb(f.staticBytes)} |`
  ].join('\n')
}
