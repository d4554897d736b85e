// Proves the app makes no request to any address but its own host, and ships no remote URL at all.
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_META } from '../../src/shared/csp'
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

test('the page is held to the strict Content Security Policy, by header and by meta tag', async ({
  page,
  host
}) => {
  const response = await page.goto(host.url)
  expect(response?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY)
  const meta = page.locator('meta[http-equiv="Content-Security-Policy"]')
  await expect(meta).toHaveAttribute('content', CONTENT_SECURITY_POLICY_META)
  const blocked = await page.evaluate(async () => {
    try {
      await fetch('https://example.com/')
      return false
    } catch {
      return true
    }
  })
  expect(blocked, 'a fetch to a remote address is refused by the policy').toBe(true)
})

test('the built renderer loads nothing from a remote address', async () => {
  const dir = join(import.meta.dirname, '..', '..', 'out', 'renderer')
  const files = (await readdir(dir, { recursive: true })).filter((name) => /\.(html|css)$/.test(name))
  expect(files.length).toBeGreaterThan(1)
  // Libraries' scripts carry documentation links in error messages; what could load is an HTML
  // src/href or a CSS url()/@import, and the Content Security Policy stops the rest.
  const remote =
    /(?:src|href)\s*=\s*["']?(?:https?:)?\/\/|url\(\s*["']?(?:https?:)?\/\/|@import\s+["']?(?:https?:)?\/\//i
  for (const name of files) expect(await readFile(join(dir, name), 'utf8'), name).not.toMatch(remote)
})
