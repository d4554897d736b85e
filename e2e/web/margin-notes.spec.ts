// Proves the #tag chips in Notes: clicking a highlight's tag shows only the highlights with that tag, and clicking it again shows all (by mouse and by keyboard).
import type { Page } from '@playwright/test'
import { expect, test } from '../fixtures'

/** Highlight `words` from the Notes view, giving it `tags`. */
async function highlight(page: Page, words: string, tags: string): Promise<void> {
  await page.getByLabel('Words from the article').fill(words)
  await page.getByLabel('Words from the article').press('Enter')
  const list = page.getByRole('list', { name: /Highlights/ })
  await list.getByRole('listitem').filter({ hasText: words }).getByRole('button', { name: 'Edit' }).click()
  await page.getByRole('dialog').getByLabel(/^Tags/).fill(tags)
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(list.getByRole('listitem').filter({ hasText: words })).toContainText(`#${tags.split(',')[0]}`)
}

test('a #tag chip filters Notes by that tag, and clicking it again clears the filter', async ({
  page,
  host
}) => {
  await page.goto(host.url)
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Notes' }).click()
  await highlight(page, 'transatlantic unity', 'europe')
  await highlight(page, 'three-year war', 'war')
  const list = page.getByRole('list', { name: /Highlights/ })
  await expect(list.getByRole('listitem')).toHaveCount(2)

  const chip = list.getByRole('button', { name: '#europe' })
  await chip.click()
  await expect(list.getByRole('listitem')).toHaveCount(1)
  await expect(list.getByRole('listitem')).toContainText('transatlantic unity')
  await expect(list.getByRole('button', { name: '#europe' })).toHaveAttribute('aria-pressed', 'true')
  await expect(page.getByLabel('Tag', { exact: true })).toHaveValue('europe')

  await list.getByRole('button', { name: '#europe' }).focus()
  await page.keyboard.press('Enter')
  await expect(list.getByRole('listitem')).toHaveCount(2)
  await expect(page.getByLabel('Tag', { exact: true })).toHaveValue('')
})
