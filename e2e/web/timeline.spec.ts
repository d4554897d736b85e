// Proves the timeline names every event (stacked labels, groups that name what they hold, each preset's story, the two meetings side by side) by mouse and keyboard, links events to the reader, lists and compares the meetings, keeps notes, and passes axe.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test } from '../fixtures'
import { seriousViolations } from '../helpers'

interface ShippedEvent {
  id: string
  title: string
}

/** The shipped events, in timeline order (the data file is kept sorted; a unit test checks it). */
async function shippedEvents(): Promise<ShippedEvent[]> {
  const path = join(import.meta.dirname, '..', '..', 'resources', 'content', 'timeline.json')
  return (JSON.parse(await readFile(path, 'utf8')) as { events: ShippedEvent[] }).events
}

async function openTimeline(page: Page, url: string): Promise<void> {
  await page.goto(url)
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Timeline' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible()
}

const axis = (page: Page) => page.getByRole('toolbar', { name: /^Events from/ })
const details = (page: Page) =>
  page.getByRole('region', { name: /./ }).filter({ has: page.locator('#event-details-title') })
const detailsTitle = (page: Page) => page.locator('#event-details-title')
/** Every event id drawn on the axis, singly or in a group. */
const idsOnAxis = (page: Page) =>
  axis(page)
    .locator('[data-ids]')
    .evaluateAll((markers) => markers.flatMap((m) => (m.getAttribute('data-ids') ?? '').split(' ')))

test('arrow keys walk every event in time order, Home and End jump to the ends, focus follows', async ({
  page,
  host
}) => {
  test.slow()
  const events = await shippedEvents()
  await openTimeline(page, host.url)

  await axis(page).locator('[data-ids]').first().focus()
  await page.keyboard.press('Home')
  for (const [i, event] of events.entries()) {
    if (i > 0) await page.keyboard.press('ArrowRight')
    await expect(detailsTitle(page)).toHaveText(event.title)
    const focused = page.locator(':focus')
    await expect(focused).toHaveAttribute('data-ids', new RegExp(`(^| )${event.id}( |$)`))
    await expect(focused).toHaveAttribute('aria-current', 'true')
  }
  await page.keyboard.press('ArrowRight')
  await expect(detailsTitle(page)).toHaveText(events.at(-1)!.title)

  await page.keyboard.press('Home')
  await expect(detailsTitle(page)).toHaveText('Russia annexes Crimea')
  await page.keyboard.press('End')
  await expect(detailsTitle(page)).toHaveText('Coalition of the willing meets online')
  await page.keyboard.press('ArrowLeft')
  await expect(detailsTitle(page)).toHaveText('Zelenskyy and Trump look back')
})

test('+ and −, the buttons and the wheel zoom; Shift+arrows, the buttons, a sideways scroll and a drag pan', async ({
  page,
  host
}) => {
  await openTimeline(page, host.url)
  const showing = page.getByText(/^Showing /)
  await axis(page).locator('[data-ids]').first().focus()
  await page.keyboard.press('End')
  const before = await showing.textContent()

  await page.keyboard.press('+')
  await page.keyboard.press('+')
  await page.keyboard.press('+')
  await expect(showing).not.toHaveText(before!)
  await expect(page.locator(':focus')).toHaveAttribute('data-ids', /coalition-debrief/)
  const zoomed = await showing.textContent()

  await page.keyboard.press('Shift+ArrowLeft')
  await expect(showing).not.toHaveText(zoomed!)
  await page.keyboard.press('-')
  await page.getByRole('button', { name: 'Zoom out' }).click()
  await page.getByRole('button', { name: /Earlier/ }).click()
  await page.getByRole('button', { name: /Later/ }).click()
  await page.getByRole('button', { name: 'Zoom in' }).click()
  await expect(page.getByRole('button', { name: 'Feb–Aug 2025' })).toHaveAttribute('aria-pressed', 'false')

  // The wheel zooms about the pointer; a sideways scroll (a trackpad's) pans.
  await page.getByRole('button', { name: 'Feb–Aug 2025', exact: true }).click()
  const plot = await axis(page).boundingBox()
  await page.mouse.move(plot!.x + plot!.width / 2, plot!.y + 20)
  await page.mouse.wheel(0, -400)
  await expect(page.getByRole('button', { name: 'Feb–Aug 2025' })).toHaveAttribute('aria-pressed', 'false')
  const wheeled = await showing.textContent()
  await page.mouse.wheel(300, 0)
  await expect(showing).not.toHaveText(wheeled!)
  const scrolled = await showing.textContent()
  await page.mouse.move(plot!.x + plot!.width / 2, plot!.y + 8)
  await page.mouse.down()
  await page.mouse.move(plot!.x + plot!.width / 2 - 200, plot!.y + 8, { steps: 5 })
  await page.mouse.up()
  await expect(showing).not.toHaveText(scrolled!)
})

