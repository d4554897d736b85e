// Proves the one search: Ctrl+K from anywhere, results grouped by kind with the matched words marked, the paraphrase found by its standard wording, typos forgiven, keyboard-only use, each result opening in place, and the app's commands — with no serious axe violation in any theme.
import type { Page } from '@playwright/test'
import { expect, test } from '../fixtures'
import { seriousViolations } from '../helpers'

async function openPalette(page: Page): Promise<void> {
  await page.keyboard.press('Control+k')
  await expect(page.getByRole('dialog', { name: 'Search' })).toBeVisible()
  await expect(page.getByRole('combobox', { name: 'Search everything' })).toBeFocused()
}

test('“Oval Office” finds “Oval Workplace”, and Enter opens the passage in the reader', async ({
  page,
  host
}) => {
  await page.goto(host.url)
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Timeline' }).click()
  await openPalette(page)
  await page.keyboard.type('Oval Office')
  const article = page.getByRole('group', { name: 'In the article' })
  // The headline says "Oval Office" itself; P1 says "Oval Workplace" and is found through its standard wording.
  await expect(page.getByRole('listbox', { name: 'Results' }).getByRole('option').first()).toHaveAttribute(
    'aria-selected',
    'true'
  )
  const p1 = article.getByRole('option').filter({ hasText: 'went off easily' })
  await expect(p1).toContainText('Oval Workplace')
  await expect(p1).toContainText('Reads as')
  await expect(p1.locator('.standard mark', { hasText: /^Office$/ })).toHaveCount(1)
  const position = Number((await p1.getAttribute('id'))?.replace('search-result-', ''))
  for (let i = 0; i < position; i += 1) await page.keyboard.press('ArrowDown')
  await expect(p1).toHaveAttribute('aria-selected', 'true')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('dialog', { name: 'Search' })).toHaveCount(0)
  await expect(page.locator('#P1')).toBeInViewport()
})

test('the standard terms and small typos: secretary general, security guarantees, Zelensky', async ({
  page,
  host
}) => {
  await page.goto(host.url)
  await openPalette(page)
  const box = page.getByRole('combobox', { name: 'Search everything' })
  const article = page.getByRole('group', { name: 'In the article' })
  await box.fill('secretary general')
  await expect(article.getByRole('option').first()).toContainText('NATO Secretary-Normal')
  await box.fill('security guarantees')
  await expect(article.getByRole('option', { name: /Safety ensures for Ukraine/ })).toHaveCount(1)
  await box.fill('Zelensky')
  await expect(article.getByRole('option').first().locator('mark').first()).toHaveText(/^Zelenskyy/)
  await expect(page.getByRole('group', { name: 'X-Ray' }).getByRole('option').first()).toContainText(
    'Volodymyr Zelenskyy'
  )

  // ↓ then Enter opens the X-Ray entry in place.
  await box.fill('Ushakov')
  const xrayHit = page.getByRole('group', { name: 'X-Ray' }).getByRole('option').first()
  const position = Number((await xrayHit.getAttribute('id'))?.replace('search-result-', ''))
  for (let i = 0; i < position; i += 1) await page.keyboard.press('ArrowDown')
  await expect(xrayHit).toHaveAttribute('aria-selected', 'true')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('region', { name: 'Yuri Ushakov' })).toBeVisible()
})

test('a highlight’s note is found and opens at its passage; Escape closes and nothing changes', async ({
  page,
  host
}) => {
  await page.goto(host.url)
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Notes' }).click()
  await page.getByLabel('Words from the article').fill('transatlantic unity')
  await page.getByLabel('Highlight colour').selectOption({ label: 'Context' })
  await page.getByLabel('Words from the article').press('Enter')
  const list = page.getByRole('list', { name: /Highlights/ })
  await list.getByRole('button', { name: 'Edit' }).click()
  await page.getByLabel('Note', { exact: true }).fill('Europe stands together here')
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(list).toContainText('Europe stands together here')

  await openPalette(page)
  await page.keyboard.type('stands together')
  const mine = page.getByRole('group', { name: 'Your highlights and notes' }).getByRole('option')
  await expect(mine).toHaveCount(1)
  await expect(mine).toContainText('transatlantic unity')
  await expect(mine.locator('mark')).toHaveText(['stands', 'together'])
  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog', { name: 'Search' })).toHaveCount(0)
  await openPalette(page)
  await page.keyboard.type('stands together')
  await mine.click()
  await expect(page.locator('#P2')).toBeInViewport()
  await expect.poll(() => page.evaluate(() => CSS.highlights.has('annotation-flash'))).toBe(true)
})

test('commands: switch the theme, and Study now opens the review', async ({ page, host }) => {
  await page.goto(host.url)
  await page.getByRole('button', { name: 'Search' }).click()
  await expect(page.getByRole('combobox', { name: 'Search everything' })).toBeFocused()
  await page.keyboard.type('dark theme')
  await page.keyboard.press('Enter')
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  await openPalette(page)
  await page.keyboard.type('study now')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('tab', { name: /Review/ })).toHaveAttribute('aria-selected', 'true')
})

for (const theme of ['light', 'dark', 'sepia'] as const) {
  test(`the palette has no serious or critical violations in the ${theme} theme`, async ({ page, host }) => {
    test.slow()
    await page.goto(host.url)
    await page.getByRole('button', { name: 'Display' }).click()
    await page.getByRole('radio', { name: theme[0]!.toUpperCase() + theme.slice(1) }).check()
    await page.keyboard.press('Escape')
    await openPalette(page)
    await page.keyboard.type('Oval Office')
    await expect(page.getByRole('group', { name: 'In the article' })).toBeVisible()
    expect(await seriousViolations(page)).toEqual([])
  })
}
