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
  const noteField = page.getByRole('dialog', { name: 'Your note' }).getByLabel(/^Note/)
  // A pasted note over the limit is said so in plain words, and cannot be sent.
  await noteField.fill('x'.repeat(2_001))
  await expect(noteField).toHaveAccessibleDescription(
    'This note is 1 character over the limit of 2,000. Shorten it to save.'
  )
  await expect(page.getByRole('button', { name: 'Save note' })).toBeDisabled()
  await noteField.fill('Former Dutch prime minister')
  await expect(noteField).toHaveAccessibleDescription('27 / 2,000 characters')
  await page.getByRole('button', { name: 'Save note' }).click()
  await expect(page.getByRole('row', { name: /What is Mark Rutte’s role\?/ })).toContainText(
    'Note: Former Dutch prime minister'
  )
})

/** Grade the next `n` cards of a session Easy, by keys. */
async function studyEasy(page: Page, n: number): Promise<void> {
  const question = page.locator('#flashcard-question')
  for (let i = 0; i < n; i += 1) {
    const asked = (await question.textContent()) ?? ''
    await page.keyboard.press('Space')
    await expect(page.getByRole('group', { name: 'How well did you recall it?' })).toBeVisible()
    await page.keyboard.press('4')
    await expect(question).not.toHaveText(asked)
  }
}

test('a bulk Reset says what it did, and its Undo gives back exactly the progress, unless a card was reviewed since', async ({
  page,
  host
}) => {
  await openFlashcards(page, host.url)
  await page.getByRole('button', { name: /^Study now/ }).click()
  await studyEasy(page, 2)
  await page.getByRole('tab', { name: 'Cards' }).click()
  const rows = page.locator('tbody tr')
  await page.getByRole('button', { name: 'Reviews' }).click()
  await page.getByRole('button', { name: 'Reviews' }).click()
  await expect(rows.nth(1).getByRole('cell').nth(6)).toHaveText('1')
  const studied = await Promise.all(
    [0, 1].map(async (i) => (await rows.nth(i).locator('.prompt').textContent())!)
  )
  const rowOf = (prompt: string): Locator => page.getByRole('row', { name: prompt })
  const before = await Promise.all(studied.map((prompt) => rowOf(prompt).textContent()))
  expect(before[0]).toMatch(/review/)
  const fresh = (await rows.nth(2).locator('.prompt').textContent())!
  const freshBefore = (await rowOf(fresh).textContent())!

  const reset = async (): Promise<void> => {
    for (const prompt of [...studied, fresh]) await rowOf(prompt).getByRole('checkbox').check()
    await page.getByRole('group', { name: 'Selected cards' }).getByRole('button', { name: 'Reset' }).click()
    await page
      .getByRole('dialog', { name: 'Reset 3 cards?' })
      .getByRole('button', { name: 'Confirm' })
      .click()
    await expect(
      page.getByRole('status').filter({ hasText: 'Reset 3 cards: they are new again.' })
    ).toBeVisible()
    for (const prompt of studied) await expect(rowOf(prompt).getByRole('cell').nth(6)).toHaveText('0')
  }
  await reset()
  await page.getByRole('button', { name: 'Undo', exact: true }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Undid the reset' })).toHaveText(
    'Undid the reset: 3 cards have their progress back.'
  )
  for (const [i, prompt] of studied.entries()) await expect(rowOf(prompt)).toHaveText(before[i]!)
  await expect(rowOf(fresh)).toHaveText(freshBefore)

  // Reset again; another window reviews one of the cards before the Undo: the Undo is refused.
  await reset()
  const other = await page.context().newPage()
  await other.goto(host.url)
  await other.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Flashcards' }).click()
  await other.getByRole('button', { name: /^Study now/ }).click()
  await studyEasy(other, 1)
  await page.getByRole('button', { name: 'Undo', exact: true }).click()
  await expect(page.getByRole('status').filter({ hasText: 'could not be undone' })).toHaveText(
    /^The reset could not be undone: 1 of these 3 cards was reviewed or changed since the reset, so the reset was not undone\. Nothing was changed\.$/
  )
  await expect(rowOf(studied[1]!).getByRole('cell').nth(6)).toHaveText('0')
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

test('a status message stays with the view it came from: Flashcards’ is not shown in the reader, nor the reader’s in Flashcards', async ({
  page,
  host
}) => {
  await openFlashcards(page, host.url)
  await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSV' }).click()])
  const line = page.locator('.status [role="status"]')
  await expect(line).toHaveText(/^Exported \d+ cards as debrief-cards\.csv\.$/)
  const exported = (await line.textContent())!

  await nav(page).getByRole('button', { name: 'Read' }).click()
  await expect(page.locator('#P2')).toBeVisible()
  await expect(line).toHaveText('')
  await page.locator('#P2').click()
  await page.keyboard.press(']')
  await expect(line).toHaveText('No highlight after this point.')

  await nav(page).getByRole('button', { name: 'Flashcards' }).click()
  await expect(line).toHaveText(exported)
  await page.getByRole('button', { name: 'Dismiss message' }).click()
  await expect(line).toHaveText('')
  await nav(page).getByRole('button', { name: 'Read' }).click()
  await expect(line).toHaveText('No highlight after this point.')
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
