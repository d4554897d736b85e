// Proves that a link to a timeline event from elsewhere (a search result, an X-Ray entry's event) opens the timeline at that very event: selected, its details shown, on the axis with a marker of its own (parted from the group it shares at the current zoom) and focused — or, in the list, its row focused.
import type { Page } from '@playwright/test'
import { expect, test } from '../fixtures'

const axis = (page: Page) => page.getByRole('toolbar', { name: /^Events from/ })
const detailsTitle = (page: Page) => page.locator('#event-details-title')
const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name })

/** Search for `query` in the palette and open the timeline event result titled `title`. */
async function openFromSearch(page: Page, query: string, title: string): Promise<void> {
  await page.keyboard.press('Control+k')
  const box = page.getByRole('combobox', { name: 'Search everything' })
  await expect(box).toBeFocused()
  await page.keyboard.type(query)
  const hit = page
    .getByRole('group', { name: 'Timeline events' })
    .getByRole('option')
    .filter({ hasText: title })
    .first()
  const position = Number((await hit.getAttribute('id'))?.replace('search-result-', ''))
  for (let i = 0; i < position; i += 1) await page.keyboard.press('ArrowDown')
  await expect(hit).toHaveAttribute('aria-selected', 'true')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('dialog', { name: 'Search' })).toHaveCount(0)
}

/** The event is selected, its details shown, and its own marker (no other event in it) has focus. */
async function expectOnAxis(page: Page, id: string, title: string): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible()
  await expect(page.getByRole('tab', { name: 'Time axis' })).toHaveAttribute('aria-selected', 'true')
  await expect(detailsTitle(page)).toHaveText(title)
  const marker = axis(page).locator(`[data-ids="${id}"]`)
  await expect(marker).toHaveAttribute('aria-current', 'true')
  await expect(marker).toBeFocused()
  await expect(marker).toBeInViewport()
}

test('a search for “East Room” opens the timeline at that event, parted from the 18 August group', async ({
  page,
  host
}) => {
  await page.goto(host.url)
  // At the opening zoom the 18 August events share one marker: the link must reveal the one asked for.
  await nav(page, 'Timeline').click()
  await expect(axis(page).locator('[data-ids~="east-room-meeting"]')).not.toHaveAttribute(
    'data-ids',
    'east-room-meeting'
  )
  await nav(page, 'Read').click()

  await openFromSearch(page, 'East Room', 'East Room meeting with European leaders')
  await expectOnAxis(page, 'east-room-meeting', 'East Room meeting with European leaders')
})

test('a search for “Alaska summit” from the timeline itself moves the selection there', async ({
  page,
  host
}) => {
  await page.goto(host.url)
  await nav(page, 'Timeline').click()
  await axis(page).locator('[data-ids]').first().focus()
  await page.keyboard.press('Home')
  await expect(detailsTitle(page)).toHaveText('Russia annexes Crimea')

  await openFromSearch(page, 'Alaska summit', 'Alaska summit')
  await expectOnAxis(page, 'alaska-summit', 'Alaska summit')

  // In the list, the link focuses the event's row instead.
  await page.getByRole('tab', { name: 'List' }).click()
  await openFromSearch(page, 'East Room', 'East Room meeting with European leaders')
  await expect(page.getByRole('tab', { name: 'List' })).toHaveAttribute('aria-selected', 'true')
  const row = page.getByRole('button', { name: 'East Room meeting with European leaders', exact: true })
  await expect(row).toHaveAttribute('aria-current', 'true')
  await expect(row).toBeFocused()
  await expect(detailsTitle(page)).toHaveText('East Room meeting with European leaders')
})

test('an X-Ray entry’s event opens the timeline at that event', async ({ page, host }) => {
  await page.goto(host.url)
  await nav(page, 'X-Ray').click()
  await page.getByRole('button', { name: /^Mark Rutte/ }).click()
  const entry = page.getByRole('region', { name: 'Mark Rutte' })
  await expect(entry).toBeVisible()

  await entry
    .getByRole('button', { name: 'Show East Room meeting with European leaders on the timeline' })
    .click()
  await expectOnAxis(page, 'east-room-meeting', 'East Room meeting with European leaders')
})
