import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test as base, expect, type Page } from '@playwright/test'
import {
  admitContext,
  describeExit,
  startHostProcess,
  START_LIMIT_MS,
  STOP_LIMIT_MS,
  type HostProcess
} from './web-host'

/** The browser host under test, over a data folder of its own. */
export interface Host {
  /** The host's address, e.g. http://127.0.0.1:41234/ (it changes on restart). */
  url: string
  /** The address it printed, with this launch's secret (it changes on restart too). */
  launchUrl: string
  /**
   * Every address it has had in this test, one per start: a page open across a restart may still
   * reach for the one before (its event stream tries to reconnect there).
   */
  addresses: string[]
  dataDir: string
  /** Stop the host (it flushes pending writes and must exit 0). */
  stop(): Promise<void>
  /** Start it again on the same data folder. */
  start(): Promise<void>
  /** stop() then start(). */
  restart(): Promise<void>
}

/**
 * Every test gets a fresh data folder and its own host, and fails if the page requests anything
 * from an address other than that host: Debrief must never reach the network. The test's browser
 * context holds the host's secret cookie (as if it had opened the printed address once), renewed
 * at every start; a context a test makes itself has no way in until it opens `launchUrl`.
 */
export const test = base.extend<{ host: Host }>({
  // A timeout of its own, so starting and stopping hosts on a busy machine never eats the test's.
  host: [
    async ({ context }, use) => {
      const dataDir = await mkdtemp(join(tmpdir(), 'debrief-e2e-'))
      let running: HostProcess | null = null
      const host: Host = {
        url: '',
        launchUrl: '',
        addresses: [],
        dataDir,
        async stop() {
          if (!running) return
          const exit = await running.stop()
          running = null
          expect(exit.code, `the host exits 0 after flushing its writes, but ${describeExit(exit)}`).toBe(0)
        },
        async start() {
          running = await startHostProcess(dataDir)
          host.url = running.url
          host.launchUrl = running.launchUrl
          host.addresses.push(running.url)
          await admitContext(context, running)
        },
        async restart() {
          await host.stop()
          await host.start()
        }
      }
      await host.start()
      await use(host)
      await host.stop()
      await rm(dataDir, { recursive: true, force: true })
    },
    { timeout: START_LIMIT_MS + STOP_LIMIT_MS + 10_000 }
  ],
  page: async ({ page, host }, use) => {
    const foreign: string[] = []
    page.on('request', (request) => {
      const url = request.url()
      if (url.startsWith('data:') || url.startsWith('blob:')) return
      const { protocol, hostname } = new URL(url)
      const ours = host.addresses.some((address) => url.startsWith(address))
      if (protocol !== 'http:' || hostname !== '127.0.0.1' || !ours) foreign.push(url)
    })
    await use(page)
    expect(foreign, 'requests to any address but the host').toEqual([])
  }
})

/**
 * Serve `page` the app as Electron loads it: the built page with no first screen drawn in and no
 * answers carried (see src/shared/first-answers.ts), so the renderer asks for everything itself.
 */
export async function withoutFirstScreen(page: Page, host: Host): Promise<void> {
  await page.route(host.url, async (route) => {
    const response = await route.fetch()
    const body = (await response.text()).replace(
      /<div id="app">[\s\S]*?<\/div>\n<script type="application\/json" id="first-answers">[\s\S]*?<\/script>/,
      () => '<div id="app"></div>'
    )
    await route.fulfill({ response, body })
  })
}

export { expect }
