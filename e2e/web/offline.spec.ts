// Proves the app makes no request to any address but its own host, and ships no remote URL at all.
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from '../fixtures'

test('loading and using the reader requests nothing but the host', async ({ page, host }) => {
  const requested: string[] = []
  page.on('request', (request) => requested.push(request.url()))
  await page.goto(host.url)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await page.mouse.wheel(0, 2000)
  await page.waitForLoadState('networkidle')
  expect(requested.length).toBeGreaterThan(2)
  for (const url of requested) expect(url.startsWith(host.url), url).toBe(true)
})

test('the built renderer names no remote address', async () => {
  const dir = join(import.meta.dirname, '..', '..', 'out', 'renderer')
  const files = (await readdir(dir, { recursive: true })).filter((name) => /\.(html|js|css)$/.test(name))
  expect(files.length).toBeGreaterThan(1)
  for (const name of files) {
    const text = await readFile(join(dir, name), 'utf8')
    // Svelte and the DOM name the SVG/MathML/XHTML namespaces as strings; nothing is ever fetched from them.
    const remote = (text.match(/(?:https?:)?\/\/[a-z0-9.-]+\.[a-z]{2,}[^\s"'`)]*/gi) ?? []).filter(
      (url) => !/^(https?:)?\/\/www\.w3\.org\//.test(url)
    )
    expect(remote, name).toEqual([])
  }
})
