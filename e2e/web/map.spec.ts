// Proves the map draws the nine places from Natural Earth (no request made), links places and events both ways by mouse and keyboard, lists the same places in a table that opens their passages, names (never draws) the occupied territory, and passes axe in every theme.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test } from '../fixtures'
import { seriousViolations } from '../helpers'

interface ShippedPlace {
  id: string
  name: string
  eventIds: string[]
  paragraphIds: string[]
}

async function shippedPlaces(): Promise<ShippedPlace[]> {
  const path = join(import.meta.dirname, '..', '..', 'resources', 'content', 'places.json')
  return (JSON.parse(await readFile(path, 'utf8')) as { places: ShippedPlace[] }).places
}

async function openMap(page: Page, url: string): Promise<void> {
  await page.goto(url)
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Timeline' }).click()
  await page.getByRole('tab', { name: 'Map' }).click()
  await expect(page.getByRole('toolbar', { name: 'Places on the map' })).toBeVisible()
}

const map = (page: Page) => page.getByRole('toolbar', { name: 'Places on the map' })
const placeDetails = (page: Page) => page.getByRole('region', { name: /^(No place chosen|.+, .+)$/ }).first()

test('the map marks all nine places over Natural Earth outlines, Ukraine shaded, and loads nothing from outside', async ({
  page,
  host
}) => {
  const outside: string[] = []
  page.on('request', (request) => {
    if (!request.url().startsWith(host.url)) outside.push(request.url())
  })
  const places = await shippedPlaces()
  await openMap(page, host.url)

  await expect(map(page).getByRole('button')).toHaveCount(places.length)
  expect((await map(page).getByRole('button').allTextContents()).map((t) => t.trim()).sort()).toEqual(
    places.map((p) => p.name).sort()
  )
  expect(await page.locator('path.land').count()).toBeGreaterThan(50)
  await expect(page.locator('path.land.ukraine')).toHaveCount(1)
  // Every place's pin sits inside its frame.
  for (const place of places) {
    const pin = (await map(page).locator(`[data-place="${place.id}"] .pin`).boundingBox())!
    const frame = (await map(page)
      .locator('figure')
      .filter({ has: page.locator(`[data-place="${place.id}"]`) })
      .boundingBox())!
    expect(pin.x, place.name).toBeGreaterThanOrEqual(frame.x)
    expect(pin.x + pin.width, place.name).toBeLessThanOrEqual(frame.x + frame.width)
    expect(pin.y, place.name).toBeGreaterThanOrEqual(frame.y)
    expect(pin.y + pin.height, place.name).toBeLessThanOrEqual(frame.y + frame.height)
  }
  expect(outside).toEqual([])
})

test('choosing a place lists its events; choosing one of them selects it; an event selected elsewhere shows its place', async ({
  page,
  host
}) => {
  await openMap(page, host.url)
  await map(page).getByRole('button', { name: 'Anchorage' }).click()
  await expect(map(page).getByRole('button', { name: 'Anchorage' })).toHaveAttribute('aria-pressed', 'true')
  await expect(placeDetails(page).getByRole('heading', { level: 2 })).toHaveText('Anchorage, United States')
  await placeDetails(page)
    .getByRole('button', { name: /^Alaska summit/ })
    .click()
  await expect(page.locator('#event-details-title')).toHaveText('Alaska summit')

  // An event chosen on the axis: the map opens on where it happened, ringed at both ends of a call.
  await page.getByRole('tab', { name: 'Time axis' }).click()
  await page.getByRole('button', { name: 'The week of 18 Aug', exact: true }).click()
  await page.getByRole('button', { name: /^Trump–Putin phone call/ }).click()
  await page.getByRole('tab', { name: 'Map' }).click()
  await expect(placeDetails(page).getByRole('heading', { level: 2 })).toHaveText('Washington, United States')
  await expect(map(page).locator('.event-place')).toHaveText(['Moscow', 'Washington'])
})

