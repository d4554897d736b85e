/**
 * Proves the real Electron shell: the built app opens its window on the article, served through
 * app://debrief/ with the article already in the page's first response; the page gets `window.api`
 * and no Node, calls reach the store through IPC, and the page cannot navigate away, not even to
 * the built renderer's own files on file://.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import {
  _electron as electron,
  test as base,
  expect,
  type ElectronApplication,
  type Page
} from '@playwright/test'
import { findElectronBinary, NO_ELECTRON, ROOT } from './electron-binary'

const executablePath = findElectronBinary()

// Playwright loads this file in the runner and again in each worker, which inherit its
// environment: the variable makes the reason print once, and visibly, rather than only as a skip.
if (!executablePath && !process.env.DEBRIEF_NO_ELECTRON_REPORTED) {
  process.env.DEBRIEF_NO_ELECTRON_REPORTED = '1'
  console.info(NO_ELECTRON)
}

/** Each test launches the built app on a data folder of its own. */
const test = base.extend<{ app: ElectronApplication; page: Page }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads fixture dependencies from this pattern
  app: async ({}, use) => {
    const dataDir = await mkdtemp(join(tmpdir(), 'debrief-electron-'))
    // The built files, never a dev server that happens to be configured in this shell.
    const env = { ...process.env }
    delete env.ELECTRON_RENDERER_URL
    const app = await electron.launch({
      executablePath: executablePath ?? undefined,
      cwd: ROOT,
      env: env as Record<string, string>,
      // Chromium will not start its sandbox as root (containers, CI): only then, do without it.
      args: [
        'out/main/index.js',
        '--data-dir',
        dataDir,
        ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])
      ]
    })
    await use(app)
    await app.close()
    await rm(dataDir, { recursive: true, force: true })
  },
  page: async ({ app }, use) => {
    await use(await app.firstWindow())
  }
})

test.skip(!executablePath, NO_ELECTRON)

/** The article's opening line, as shipped. */
async function openingLine(): Promise<string> {
  const text = await readFile(join(ROOT, 'resources', 'content', 'article.txt'), 'utf8')
  return text.split(/\r?\n/).find((line) => line.trim() !== '') ?? ''
}

test('opens a window showing the article', async ({ page }) => {
  await expect(page.getByText(await openingLine()).first()).toBeVisible()
})

test('serves the window from app://debrief/, with the article in the first response', async ({ page }) => {
  await expect(page.getByText(await openingLine()).first()).toBeVisible()
  expect(page.url()).toBe('app://debrief/')
  // The first load happened before the test could listen: a reload answers the same way.
  const [response] = await Promise.all([
    page.waitForEvent('response', (r) => r.url() === 'app://debrief/'),
    page.reload()
  ])
  const html = await response.text()
  expect(html).toContain(await openingLine())
  expect(html).toContain('id="first-answers"')
})

test('gives the page window.api and no Node, and answers through IPC', async ({ page }) => {
  const found = await page.evaluate(async () => ({
    api: typeof window.api,
    require: typeof (globalThis as { require?: unknown }).require,
    process: typeof (globalThis as { process?: unknown }).process,
    content: await window.api['content:get']({})
  }))
  expect(found.api).toBe('object')
  expect(found.require).toBe('undefined')
  expect(found.process).toBe('undefined')
  expect(found.content.ok).toBe(true)
})

test('keeps the page on the app when it tries to navigate away', async ({ page }) => {
  const line = await openingLine()
  await expect(page.getByText(line).first()).toBeVisible()
  const before = page.url()
  await page.evaluate(() => {
    location.href = 'https://example.com/'
  })
  // Nothing to wait for when a navigation is refused: give it time to have happened if it could.
  await page.waitForTimeout(1_000)
  expect(page.url()).toBe(before)
  await expect(page.getByText(line).first()).toBeVisible()
  await page.evaluate(
    (url) => {
      location.href = url
    },
    pathToFileURL(join(ROOT, 'out', 'renderer', 'index.html')).href
  )
  await page.waitForTimeout(1_000)
  expect(page.url()).toBe(before)
})