test('each preset frames its stretch of time and the events in it', async ({ page, host }) => {
  const events = await shippedEvents()
  await openTimeline(page, host.url)
  const showing = page.getByText(/^Showing /)
  const preset = (name: string) => page.getByRole('button', { name, exact: true })

  await expect(preset('Feb–Aug 2025')).toHaveAttribute('aria-pressed', 'true')
  await expect(showing).toContainText('Saturday 1 February 2025 to Monday 1 September 2025')
  expect((await idsOnAxis(page)).sort()).toEqual(
    events
      .slice(2)
      .map((e) => e.id)
      .sort()
  )

  await preset('Since 2014').click()
  await expect(preset('Since 2014')).toHaveAttribute('aria-pressed', 'true')
  await expect(preset('Feb–Aug 2025')).toHaveAttribute('aria-pressed', 'false')
  await expect(showing).toContainText('Wednesday 1 January 2014 to Thursday 1 January 2026')
  expect((await idsOnAxis(page)).sort()).toEqual(events.map((e) => e.id).sort())

  await preset('The week of 18 Aug').click()
  await expect(preset('The week of 18 Aug')).toHaveAttribute('aria-pressed', 'true')
  await expect(showing).toContainText('Monday 18 August 2025 to Wednesday 20 August 2025, hour by hour')
  expect((await idsOnAxis(page)).sort()).toEqual(
    events
      .filter((e) =>
        /^(oval-office-august|east-room|trump-putin|rutte|day-after|coalition-debrief)/.test(e.id)
      )
      .map((e) => e.id)
      .sort()
  )

  await preset('Feb–Aug 2025').click()
  await expect(showing).toContainText('Saturday 1 February 2025 to Monday 1 September 2025')
})

test('markers that would overlap share one that names them; Enter opens it and focus stays on its first event', async ({
  page,
  host
}) => {
  await openTimeline(page, host.url)
  const group = axis(page).getByRole('button', {
    name: /^28 Feb – 2 Mar · 2 events February Oval Office meeting, Coalition of the willing launched\./
  })
  await expect(group).toBeVisible()
  await expect(group).toHaveAttribute('data-ids', 'oval-office-february coalition-launched')
  await expect(group.locator('.label')).toHaveText(
    /February Oval Office meeting,\s*Coalition of the willing launched/
  )

  await group.focus()
  await page.keyboard.press('Enter')

  await expect(axis(page).locator('[data-ids="coalition-launched"]')).toBeVisible()
  await expect(page.locator(':focus')).toHaveAttribute('data-ids', 'oval-office-february')
  await expect(detailsTitle(page)).toHaveText('February Oval Office meeting')
  await page.keyboard.press('ArrowRight')
  await expect(page.locator(':focus')).toHaveAttribute('data-ids', 'coalition-launched')
})