test('by keyboard: one Tab stop for the places, arrows between them, Enter chooses, Tab reaches its events', async ({
  page,
  host
}) => {
  await openMap(page, host.url)
  await page.getByRole('tab', { name: 'Map' }).focus()
  await page.keyboard.press('Tab')
  await expect(page.locator(':focus')).toHaveAttribute('data-place', /.+/)
  const first = await page.locator(':focus').textContent()
  await page.keyboard.press('ArrowRight')
  const second = await page.locator(':focus').textContent()
  expect(second).not.toBe(first)
  await page.keyboard.press('End')
  await expect(page.locator(':focus')).toHaveText('Anchorage')
  await page.keyboard.press('ArrowLeft')
  await expect(page.locator(':focus')).toHaveText('Washington')
  await page.keyboard.press('Enter')
  await expect(placeDetails(page).getByRole('heading', { level: 2 })).toHaveText('Washington, United States')
  await page.keyboard.press('Tab')
  await expect(page.locator(':focus')).toHaveText(/^February Oval Office meeting/)
  await page.keyboard.press('Enter')
  await expect(page.locator('#event-details-title')).toHaveText('February Oval Office meeting')
})

test('a place the article never mentions says so; the occupied territory is named, not drawn', async ({
  page,
  host
}) => {
  await openMap(page, host.url)
  await map(page).getByRole('button', { name: 'Rome' }).click()
  await expect(placeDetails(page)).toContainText('26 April 2025')
  await expect(placeDetails(page)).toContainText('No event on the timeline happened here.')
  await expect(placeDetails(page)).toContainText('The article does not mention it.')

  const territory = page.getByRole('region', { name: 'Occupied Ukrainian territory' })
  await expect(territory).toContainText('about one fifth of Ukraine')
  await expect(territory.getByRole('listitem').locator('strong')).toHaveText([
    'Crimea',
    'The Donbas: Donetsk and Luhansk',
    'Parts of six other regions'
  ])
  await expect(territory).toContainText('no source here has front lines')
  await expect(page.getByText(/They draw Crimea inside Russia’s border/)).toBeVisible()
  await territory.getByRole('button', { name: 'Open P24 in the reader' }).click()
  await expect(page.locator('#P24')).toBeInViewport()
})

test('the places table lists every place with its events and passages; a name shows it on the map, a passage opens the reader', async ({
  page,
  host
}) => {
  const places = await shippedPlaces()
  await openMap(page, host.url)
  await page.getByRole('tab', { name: 'Places' }).click()
  const table = page.getByRole('table', { name: /The 9 places of the story/ })
  await expect(table.getByRole('rowheader')).toHaveText(places.map((p) => new RegExp(`^${p.name}`)))
  await expect(table.getByRole('columnheader')).toHaveText(['Place', 'Events', 'Passages'])
  await expect(table.getByRole('row', { name: /^The Hague/ })).toContainText('Not in the article')

  await table
    .getByRole('row', { name: /^Moscow/ })
    .getByRole('button', { name: 'Russia annexes Crimea' })
    .click()
  await expect(page.locator('#event-details-title')).toHaveText('Russia annexes Crimea')

  await table.getByRole('button', { name: 'Berlin', exact: true }).click()
  await expect(page.getByRole('tab', { name: 'Map' })).toHaveAttribute('aria-selected', 'true')
  await expect(map(page).getByRole('button', { name: 'Berlin' })).toHaveAttribute('aria-pressed', 'true')

  await page.getByRole('tab', { name: 'Places' }).click()
  await table
    .getByRole('row', { name: /^Kyiv/ })
    .getByRole('button', { name: 'Open P12 in the reader' })
    .click()
  await expect(page.locator('#P12')).toBeInViewport()
})

for (const theme of ['light', 'dark', 'sepia'] as const) {
  test(`axe finds no serious or critical violation on the map and in the table, ${theme} theme`, async ({
    page,
    host
  }) => {
    test.slow()
    await page.goto(host.url)
    await page.getByRole('button', { name: 'Display' }).click()
    await page
      .getByRole('dialog', { name: 'Display settings' })
      .getByRole('radio', { name: new RegExp(`^${theme}`, 'i') })
      .check()
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme)
    await page.keyboard.press('Escape')
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Timeline' }).click()
    await page.getByRole('tab', { name: 'Map' }).click()
    await map(page).getByRole('button', { name: 'Washington' }).click()
    expect(await seriousViolations(page, { nameMismatch: true })).toEqual([])
    await page.getByRole('tab', { name: 'Places' }).click()
    expect(await seriousViolations(page, { nameMismatch: true })).toEqual([])
  })
}
