// Proves own cards can be written (cloze by marking words, from a passage) and join the deck, the browser finds, sorts and suspends in bulk, the export downloads, and the Flashcards screens pass axe.
import { readFile } from 'node:fs/promises'
import type { Locator, Page } from '@playwright/test'
import { expect, test } from '../fixtures'
import { seriousViolations } from '../helpers'

const nav = (page: Page): Locator => page.getByRole('navigation', { name: 'Main' })

async function openFlashcards(page: Page, url: string): Promise<void> {
  await page.goto(url)
  await nav(page).getByRole('button', { name: 'Flashcards' }).click()
  await expect(page.getByText(/cards in the deck/)).toBeVisible()
}

test('a card written from a passage, cloze by marking words, appears in the deck and the browser', async ({
  page,
  host
}) => {
  await openFlashcards(page, host.url)
  const total = Number((await page.getByText(/cards in the deck/).textContent())!.match(/\d+/)![0])

  await page.getByRole('button', { name: 'New card' }).click()
  const dialog = page.getByRole('dialog', { name: 'New card' })
  await dialog.getByRole('radio', { name: 'Cloze (hide words)' }).check()
  const text = dialog.getByLabel('Text, with the words to hide marked')
  await text.fill('A coalition of 30 countries backs the peace force')
  await text.evaluate((field: HTMLTextAreaElement) => field.setSelectionRange(15, 17))
  await page.keyboard.press('Control+Shift+C')
  await expect(text).toHaveValue('A coalition of {{c1::30}} countries backs the peace force')
  await expect(dialog).toContainText('Shown as: A coalition of […] countries backs the peace force')
  await dialog.getByLabel('Passage of the article (optional)').selectOption('P13')
  await dialog.getByRole('button', { name: 'Create card' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByText(`${total + 1} cards in the deck`)).toBeVisible()

  await page.getByRole('tab', { name: 'Cards' }).click()
  await page.getByLabel('Tag').selectOption('own')
  const row = page.getByRole('row', { name: /A coalition of \[…\] countries/ })
  await expect(row).toContainText('Safety ensures for Ukraine')
  await expect(row).toContainText('new')
  await row.getByRole('button', { name: /^Show in article/ }).click()
  await expect(page.locator('#P13')).toBeFocused()
})

test('an empty card is refused with a clear message, and nothing is added', async ({ page, host }) => {
  await openFlashcards(page, host.url)
  await page.getByRole('button', { name: 'New card' }).click()
  const dialog = page.getByRole('dialog', { name: 'New card' })
  await dialog.getByLabel('Question', { exact: true }).fill('   ')
  await dialog.getByLabel('Answer', { exact: true }).fill('Something')
  await dialog.getByRole('button', { name: 'Create card' }).click()
  await expect(dialog.getByRole('alert')).toHaveText('Write a question for this answer.')
  await dialog.getByLabel('Answer', { exact: true }).fill('')
  await dialog.getByRole('button', { name: 'Create card' }).click()
  await expect(dialog.getByRole('alert')).toHaveText('Write a question and an answer.')
  await page.keyboard.press('Escape')
  await page.getByRole('tab', { name: 'Cards' }).click()
  await page.getByLabel('Tag').selectOption('people')
  await expect(page.getByLabel('Tag').locator('option', { hasText: /^own$/ })).toHaveCount(0)
})

test('the browser searches, sorts, suspends and unsuspends in bulk, and keeps a note', async ({
  page,
  host
}) => {
  await openFlashcards(page, host.url)
  await page.getByRole('tab', { name: 'Cards' }).click()
  await page.getByRole('searchbox', { name: 'Search' }).fill('secretary general')
  await expect(page.getByText(/^\d+ of \d+ cards shown/)).toContainText(/^[1-9] of/)
  const rows = page.locator('tbody tr')
  const shown = await rows.count()

  await page.getByRole('checkbox', { name: 'Select every card shown' }).check()
  const bulk = page.getByRole('group', { name: 'Selected cards' })
  const suspendButton = bulk.getByRole('button', { name: 'Suspend', exact: true })
  await suspendButton.click()
  for (let i = 0; i < shown; i += 1)
    await expect(rows.nth(i).getByRole('cell').nth(4)).toHaveText('suspended')
  const said = page.getByRole('status').filter({ hasText: `Suspended ${shown} card` })
  await expect(said).toBeVisible()
  await page.getByRole('button', { name: 'Undo', exact: true }).click()
  for (let i = 0; i < shown; i += 1) await expect(rows.nth(i).getByRole('cell').nth(4)).toHaveText('new')

  await suspendButton.click()
  for (let i = 0; i < shown; i += 1)
    await expect(rows.nth(i).getByRole('cell').nth(4)).toHaveText('suspended')
  await bulk.getByRole('button', { name: 'Unsuspend' }).click()
  for (let i = 0; i < shown; i += 1) await expect(rows.nth(i).getByRole('cell').nth(4)).toHaveText('new')
  await expect(page.getByRole('status').filter({ hasText: `Unsuspended ${shown} card` })).toBeVisible()

  await page.getByRole('searchbox', { name: 'Search' }).fill('Merz')
  await expect(page.getByText(/cards shown/)).toContainText(`${shown} more selected but hidden by the filter`)

  await page.getByRole('searchbox', { name: 'Search' }).fill('')
  await page.getByRole('button', { name: 'Kind' }).click()
  await expect(page.getByRole('columnheader', { name: /Kind/ })).toHaveAttribute('aria-sort', 'ascending')
  await expect(rows.first().getByRole('cell').nth(2)).toHaveText('claims')
  await page.getByRole('button', { name: 'Kind' }).click()
  await expect(rows.first().getByRole('cell').nth(2)).toHaveText('quotes')

  await page.getByRole('button', { name: /^Note on: What is Mark Rutte’s role\?/ }).click()
  await page
    .getByRole('dialog', { name: 'Your note' })
    .getByLabel(/^Note/)
    .fill('Former Dutch prime minister')
  await page.getByRole('button', { name: 'Save note' }).click()
  await expect(page.getByRole('row', { name: /What is Mark Rutte’s role\?/ })).toContainText(
    'Note: Former Dutch prime minister'
  )
})

test('the export downloads a CSV of every card and an Anki file with its headers', async ({ page, host }) => {
  await openFlashcards(page, host.url)
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'CSV' }).click()
  ])
  expect(csv.suggestedFilename()).toBe('debrief-cards.csv')
  const csvText = await readFile((await csv.path())!, 'utf8')
  expect(csvText.split('\r\n')[0]).toContain('id,type,kind,section,tags,question,answer')

  const [anki] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Anki: all cards (Basic)' }).click()
  ])
  const ankiText = await readFile((await anki.path())!, 'utf8')
  expect(ankiText.split('\n').slice(0, 3)).toEqual(['#separator:tab', '#html:true', '#notetype:Basic'])
  expect(ankiText).toContain('#deck:Debrief')
  await expect(page.getByText(/^Exported \d+ cards as debrief-anki-basic\.txt\.$/)).toBeVisible()
})

