// Proves a review session works by keyboard alone with Anki’s new, learning and review counts falling as cards are answered, a full summary, grades surviving a host restart, undo restoring the card, a miss offering its passage, and the stats showing the session.
import type { Locator, Page } from '@playwright/test'
import { expect, test } from '../fixtures'
import { tabTo } from '../helpers'

const nav = (page: Page): Locator => page.getByRole('navigation', { name: 'Main' })
const question = (page: Page): Locator => page.locator('#flashcard-question')
const count = (page: Page, name: 'Due' | 'New' | 'Learning'): Locator =>
  page.locator('.count', { has: page.locator('dt', { hasText: name }) }).locator('dd')

/** Open the Flashcards view and wait for the deck's counts. */
async function openFlashcards(page: Page, url: string): Promise<void> {
  await page.goto(url)
  await nav(page).getByRole('button', { name: 'Flashcards' }).click()
  await expect(page.getByRole('heading', { name: 'Flashcards', level: 1 })).toBeVisible()
  await expect(count(page, 'New')).toBeVisible()
}

/** Show the answer and grade the card shown with `key`; answers the question that was graded. */
async function gradeWithKeys(page: Page, key: '1' | '2' | '3' | '4'): Promise<string> {
  const asked = (await question(page).textContent()) ?? ''
  await page.keyboard.press('Space')
  await expect(page.getByRole('group', { name: 'How well did you recall it?' })).toBeVisible()
  await page.keyboard.press(key)
  await expect(question(page)).not.toHaveText(asked)
  return asked
}

test('the deck screen counts the day’s new cards', async ({ page, host }) => {
  await openFlashcards(page, host.url)
  await expect(count(page, 'New')).toHaveText('20')
  await expect(count(page, 'Due')).toHaveText('0')
  await expect(count(page, 'Learning')).toHaveText('0')
})

test('a whole session by keyboard alone: show, grade with intervals, progress, summary', async ({
  page,
  host
}) => {
  await page.goto(host.url)
  await tabTo(page, nav(page).getByRole('button', { name: 'Flashcards' }))
  await page.keyboard.press('Enter')
  const start = page.getByRole('button', { name: /^Study now \(20\)/ })
  await tabTo(page, start)
  await expect(start).toBeFocused()
  await page.keyboard.press('Enter')

  await expect(question(page)).toBeFocused()
  await page.keyboard.press('Enter')
  const grades = page.getByRole('group', { name: 'How well did you recall it?' })
  await expect(grades.getByRole('button')).toHaveText([
    /Again\s*1m/,
    /Hard\s*6m/,
    /Good\s*10m/,
    /Easy\s*\d+d/
  ])
  await page.keyboard.press('3')
  const progress = page.getByRole('progressbar', { name: 'Session progress' })
  await expect(progress).toHaveAttribute('aria-valuenow', '5')
  await expect(waiting(page, 'New')).toHaveText(/^19/)
  await expect(waiting(page, 'Learning')).toHaveText(/^1/)
  await gradeWithKeys(page, '4')
  await gradeWithKeys(page, '1')
  await expect(waiting(page, 'New')).toHaveText(/^17/)
  await expect(waiting(page, 'Learning')).toHaveText(/^2/)
  await expect(waiting(page, 'Review')).toHaveText(/^0/)
  await expect(progress).toHaveAttribute('aria-valuetext', /^3 reviewed/)

  await tabTo(page, page.getByRole('button', { name: 'End session' }))
  await page.keyboard.press('Enter')
  const summary = page.getByRole('region', { name: 'Session complete' })
  await expect(summary).toContainText(/Reviewed\s*3/)
  await expect(summary).toContainText(/Recalled\s*2 \(67%\)/)
  await expect(summary).toContainText(/Cards learned\s*3/)
  await expect(summary).toContainText(/Again\s*1\s*Hard\s*0\s*Good\s*1\s*Easy\s*1/)
  await expect(summary).toContainText(/Next due\s*now/)
  await expect(page.getByRole('heading', { name: 'Session complete' })).toBeFocused()
})

