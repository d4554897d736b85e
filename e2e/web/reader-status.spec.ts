// Proves the reader never shows a blank screen: it shows loading, API errors in a polite status line, data notices at the top, and where the data lives.
// Loading and load failures are seen as in Electron, whose page does not come with the first screen drawn in.
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test, withoutFirstScreen } from '../fixtures'
import { holdBack } from '../helpers'

const failure = (message: string): { json: unknown } => ({
  json: { ok: false, error: { code: 'store-failed', message } }
})

test('the article waits for the settings, with a loading state, then appears already themed', async ({
  page,
  host
}) => {
  await page.goto(host.url)
  await page.evaluate(() => window.api['settings:update']({ theme: 'dark' }))
  const settings = await holdBack(page, 'settings:get')
  await withoutFirstScreen(page, host)
  await page.reload()
  await expect(page.getByText('Loading the article…')).toBeVisible()
  await expect(page.getByRole('main')).toHaveAttribute('aria-busy', 'true')
  await expect(page.locator('#P1')).toHaveCount(0)
  settings.release()
  await expect(page.locator('#P1')).toBeVisible()
  await expect(page.getByRole('main')).toHaveAttribute('aria-busy', 'false')
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
})

test('an article that cannot be loaded says so and can be tried again', async ({ page, host }) => {
  await page.route('**/api/content:get', (route) => route.fulfill(failure('The data file is locked.')))
  await withoutFirstScreen(page, host)
  await page.goto(host.url)
  await expect(page.getByRole('heading', { name: 'The article could not be opened' })).toBeVisible()
  await expect(page.getByRole('main')).toContainText('The data file is locked.')
  await expect(page.getByRole('status').filter({ hasText: 'could not be loaded' })).toContainText(
    'The article could not be loaded: The data file is locked.'
  )
  await page.unroute('**/api/content:get')
  await page.getByRole('button', { name: 'Try again' }).click()
  await expect(page.locator('#P1')).toBeVisible()
})

test('a setting that cannot be saved is undone and the reason shown politely', async ({ page, host }) => {
  await page.goto(host.url)
  await expect(page.locator('#P1')).toBeVisible()
  await page.route('**/api/settings:update', (route) => route.fulfill(failure('The disk is full.')))
  await page.getByRole('button', { name: 'Display' }).click()
  // click, not check: the choice is undone at once when the save fails.
  await page.getByRole('radio', { name: 'Dark' }).click()
  const status = page.getByRole('status').filter({ hasText: 'could not be saved' })
  await expect(status).toHaveText('Your change could not be saved: The disk is full.')
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'system')
  await expect(page.getByRole('radio', { name: 'System' })).toBeChecked()
  await expect(page.locator('#P1')).toBeVisible()
  await page.keyboard.press('Escape')
  await page.getByRole('button', { name: 'Dismiss message' }).click()
  await expect(status).toHaveCount(0)
})

test('a notice about the data file stays at the top, above the toolbar, until dismissed', async ({
  page,
  host
}) => {
  await host.stop()
  await writeFile(join(host.dataDir, 'debrief.json'), '{ not json')
  await host.start()
  await page.goto(host.url)

  const alert = page.getByRole('alert')
  await expect(alert).toContainText('Your data file could not be read')
  await expect(alert).toContainText('debrief.corrupt-')
  const toolbar = page.getByRole('toolbar', { name: 'Reader' })
  expect((await alert.boundingBox())!.y).toBeLessThan((await toolbar.boundingBox())!.y)

  // Reading on does not scroll it away, nor hide text under it: the toolbar sits below it.
  await page.locator('#P25').evaluate((p) => p.scrollIntoView({ block: 'start' }))
  await expect(alert).toBeInViewport()
  await expect(toolbar).toBeInViewport()
  const alertBottom = await alert.evaluate((a) => a.getBoundingClientRect().bottom)
  expect(await page.locator('#P25').evaluate((p) => p.getBoundingClientRect().top)).toBeGreaterThan(
    alertBottom
  )

  await alert.getByRole('button', { name: 'Dismiss' }).click()
  await expect(page.getByRole('alert')).toHaveCount(0)
  await page.reload()
  await expect(page.locator('#P1')).toBeAttached()
  await expect(page.getByRole('alert')).toHaveCount(0)
})

test('the display settings say where the data file and backups are', async ({ page, host }) => {
  await page.goto(host.url)
  await page.getByRole('button', { name: 'Display' }).click()
  const data = page.getByRole('region', { name: 'Your data' })
  await expect(data).toContainText(host.dataDir)
  await expect(data).toContainText(join(host.dataDir, 'debrief.json'))
  await expect(data).toContainText(join(host.dataDir, 'backups'))
})
