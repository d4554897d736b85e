// Proves a returning reader lands where they left off without a jump: the page is already scrolled to the saved paragraph in its first frame, and stays put once the script takes over.
import { expect, test } from '../fixtures'

/** Records, in the page, the scroll position at every frame from the first, with whether the article is there yet. */
const RECORD_FRAMES = `
  window.__frames = []
  const record = () => {
    window.__frames.push({ y: scrollY, drawn: document.getElementById('P34') !== null })
    if (window.__frames.length < 120) requestAnimationFrame(record)
  }
  requestAnimationFrame(record)
`

test('lands on the saved paragraph from the first frame, with no jump when the script takes over', async ({
  page,
  host
}) => {
  const saved = await page.request.post(`${host.url}api/progress:save`, {
    data: { paragraphId: 'P20', fraction: 0.55 },
    headers: { origin: host.url.replace(/\/$/, '') }
  })
  expect(saved.ok()).toBe(true)

  await page.addInitScript(RECORD_FRAMES)
  await page.goto(host.url)
  await expect(page.getByRole('toolbar', { name: 'Reader' })).toBeVisible()
  await page.waitForFunction(() => (window as { __frames?: unknown[] }).__frames?.length === 120)
  const frames = (await page.evaluate(() => (window as { __frames?: unknown }).__frames)) as {
    y: number
    drawn: boolean
  }[]
  const final = await page.evaluate(() => scrollY)
  expect(final).toBeGreaterThan(0)
  // Every frame that showed the article showed it where the reader left off.
  expect(frames.filter((f) => f.drawn).map((f) => f.y)).toEqual(
    frames.filter((f) => f.drawn).map(() => final)
  )
  // …with the saved paragraph at the top, just below the reader's toolbar.
  const top = await page.locator('#P20').evaluate((p) => p.getBoundingClientRect().top)
  const bar = await page
    .getByRole('toolbar', { name: 'Reader' })
    .evaluate((b) => b.getBoundingClientRect().bottom)
  expect(top).toBeGreaterThanOrEqual(bar)
  expect(top - bar).toBeLessThan(40)
})