test('no serious or critical axe violations on the deck, in a session and in a quiz', async ({
  page,
  host
}) => {
  test.slow()
  await openFlashcards(page, host.url)
  expect(await seriousViolations(page)).toEqual([])

  await page.getByRole('button', { name: /^Study now/ }).click()
  await page.keyboard.press('Space')
  await expect(page.getByRole('group', { name: 'How well did you recall it?' })).toBeVisible()
  expect(await seriousViolations(page)).toEqual([])
  await page.keyboard.press('1')
  await expect(page.getByRole('status').filter({ hasText: 'Missed:' })).toBeVisible()
  expect(await seriousViolations(page)).toEqual([])

  await page.getByRole('tab', { name: 'Quiz' }).click()
  expect(await seriousViolations(page)).toEqual([])
  await page.getByRole('radio', { name: 'Multiple choice' }).check()
  await page.getByRole('button', { name: 'Start quiz' }).click()
  await expect(page.getByText('Question 1 of 10')).toBeVisible()
  await page.keyboard.press('1')
  await expect(page.getByRole('status').filter({ hasText: /Right|Not quite/ })).toBeVisible()
  expect(await seriousViolations(page)).toEqual([])
})

test('no serious or critical axe violations in the browser, the stats (charts and tables) and the editor', async ({
  page,
  host
}) => {
  test.slow()
  await openFlashcards(page, host.url)
  await page.getByRole('tab', { name: 'Cards' }).click()
  await expect(page.locator('tbody tr').first()).toBeVisible()
  expect(await seriousViolations(page)).toEqual([])

  await page.getByRole('tab', { name: 'Stats' }).click()
  await expect(page.getByRole('figure', { name: 'Reviews per day' })).toBeVisible()
  expect(await seriousViolations(page)).toEqual([])
  const toggles = page.getByRole('button', { name: 'Show as table' })
  for (let i = 0; i < (await toggles.count()); i += 1) await toggles.nth(i).click()
  await expect(page.getByRole('button', { name: 'Show as table', pressed: true })).toHaveCount(5)
  expect(await seriousViolations(page)).toEqual([])

  await page.getByRole('button', { name: 'New card' }).click()
  await expect(page.getByRole('dialog', { name: 'New card' })).toBeVisible()
  expect(await seriousViolations(page)).toEqual([])
})