test('every label of every preset is drawn whole inside the plot, and none overlaps another', async ({
  page,
  host
}) => {
  await openTimeline(page, host.url)
  for (const name of ['Feb–Aug 2025', 'Since 2014', 'The week of 18 Aug']) {
    await page.getByRole('button', { name, exact: true }).click()
    await expect(page.getByRole('button', { name, exact: true })).toHaveAttribute('aria-pressed', 'true')
    const plot = (await axis(page).boundingBox())!
    const boxes = await axis(page)
      .locator('.label')
      .evaluateAll((labels) =>
        labels.map((l) => {
          const r = l.getBoundingClientRect()
          return {
            text: l.textContent ?? '',
            left: r.left,
            right: r.right,
            top: r.top,
            bottom: r.bottom,
            scroll: l.scrollWidth - l.clientWidth
          }
        })
      )
    expect(boxes.length).toBeGreaterThan(2)
    for (const b of boxes) {
      expect(b.left, `${name}: ${b.text}`).toBeGreaterThanOrEqual(plot.x)
      expect(b.right, `${name}: ${b.text}`).toBeLessThanOrEqual(plot.x + plot.width + 0.5)
      expect(b.top, `${name}: ${b.text}`).toBeGreaterThanOrEqual(plot.y)
      expect(b.scroll, `${name}: ${b.text} fits its box`).toBeLessThanOrEqual(0)
    }
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) {
        const apart =
          a.right <= b.left + 0.5 ||
          b.right <= a.left + 0.5 ||
          a.bottom <= b.top + 0.5 ||
          b.bottom <= a.top + 0.5
        expect(apart, `${name}: “${a.text}” overlaps “${b.text}”`).toBe(true)
      }
    }
  }
  await page.getByRole('button', { name: 'Feb–Aug 2025', exact: true }).click()
  const named = await axis(page).locator('.label').allTextContents()
  for (const title of ['February Oval Office meeting', 'Alaska summit', 'August Oval Office meeting'])
    expect(named.join(' ')).toContain(title)
})

test('the week of 18 Aug reads hour by hour in Washington time, and 19 Aug in its zones', async ({
  page,
  host
}) => {
  await openTimeline(page, host.url)
  await page.getByRole('button', { name: 'The week of 18 Aug', exact: true }).click()
  const at = async (id: string) => (await axis(page).locator(`[data-ids="${id}"]`).boundingBox())!.x
  const xs = [
    await at('oval-office-august'),
    await at('east-room-meeting'),
    await at('trump-putin-call'),
    await at('rutte-on-fox-news')
  ]
  expect([...xs].sort((a, b) => a - b)).toEqual(xs)
  await expect(
    axis(page).getByRole('button', { name: /^August Oval Office meeting about 1:15 pm EDT/ })
  ).toBeVisible()
  await expect(
    axis(page).getByRole('button', {
      name: /^Trump–Putin phone call evening, Eastern Time; 19 Aug in Moscow/
    })
  ).toBeVisible()
  await expect(axis(page).locator('.label').filter({ hasText: 'about 12:15 CEST' })).toBeVisible()
  // The axis is ticked by the hour, on both days.
  const ticks = await axis(page).locator('svg text').allTextContents()
  expect(ticks.filter((t) => /^\d\d:00$/.test(t)).length).toBeGreaterThanOrEqual(6)
  expect(ticks).toEqual(expect.arrayContaining(['18 Aug', '19 Aug']))
})

test('← and → say so when they leave the preset’s window', async ({ page, host }) => {
  await openTimeline(page, host.url)
  await page.getByRole('button', { name: 'The week of 18 Aug', exact: true }).click()
  await axis(page).locator('[data-ids="oval-office-august"]').click()
  await expect(page.getByRole('status').filter({ hasText: 'outside' })).toHaveCount(0)

  await page.keyboard.press('ArrowLeft')

  await expect(detailsTitle(page)).toHaveText('Trump drops the ceasefire demand')
  await expect(page.getByRole('status').filter({ hasText: 'outside' })).toHaveText(
    'Trump drops the ceasefire demand lies outside The week of 18 Aug: the axis moved to show it.'
  )
  await expect(page.getByRole('button', { name: 'The week of 18 Aug', exact: true })).toHaveAttribute(
    'aria-pressed',
    'false'
  )
})

