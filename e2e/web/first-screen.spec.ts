// Proves the browser host sends the reader already drawn, in the saved theme, and that the page's script takes that markup over cleanly: no hydration warnings, no second request for the first screen's data, every view still works.
import { expect, test } from '../fixtures'

test('the article is readable before any script runs, in the saved theme', async ({
  page,
  host,
  browser
}) => {
  await page.goto(host.url)
  await page.getByRole('button', { name: 'Display' }).click()
  await page.getByRole('radio', { name: 'Dark' }).check()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')

  const noScript = await browser.newContext({ javaScriptEnabled: false })
  try {
    const still = await noScript.newPage()
    // A context of its own has no cookie yet: it comes in through the printed address.
    await still.goto(host.launchUrl)
    await expect(still.locator('html')).toHaveAttribute('data-theme', 'dark')
    await expect(still.getByRole('heading', { level: 1 })).toBeVisible()
    await expect(still.locator('#P1')).toContainText('President Donald Trump')
    await expect(still.locator('#P34')).toBeAttached()
  } finally {
    await noScript.close()
  }
})

test('the script takes over the drawn page without asking again or redrawing', async ({ page, host }) => {
  const warnings: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'warning' || message.type() === 'error') warnings.push(message.text())
  })
  const calls: string[] = []
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname
    if (path.startsWith('/api/')) calls.push(path.slice('/api/'.length))
  })
  await page.goto(host.url)
  const drawn = await page.locator('#P1').elementHandle()
  await expect(page.getByRole('toolbar', { name: 'Reader' })).toBeVisible()
  await page.getByRole('button', { name: 'Display' }).click()
  await page.getByRole('radio', { name: 'Sepia' }).check()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'sepia')

  // The paragraph drawn by the host is the one the app now runs: taken over, not replaced.
  expect(await drawn?.evaluate((p) => p.isConnected)).toBe(true)
  // Only the highlights are fetched: they are drawn over the article once the script runs.
  expect(calls.filter((name) => name !== 'settings:update')).toEqual(['annotations:list'])
  expect(warnings).toEqual([])

  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Timeline' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible()
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Read' }).click()
  await expect(page.locator('#P1')).toBeVisible()
})
