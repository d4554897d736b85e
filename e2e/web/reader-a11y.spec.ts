// Proves the reader has no serious or critical axe violations in any theme, and works by keyboard alone with visible focus.
import type { Page } from '@playwright/test'
import { expect, test } from '../fixtures'
import { seriousViolations } from '../helpers'

/** Check the reader in its busiest state (terms marked, a tooltip, find matches), then with the display panel open. */
async function checkEveryPart(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Standard terms' }).click()
  await page.keyboard.press('Control+f')
  await page.keyboard.type('stated')
  await expect(page.locator('article mark[aria-current="true"]')).toHaveCount(1)
  await page.locator('#P3 .term', { hasText: 'stated' }).hover()
  await expect(page.getByRole('tooltip')).toBeVisible()
  expect(await seriousViolations(page)).toEqual([])

  await page.getByRole('button', { name: 'Display' }).click()
  await expect(page.getByRole('dialog', { name: 'Display settings' })).toBeVisible()
  expect(await seriousViolations(page)).toEqual([])
}

for (const theme of ['light', 'dark', 'sepia'] as const) {
  test(`no serious or critical violations in the ${theme} theme`, async ({ page, host }) => {
    test.slow() // axe takes seconds per page on these two-core machines
    await page.goto(host.url)
    await page.getByRole('button', { name: 'Display' }).click()
    await page.getByRole('radio', { name: theme[0]!.toUpperCase() + theme.slice(1) }).check()
    await page.keyboard.press('Escape')
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme)
    await checkEveryPart(page)
  })
}

test('no serious or critical violations in the system theme with a dark preference', async ({
  page,
  host
}) => {
  test.slow() // axe takes seconds per page on these two-core machines
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.goto(host.url)
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'system')
  await expect(page.locator('html')).toHaveCSS('background-color', 'rgb(23, 24, 26)')
  await checkEveryPart(page)

  await page.emulateMedia({ colorScheme: 'light' })
  await expect(page.locator('html')).toHaveCSS('background-color', 'rgb(251, 250, 247)')
})

test('the reader works by keyboard alone, with a visible focus ring', async ({ page, host }) => {
  await page.goto(host.url)
  await expect(page.locator('#P1')).toBeVisible()

  // Tab order: Search at the top of the rail, the main navigation, Your data at its foot, then the
  // reader's toolbar, one stop for all its buttons.
  await page.keyboard.press('Tab')
  await expect(page.getByRole('button', { name: 'Search' })).toBeFocused()
  await page.keyboard.press('Tab')
  const read = page.getByRole('button', { name: 'Read' })
  await expect(read).toBeFocused()
  await expect(read).toHaveCSS('outline-style', 'solid')
  // Other features add their entries after Read: leave the navigation from its last entry.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button').last().focus()
  await page.keyboard.press('Tab')
  await expect(page.getByRole('button', { name: 'Your data' })).toBeFocused()
  await page.keyboard.press('Tab')
  const find = page.getByRole('button', { name: 'Find', exact: true })
  await expect(find).toBeFocused()
  await page.keyboard.press('ArrowRight')
  await expect(page.getByRole('button', { name: 'Standard terms' })).toBeFocused()
  await page.keyboard.press('ArrowRight')
  await expect(page.getByRole('button', { name: 'Names' })).toBeFocused()
  await page.keyboard.press('ArrowRight')
  const display = page.getByRole('button', { name: 'Display' })
  await expect(display).toBeFocused()
  await page.keyboard.press('Home')
  await expect(find).toBeFocused()
  await page.keyboard.press('ArrowLeft')
  await expect(find).not.toBeFocused()
  await display.focus()
  await expect(display).toHaveCSS('outline-style', 'solid')

  // Display settings: open, choose a theme with the arrow keys, close with Escape.
  await page.keyboard.press('Enter')
  const panel = page.getByRole('dialog', { name: 'Display settings' })
  await expect(panel).toBeVisible()
  await page.keyboard.press('Tab')
  await expect(panel.getByRole('radio', { name: 'System' })).toBeFocused()
  await page.keyboard.press('ArrowRight')
  await expect(panel.getByRole('radio', { name: 'Light' })).toBeChecked()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light')
  await page.keyboard.press('Escape')
  await expect(panel).toBeHidden()

  // Contents: Tab leaves the toolbar for the contents; Enter jumps and focuses the heading.
  await display.focus()
  await page.keyboard.press('Tab')
  const opening = page.getByRole('navigation', { name: 'Contents' }).getByRole('link', { name: 'Opening' })
  await expect(opening).toBeFocused()
  await page.keyboard.press('Tab')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: 'Safety ensures for Ukraine' })).toBeFocused()
  await expect(page.getByRole('navigation', { name: 'Contents' }).locator('[aria-current]')).toHaveText(
    'Safety ensures for Ukraine'
  )

  // Find: Ctrl+F, type (the search starts where the reader is: "Fox" in P27, not P7), Enter wraps
  // around; Escape returns focus to where it was.
  await page.keyboard.press('Control+f')
  await page.keyboard.type('Fox')
  const count = page.getByRole('search').getByRole('status')
  await expect(count).toHaveText('2 of 2')
  await page.keyboard.press('Enter')
  await expect(count).toHaveText('1 of 2')
  await page.keyboard.press('Escape')
  await expect(page.getByRole('heading', { name: 'Safety ensures for Ukraine' })).toBeFocused()
})