test('the two meetings side by side: 28 February and 18 August, linked, the comparison one click away', async ({
  page,
  host
}) => {
  await openTimeline(page, host.url)
  await page.getByRole('button', { name: 'The two meetings', exact: true }).click()

  const february = page.getByRole('region', { name: 'Friday 28 February 2025' })
  const august = page.getByRole('region', { name: 'Monday 18 August 2025' })
  await expect(february.locator('[data-ids]')).toHaveCount(1)
  await expect(august.locator('[data-ids]')).toHaveCount(4)
  await expect(page.getByText('171 days later')).toBeVisible()
  const [f, a] = [(await february.boundingBox())!, (await august.boundingBox())!]
  expect(a.x).toBeGreaterThan(f.x + f.width - 1)

  await february.getByRole('button', { name: /^February Oval Office meeting/ }).click()
  await expect(detailsTitle(page)).toHaveText('February Oval Office meeting')
  await august.getByRole('button', { name: /^August Oval Office meeting/ }).click()
  await page.keyboard.press('ArrowRight')
  await expect(detailsTitle(page)).toHaveText('East Room meeting with European leaders')
  await expect(page.locator(':focus')).toHaveAttribute('data-ids', 'east-room-meeting')

  await page.getByRole('button', { name: 'Compare them row by row' }).click()
  await expect(page.getByRole('tab', { name: 'February vs August' })).toHaveAttribute('aria-selected', 'true')
  await expect(page.getByRole('table', { name: /The two Oval Office meetings side by side/ })).toBeVisible()
})

test('an event’s details link to each passage about it, which opens in the reader', async ({
  page,
  host
}) => {
  await openTimeline(page, host.url)
  await page.getByRole('button', { name: 'The week of 18 Aug', exact: true }).click()
  await axis(page).locator('[data-ids]').first().focus()
  await page.keyboard.press('End')
  for (let i = 0; i < 5; i += 1) await page.keyboard.press('ArrowLeft')
  await expect(detailsTitle(page)).toHaveText('August Oval Office meeting')
  await expect(details(page)).toContainText('Monday 18 August 2025, about 1:15 pm EDT')
  await expect(details(page)).toContainText('Oval Office, White House, Washington')

  await details(page)
    .getByRole('button', { name: /^Open P22 in the reader/ })
    .click()

  await expect(
    page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Read' })
  ).toHaveAttribute('aria-current', 'page')
  await expect(page.locator('#P22')).toBeInViewport()
  await expect(page.locator('#P22')).toBeFocused()
})

test('the Trump–Putin call is dated in Washington and in Moscow', async ({ page, host }) => {
  await openTimeline(page, host.url)
  await page.getByRole('tab', { name: 'List' }).click()
  await page.getByRole('button', { name: 'Trump–Putin phone call' }).click()

  await expect(detailsTitle(page)).toBeFocused()
  await expect(details(page)).toContainText('Monday 18 August 2025, evening, Eastern Time')
  await expect(details(page)).toContainText('Elsewhere the date differs: Tuesday 19 August 2025 in Moscow.')
})

test('the list view is a table of every event, with its passages and note count', async ({ page, host }) => {
  const events = await shippedEvents()
  await openTimeline(page, host.url)

  await page.getByRole('tab', { name: 'List' }).click()

  const table = page.getByRole('table', { name: /All 15 events, earliest first/ })
  await expect(table.getByRole('row')).toHaveCount(events.length + 1)
  await expect(table.getByRole('rowheader')).toHaveText(
    events.map((e) => new RegExp(`^${e.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`))
  )
  await expect(table.getByRole('columnheader')).toHaveText([
    'When',
    'Event',
    'Where',
    'Who',
    'In the article',
    'Notes'
  ])

  await table
    .getByRole('row', { name: /Istanbul talks/ })
    .getByRole('button', { name: 'Open P28 in the reader' })
    .click()
  await expect(page.locator('#P28')).toBeInViewport()
})

