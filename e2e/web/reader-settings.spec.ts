// Proves theme, text size, line width, standard terms and the reading position are saved and survive a host restart and reload.
import type { Page } from '@playwright/test'
import { expect, test } from '../fixtures'

/** The paragraph the host has saved as where the user left off. */
function savedParagraph(page: Page): Promise<string | null> {
  return page.evaluate(async () => {
    const result = await window.api['progress:get']({})
    return result.ok ? result.value.paragraphId : null
  })
}

/** How far below the sticky toolbar a paragraph's top is, in CSS pixels. */
async function gapBelowToolbar(page: Page, id: string): Promise<number> {
  const bar = await page.getByRole('toolbar', { name: 'Reader' }).evaluate((toolbar) => {
    const host = toolbar.closest('.bar-host') ?? toolbar
    return host.getBoundingClientRect().bottom
  })
  const top = await page.locator(`#${id}`).evaluate((p) => p.getBoundingClientRect().top)
  return top - bar
}

test('theme, text size, line width and standard terms survive a restart', async ({ page, host }) => {
  test.slow() // it restarts the host and loads the app twice
  await page.goto(host.url)
  await expect(page.locator('#P1')).toBeVisible()
  await page.getByRole('button', { name: 'Display' }).click()
  const panel = page.getByRole('dialog', { name: 'Display settings' })
  await expect(panel).toBeVisible()

  await panel.getByRole('radio', { name: 'Sepia' }).check()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'sepia')
  await expect(page.locator('html')).toHaveCSS('background-color', 'rgb(245, 237, 218)')

  const size = panel.getByRole('group', { name: 'Text size' })
  await expect(size.locator('output')).toHaveText('19 px')
  await size.getByRole('button', { name: 'Larger text' }).click()
  await size.getByRole('button', { name: 'Larger text' }).click()
  await size.getByRole('button', { name: 'Larger text' }).click()
  await expect(size.locator('output')).toHaveText('22 px')
  await expect(page.locator('#P1')).toHaveCSS('font-size', '22px')

  const before = await page.locator('#P1').evaluate((p) => p.getBoundingClientRect().width)
  await panel.getByRole('radio', { name: 'Narrow' }).check()
  await expect
    .poll(() => page.locator('#P1').evaluate((p) => p.getBoundingClientRect().width))
    .toBeLessThan(before)
  await page.keyboard.press('Escape')
  await expect(panel).toBeHidden()
  await page.getByRole('button', { name: 'Standard terms' }).click()
  await expect(page.getByRole('button', { name: 'Standard terms' })).toHaveAttribute('aria-pressed', 'true')
  await expect
    .poll(() =>
      page.evaluate(async () => {
        const result = await window.api['settings:get']({})
        return result.ok ? result.value : null
      })
    )
    .toEqual({ theme: 'sepia', textSize: 22, lineWidth: 'narrow', showStandardTerms: true })

  await host.restart()
  await page.goto(host.url)
  await expect(page.locator('#P1')).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'sepia')
  await expect(page.locator('html')).toHaveAttribute('data-line-width', 'narrow')
  await expect(page.locator('#P1')).toHaveCSS('font-size', '22px')
  await expect(page.getByRole('button', { name: 'Standard terms' })).toHaveAttribute('aria-pressed', 'true')
  await page.getByRole('button', { name: 'Display' }).click()
  await expect(panel.getByRole('radio', { name: 'Sepia' })).toBeChecked()
  await expect(panel.getByRole('radio', { name: 'Narrow' })).toBeChecked()
  await expect(panel.getByRole('group', { name: 'Text size' }).locator('output')).toHaveText('22 px')
})

test('text size stays within 14–28 px', async ({ page, host }) => {
  await page.goto(host.url)
  await page.getByRole('button', { name: 'Display' }).click()
  const size = page.getByRole('group', { name: 'Text size' })
  const smaller = size.getByRole('button', { name: 'Smaller text' })
  for (let i = 0; i < 5; i++) await smaller.click()
  await expect(size.locator('output')).toHaveText('14 px')
  await expect(smaller).toHaveAttribute('aria-disabled', 'true')
  // At the limit the button stays focusable (so focus is not lost) but does nothing.
  await smaller.press('Enter')
  await expect(smaller).toBeFocused()
  await expect(size.locator('output')).toHaveText('14 px')
  const larger = size.getByRole('button', { name: 'Larger text' })
  for (let i = 0; i < 14; i++) await larger.click()
  await expect(size.locator('output')).toHaveText('28 px')
  await expect(larger).toHaveAttribute('aria-disabled', 'true')
  await larger.press('Enter')
  await expect(size.locator('output')).toHaveText('28 px')
  await expect(page.locator('#P1')).toHaveCSS('font-size', '28px')
})

test('the reading position is saved while scrolling and restored after a restart', async ({ page, host }) => {
  test.slow() // it restarts the host and loads the app twice
  await page.goto(host.url)
  await expect(page.locator('#P1')).toBeVisible()
  await page.locator('#P20').evaluate((p) => p.scrollIntoView({ block: 'start' }))
  await expect.poll(() => savedParagraph(page)).toBe('P20')
  const progress = page.getByRole('progressbar', { name: 'Reading progress' })
  const percent = Number(await progress.getAttribute('aria-valuenow'))
  expect(percent).toBeGreaterThan(30)

  await host.restart()
  await page.goto(host.url)
  await expect(page.locator('#P20')).toBeInViewport()
  const gap = await gapBelowToolbar(page, 'P20')
  expect(gap).toBeGreaterThanOrEqual(0)
  expect(gap).toBeLessThan(40)
  await expect(progress).toHaveAttribute('aria-valuenow', String(percent))
  await expect(page.getByRole('navigation', { name: 'Contents' }).locator('[aria-current]')).toHaveText(
    'Agreeing on a ceasefire'
  )

  // Restoring the position does not write it back, and further reading is saved again.
  await page.locator('#P26').evaluate((p) => p.scrollIntoView({ block: 'start' }))
  await expect.poll(() => savedParagraph(page)).toBe('P26')
})

test('a position waiting for its debounce is saved when the page is hidden', async ({ page, host }) => {
  await page.clock.install()
  await page.goto(host.url)
  await expect(page.locator('#P1')).toBeVisible()
  // From here the page's clock stands still, so the 400 ms debounce cannot be what saves the position.
  await page.clock.pauseAt(Date.now() + 1_000)
  await page.locator('#P12').evaluate((p) => p.scrollIntoView({ block: 'start' }))
  // The scroll reaches the reader in an animation frame: step the clock until it has (the bar moves).
  const bar = page.getByRole('progressbar', { name: 'Reading progress' })
  await expect
    .poll(async () => {
      await page.clock.runFor(20)
      return bar.getAttribute('aria-valuenow')
    })
    .not.toBe('0')
  expect(await savedParagraph(page)).toBeNull()
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true })
    document.dispatchEvent(new Event('visibilitychange'))
  })
  await expect.poll(() => savedParagraph(page)).toBe('P12')
})