test('grades survive a host restart, and the statistics show the session’s reviews', async ({
  page,
  host
}) => {
  await openFlashcards(page, host.url)
  await page.getByRole('button', { name: /^Study now/ }).click()
  const graded = [
    await gradeWithKeys(page, '4'),
    await gradeWithKeys(page, '4'),
    await gradeWithKeys(page, '1')
  ]
  await page.getByRole('button', { name: 'End session' }).click()

  await host.restart()
  await openFlashcards(page, host.url)
  await expect(count(page, 'New')).toHaveText('17')
  await expect(count(page, 'Learning')).toHaveText('1')

  await page.getByRole('tab', { name: 'Cards' }).click()
  const states = graded.map((asked) =>
    page
      .getByRole('row', { name: new RegExp(escape(asked.slice(0, 40))) })
      .getByRole('cell')
      .nth(4)
  )
  await expect(states[0]!).toHaveText('review')
  await expect(states[1]!).toHaveText('review')
  await expect(states[2]!).toHaveText('learning')

  await page.getByRole('tab', { name: 'Stats' }).click()
  const perDay = page.getByRole('figure', { name: 'Reviews per day' })
  await expect(perDay).toContainText('3 reviews in the last 30 days, 3 today.')
  await perDay.getByRole('button', { name: 'Show as table' }).click()
  await expect(perDay.getByRole('row').last()).toContainText('3')
  await expect(page.getByRole('figure', { name: 'Cards by state' })).toContainText('2 review')
})

test('Ctrl+Z undoes the last grade: the card comes back as it was and the counts follow', async ({
  page,
  host
}) => {
  await openFlashcards(page, host.url)
  await page.getByRole('button', { name: /^Study now/ }).click()
  await expect(waiting(page, 'New')).toHaveText(/^20/)
  const asked = await gradeWithKeys(page, '3')
  await expect(waiting(page, 'New')).toHaveText(/^19/)

  await page.keyboard.press('Control+z')
  await expect(question(page)).toHaveText(asked)
  await expect(waiting(page, 'New')).toHaveText(/^20/)
  await expect(page.getByRole('button', { name: /^Undo/ })).toBeDisabled()

  await page.getByRole('button', { name: 'End session' }).click()
  await page.getByRole('button', { name: 'Back to the deck' }).click()
  await expect(count(page, 'New')).toHaveText('20')
  await expect(count(page, 'Learning')).toHaveText('0')
})

test('a wrong answer offers its passage at once, and “Show in article” opens the reader there', async ({
  page,
  host
}) => {
  await openFlashcards(page, host.url)
  await page.getByRole('button', { name: /^Study now/ }).click()
  await gradeWithKeys(page, '1')

  const missed = page.getByRole('status').filter({ hasText: 'Missed:' })
  await expect(missed).toContainText('On what date was the disastrous Oval Office meeting')
  await missed.getByRole('button', { name: 'Show in article' }).click()

  await expect(nav(page).getByRole('button', { name: 'Read' })).toHaveAttribute('aria-current', 'page')
  await expect(page.locator('#P1')).toBeInViewport()
  await expect(page.locator('#P1')).toBeFocused()

  await page.getByRole('button', { name: '← Back to the review' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Missed:' })).toBeVisible()
  await expect(page.getByRole('progressbar', { name: 'Session progress' })).toHaveAttribute(
    'aria-valuetext',
    /^1 reviewed/
  )
})

test('an out-of-range setting is refused at its field with the allowed range, and nothing changes', async ({
  page,
  host
}) => {
  await openFlashcards(page, host.url)
  const retention = page.getByLabel('Desired retention (%)')
  await retention.fill('150')
  await retention.press('Tab')
  await expect(retention).toHaveAttribute('aria-invalid', 'true')
  await expect(page.getByRole('alert')).toHaveText(/from 70 to 99%\. Nothing was changed\./)
  await page.reload()
  await nav(page).getByRole('button', { name: 'Flashcards' }).click()
  await expect(page.getByLabel('Desired retention (%)')).toHaveValue('90')
})

/** One of the session's three counts (Anki's new, learning and review), as it stands. */
function waiting(page: Page, label: 'New' | 'Learning' | 'Review'): Locator {
  return page
    .getByRole('group', { name: 'Cards waiting' })
    .locator('div', { has: page.getByText(label, { exact: true }) })
    .getByRole('definition')
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

test('the reader shows, per section, how well its cards are known', async ({ page, host }) => {
  await openFlashcards(page, host.url)
  await page.getByRole('button', { name: /^Study now/ }).click()
  for (let i = 0; i < 3; i += 1) await gradeWithKeys(page, '4')

  await nav(page).getByRole('button', { name: 'Read' }).click()
  const toggle = page.getByRole('toolbar', { name: 'Reader' }).getByRole('button', { name: 'Recall' })
  await toggle.click()
  await expect(toggle).toHaveAttribute('aria-pressed', 'true')
  const opening = page.locator('section[data-section-id="opening"]').getByRole('complementary', {
    name: 'Your recall of this section'
  })
  await expect(opening).toContainText(/Recall (9\d|100)% \(3 of \d+ cards studied\)/)
  await expect(page.locator('section[data-section-id="ceasefire"]').getByRole('complementary')).toContainText(
    'Not studied yet'
  )

  await toggle.click()
  await expect(page.getByRole('complementary', { name: 'Your recall of this section' })).toHaveCount(0)
})