test('notes on an event are added, counted, kept across a restart, edited and deleted', async ({
  page,
  host
}) => {
  test.slow()
  await openTimeline(page, host.url)
  await page.getByRole('tab', { name: 'List' }).click()
  await page.getByRole('button', { name: 'Alaska summit' }).click()

  await page.getByLabel('New note').fill('No *ceasefire*.\nPutin wants the Donbas.')
  await page.getByLabel('Tags, separated by commas').fill('donbas, ceasefire')
  await page.getByRole('button', { name: 'Add note' }).click()

  const notes = page.getByRole('region', { name: 'Your notes on Alaska summit' })
  await expect(notes.getByRole('heading')).toHaveText('Your notes (1)')
  await expect(notes).toContainText('No ceasefire.\nPutin wants the Donbas.')
  await expect(notes.locator('em'), "notes are Markdown, like a highlight's").toHaveText('ceasefire')
  await expect(
    page
      .getByRole('row', { name: /Alaska summit/ })
      .getByRole('cell')
      .last()
  ).toHaveText('1')

  await host.restart()
  await openTimeline(page, host.url)
  await page.getByRole('tab', { name: 'List' }).click()
  await expect(
    page
      .getByRole('row', { name: /Alaska summit/ })
      .getByRole('cell')
      .last()
  ).toHaveText('1')
  await page.getByRole('button', { name: 'Alaska summit' }).click()
  await expect(notes.getByRole('list', { name: 'Tags' }).getByRole('listitem')).toHaveText([
    'donbas',
    'ceasefire'
  ])

  await notes.getByRole('button', { name: 'Edit' }).click()
  await notes.getByLabel('Edit note').fill('Edited.')
  await notes.getByRole('button', { name: 'Save' }).click()
  await expect(notes).toContainText('Edited.')
  await notes.getByRole('button', { name: 'Delete' }).click()
  await expect(notes.getByRole('heading')).toHaveText('Your notes (0)')
})

test('the comparison sets the two Oval Office meetings side by side, every row linked to the article', async ({
  page,
  host
}) => {
  await openTimeline(page, host.url)
  await page.getByRole('tab', { name: 'February vs August' }).click()

  const table = page.getByRole('table', { name: /The two Oval Office meetings side by side: 171 days apart/ })
  await expect(table.getByRole('columnheader')).toHaveText([
    'February: Friday 28 February 2025',
    'August: Monday 18 August 2025'
  ])
  await expect(table.getByRole('rowheader')).toHaveText([
    'Date',
    'Who was in the room',
    'Tone',
    'What was at stake',
    'What came of it',
    'The article’s lines'
  ])
  for (const row of await table.getByRole('row').all()) {
    if ((await row.getByRole('rowheader').count()) === 0) continue
    await expect(
      row
        .getByRole('cell')
        .nth(0)
        .getByRole('button', { name: /^Open P\d+ in the reader$/ })
        .first()
    ).toBeVisible()
    await expect(
      row
        .getByRole('cell')
        .nth(1)
        .getByRole('button', { name: /^Open P\d+ in the reader$/ })
        .first()
    ).toBeVisible()
  }
  await expect(
    page.getByText(/not their second meeting: they had also met in St Peter’s Basilica on 26 April 2025/)
  ).toBeVisible()

  await table
    .getByRole('row', { name: /^What came of it/ })
    .getByRole('button', { name: 'Open P31 in the reader' })
    .click()
  await expect(page.locator('#P31')).toBeInViewport()
})

/** The drill's titles as shown, top to bottom. */
const drillTitles = (page: Page) =>
  page.getByRole('list', { name: 'Your order, earliest first' }).locator('li .title').allTextContents()

/** Arrange the drill into `wanted` (titles, top first) with the Earlier buttons, as a keyboard user would. */
async function arrange(page: Page, wanted: string[]): Promise<void> {
  for (const [target, title] of wanted.entries()) {
    let at = (await drillTitles(page)).indexOf(title)
    while (at > target) {
      const button = page.getByRole('button', { name: `Move ${title} earlier` })
      await button.focus()
      await page.keyboard.press('Enter')
      at -= 1
      await expect.poll(() => drillTitles(page).then((t) => t.indexOf(title))).toBe(at)
    }
  }
}

