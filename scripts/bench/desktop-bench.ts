import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { BrowserContext } from '@playwright/test'
import { methodNames } from '@shared/api'
import { APP_ORIGIN } from '../../src/main/app-origin'
import { createAppRequestHandler } from '../../src/main/app-protocol'
import { dispatch } from '../../src/main/dispatch'
import { openServices } from '../../src/main/open-services'
import { SECURITY_HEADERS } from '../../src/web/security-headers'
import { median, ms } from './measure'
import { kb, launchChromium, paintOnce, staticPage } from './paint-bench'
import { traceRendererWork, type RendererWork } from './renderer-work'

export interface DesktopFigures {
  appMs: number
  /** The static page of the same article, answered the same way: the comparison. */
  staticMs: number
  /** Debrief's page with its scripts taken out: what the markup and stylesheet alone cost. */
  scriptlessMs: number
  /** …and its stylesheet taken out too: what the markup alone costs. */
  markupOnlyMs: number
  ratio: number
  runs: number
  /** The bytes of the app's page and of the static page. */
  pageBytes: number
  staticBytes: number
  /** The renderer's work before the article's frame, traced: Debrief's page, the static page. */
  work: { app: RendererWork; floor: RendererWork }
}

/**
 * Where the pages are asked for. Chromium cannot be handed Electron's app: scheme, so each request
 * to this stand-in origin is answered by the very handler Electron registers for app://debrief/.
 */
const STAND_IN = 'https://debrief.invalid'
const STATIC_PATH = '/static-article.html'
const SCRIPTLESS_PATH = '/without-scripts.html'
const MARKUP_ONLY_PATH = '/markup-only.html'

/** The page's script elements and module preloads, which the scriptless row leaves out. */
const SCRIPTS = /<script\b[^>]*\ssrc="[^"]*"[^>]*><\/script>|<link rel="modulepreload"[^>]*>/g

/** The page's inline stylesheets, which the markup-only row leaves out as well. */
const STYLES = /<style>[^]*?<\/style>/g

/** The bridge as the preload builds it (src/preload/bridge.ts): one function per method, each a call to main. */
const windowApiScript = (binding: string): string =>
  `window.api = Object.freeze(Object.fromEntries(${JSON.stringify(methodNames)}.map((name) => [name, (input) => window.${binding}(name, input)])))`

/**
 * Time to the article painted as Electron shows it: the page and its files from the app:
 * protocol's handler (createAppRequestHandler, over a fresh data folder), `window.api` answered
 * in this process by `dispatch` through a binding, as IPC answers it; against a static page of the
 * same article answered the same way, with the same headers, alternating in one Chromium run.
 */
export async function benchDesktop(root: string, chromiumPath: string, runs = 31): Promise<DesktopFigures> {
  const dataDir = await mkdtemp(join(tmpdir(), 'debrief-desktop-'))
  const services = await openServices({ dataDir, contentDir: join(root, 'resources/content') })
  const handle = await createAppRequestHandler({
    rendererDir: join(root, 'out/renderer'),
    handlers: services.handlers
  })
  const html = staticPage(services.store.data.content.article)
  const prepare = async (context: BrowserContext): Promise<void> => {
    await context.route(`${STAND_IN}/**`, async (route) => {
      const url = new URL(route.request().url())
      if (url.pathname === STATIC_PATH) {
        return route.fulfill({
          status: 200,
          headers: { ...SECURITY_HEADERS, 'content-type': 'text/html; charset=utf-8' },
          body: html
        })
      }
      const markupOnly = url.pathname === MARKUP_ONLY_PATH
      const scriptless = markupOnly || url.pathname === SCRIPTLESS_PATH
      const response = await handle(
        new Request(`${APP_ORIGIN}${scriptless ? '/' : url.pathname}${url.search}`, {
          method: route.request().method()
        })
      )
      const text = scriptless ? (await response.text()).replace(SCRIPTS, '') : ''
      const body = scriptless
        ? Buffer.from(markupOnly ? text.replace(STYLES, '') : text)
        : Buffer.from(await response.arrayBuffer())
      await route.fulfill({ status: response.status, headers: Object.fromEntries(response.headers), body })
    })
    await context.exposeBinding('__debriefInvoke', (_source, name: string, input: unknown) =>
      dispatch(services.handlers, name, input)
    )
    await context.addInitScript({ content: windowApiScript('__debriefInvoke') })
  }
  const browser = await launchChromium(chromiumPath)
  try {
    const urls = [STATIC_PATH, '/', SCRIPTLESS_PATH, MARKUP_ONLY_PATH].map((path) => `${STAND_IN}${path}`)
    for (const url of urls) await paintOnce(browser, url, prepare)
    const times: number[][] = urls.map(() => [])
    for (let i = 0; i < runs; i += 1) {
      for (const [at, url] of urls.entries()) times[at]!.push(await paintOnce(browser, url, prepare))
    }
    const [staticMs, appMs, scriptlessMs, markupOnlyMs] = times.map(median) as [
      number,
      number,
      number,
      number
    ]
    const [app, floor] = (await traceRendererWork(browser, [
      { url: `${STAND_IN}/`, prepare },
      { url: `${STAND_IN}${STATIC_PATH}`, prepare }
    ])) as [RendererWork, RendererWork]
    const pageBytes = (await (await handle(new Request(`${APP_ORIGIN}/`))).arrayBuffer()).byteLength
    return {
      appMs,
      staticMs,
      scriptlessMs,
      markupOnlyMs,
      ratio: appMs / staticMs,
      runs,
      pageBytes,
      staticBytes: Buffer.byteLength(html),
      work: { app, floor }
    }
  } finally {
    await browser.close()
    await services.store.flush()
    await rm(dataDir, { recursive: true, force: true })
  }
}

/** The desktop figures as a Markdown table. */
export function desktopTable(f: DesktopFigures): string {
  return [
    `| page, as Electron loads it (median of ${f.runs}) | time to article painted |`,
    '|---|---|',
    `| Debrief through the app: protocol's handler, window.api answered in-process | ${ms(f.appMs)} |`,
    `| static HTML page of the same article, answered the same way | ${ms(f.staticMs)} |`,
    `| ratio | ${f.ratio.toFixed(2)} |`,
    `| (Debrief's page with its scripts taken out: the markup and stylesheet alone) | ${ms(f.scriptlessMs)} |`,
    `| (… and its stylesheet taken out too: the markup alone) | ${ms(f.markupOnlyMs)} |`,
    `| (the pages' sizes: Debrief's, the static one) | ${kb(f.pageBytes)}, ${kb(f.staticBytes)} |`
  ].join('\n')
}
