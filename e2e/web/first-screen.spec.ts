// Proves the browser host sends the reader already drawn, in the saved theme, and that the page's script takes that markup over cleanly: no hydration warnings, no second request for the first screen's data, every view still works, fed by what it fetches after the first paint.
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
  // What the app asks for as it starts, all at once: counted once those answers are in, before the
  // test changes anything (a change brings its own notice, and a fetch after it, in any window).
  const started = Promise.all(
    ['annotations:list', 'content:get'].map((name) =>
      page.waitForResponse((response) => new URL(response.url()).pathname === `/api/${name}`)
    )
  )
  await page.goto(host.url)
  const drawn = await page.locator('#P1').elementHandle()
  await expect(page.getByRole('toolbar', { name: 'Reader' })).toBeVisible()
  await started
  const startup = [...calls]
  await page.getByRole('button', { name: 'Display' }).click()
  await page.getByRole('radio', { name: 'Sepia' }).check()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'sepia')

  // The paragraph drawn by the host is the one the app now runs: taken over, not replaced.
  expect(await drawn?.evaluate((p) => p.isConnected)).toBe(true)
  // Only what the page does not carry is fetched: the highlights' notes and tags, and the content
  // beyond the article (the other views').
  expect(startup.sort()).toEqual(['annotations:list', 'content:get'])
  expect(warnings).toEqual([])

  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Timeline' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible()
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Read' }).click()
  await expect(page.locator('#P1')).toBeVisible()
})

test('the page carries the article alone, and every other view fetches its data through the UI', async ({
  page,
  host
}) => {
  await page.goto(host.url)
  const carried = JSON.parse((await page.locator('#first-answers').textContent()) ?? '{}') as Record<
    string,
    Record<string, unknown>
  >
  expect(Object.keys(carried)).not.toContain('content:get')
  expect(Object.keys(carried['content:article'] ?? {}).sort()).toEqual(['article', 'version'])

  const nav = page.getByRole('navigation', { name: 'Main' })
  await nav.getByRole('button', { name: 'Timeline' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible()
  await expect(page.getByText(/^Showing /)).toBeVisible()
  await nav.getByRole('button', { name: 'X-Ray' }).click()
  await expect(
    page.getByRole('navigation', { name: 'X-Ray entries' }).getByRole('button', { name: /Mark Rutte/ })
  ).toContainText('3 mentions')
  await nav.getByRole('button', { name: 'Flashcards' }).click()
  await expect(page.getByText(/\d+ cards in the deck/)).toBeVisible()

  await page.keyboard.press('Control+k')
  await page.getByRole('combobox', { name: 'Search everything' }).fill('Crimea')
  await expect(
    page.getByRole('group', { name: 'Timeline events' }).getByRole('option').first()
  ).toContainText('Russia annexes Crimea')
})

test('a key pressed the moment the page has loaded is not lost: it starts the script at once', async ({
  page,
  host
}) => {
  // Loaded means the script has run, but it takes the page over only after the first frame,
  // or at the first input: this key.
  await page.goto(host.url)
  await page.keyboard.press('Control+k')
  await expect(page.getByRole('combobox', { name: 'Search everything' })).toBeFocused()
})