test('the ordering drill, answered right, says so', async ({ page, host }) => {
  const order = (await shippedEvents()).map((e) => e.title)
  await openTimeline(page, host.url)
  await page.getByRole('tab', { name: 'Ordering drill' }).click()

  const shown = await drillTitles(page)
  expect(shown).toHaveLength(5)
  const right = [...shown].sort((a, b) => order.indexOf(a) - order.indexOf(b))
  await arrange(page, right)
  await page.getByRole('button', { name: 'Check my order' }).click()

  await expect(page.getByText('All five in the right order.', { exact: true }).first()).toBeVisible()
  await expect(
    page.getByRole('list', { name: 'The right order, earliest first' }).locator('.title')
  ).toHaveText(right)
})

test('the ordering drill, answered wrong (by dragging), scores it and shows the right order', async ({
  page,
  host
}) => {
  const order = (await shippedEvents()).map((e) => e.title)
  await openTimeline(page, host.url)
  await page.getByRole('tab', { name: 'Ordering drill' }).click()
  const shown = await drillTitles(page)
  const right = [...shown].sort((a, b) => order.indexOf(a) - order.indexOf(b))
  const reversed = [...right].reverse()
  await arrange(page, reversed.slice(0, 4))
  expect(await drillTitles(page)).toEqual(reversed)

  const items = page.getByRole('list', { name: 'Your order, earliest first' }).getByRole('listitem')
  await items.nth(4).dragTo(items.nth(0))
  const dragged = [reversed[4]!, ...reversed.slice(0, 4)]
  expect(await drillTitles(page)).toEqual(dragged)
  await items.nth(0).dragTo(items.nth(4))
  expect(await drillTitles(page)).toEqual(reversed)

  await page.getByRole('button', { name: 'Check my order' }).click()

  await expect(page.getByText('1 of 5 in the right place; 0 of 10 pairs in the right order.')).toBeVisible()
  await expect(
    page.getByRole('list', { name: 'The right order, earliest first' }).locator('.title')
  ).toHaveText(right)
  await expect(items.filter({ hasText: 'Right place' })).toHaveCount(1)
  await expect(items.filter({ hasText: /Belongs at \d/ })).toHaveCount(4)
  await page.getByRole('button', { name: 'New drill' }).click()
  await expect(page.getByRole('button', { name: 'Check my order' })).toBeVisible()
})

test('axe finds no serious or critical violation in the time axis view, at every preset and side by side', async ({
  page,
  host
}) => {
  test.slow()
  await openTimeline(page, host.url)
  await axis(page).locator('[data-ids]').first().focus()
  await page.keyboard.press('End')
  await expect(detailsTitle(page)).toHaveText('Coalition of the willing meets online')

  expect(await seriousViolations(page, { nameMismatch: true })).toEqual([])
  for (const name of ['Since 2014', 'The week of 18 Aug', 'The two meetings']) {
    await page.getByRole('button', { name, exact: true }).click()
    expect(await seriousViolations(page, { nameMismatch: true }), name).toEqual([])
  }
})

test('axe finds no serious or critical violation in the list view', async ({ page, host }) => {
  test.slow()
  await openTimeline(page, host.url)
  await page.getByRole('tab', { name: 'List' }).click()
  await page.getByRole('button', { name: 'Trump–Putin phone call' }).click()
  await expect(detailsTitle(page)).toHaveText('Trump–Putin phone call')

  expect(await seriousViolations(page, { nameMismatch: true })).toEqual([])
})

test('axe finds no serious or critical violation in the comparison and the drill', async ({ page, host }) => {
  test.slow()
  await openTimeline(page, host.url)
  await page.getByRole('tab', { name: 'February vs August' }).click()
  await expect(page.getByRole('table')).toBeVisible()
  expect(await seriousViolations(page, { nameMismatch: true })).toEqual([])

  await page.getByRole('tab', { name: 'Ordering drill' }).click()
  await page.getByRole('button', { name: 'Check my order' }).click()
  expect(await seriousViolations(page, { nameMismatch: true })).toEqual([])
})
