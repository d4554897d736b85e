// Proves find in the article: Ctrl+F opens it, every match is marked and counted, next/previous move between them, Escape clears.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from '../fixtures'

/** How often `word` occurs in article.txt, ignoring case: what find must count. */
async function occurrences(word: string): Promise<number> {
  const text = await readFile(
    join(import.meta.dirname, '..', '..', 'resources', 'content', 'article.txt'),
    'utf8'
  )
  return text.toLowerCase().split(word.toLowerCase()).length - 1
}

test('Ctrl+F finds and marks every match, moves between them and Escape clears the marks', async ({
  page,
  host
}) => {
  await page.goto(host.url)
  await expect(page.locator('#P1')).toBeVisible()
  await page.evaluate(() => {
    addEventListener('keydown', (event) => {
      if (event.key === 'f')
        (window as unknown as { defaultFindPrevented: boolean }).defaultFindPrevented = event.defaultPrevented
    })
  })
  await page.keyboard.press('Control+f')
  expect(
    await page.evaluate(() => (window as unknown as { defaultFindPrevented: boolean }).defaultFindPrevented)
  ).toBe(true)
  const field = page.getByRole('textbox', { name: 'Find in article' })
  await expect(field).toBeFocused()

  const total = await occurrences('assembly')
  expect(total).toBeGreaterThan(3)
  await page.keyboard.type('ASSEMBLY')
  const search = page.getByRole('search', { name: 'Find in article' })
  const count = search.getByRole('status')
  await expect(count).toHaveText(`1 of ${total}`)
  const marks = page.locator('article mark')
  await expect(marks).toHaveCount(total)
  await expect(marks.first()).toHaveText('assembly')
  const current = page.locator('article mark[aria-current="true"]')
  await expect(current).toHaveCount(1)
  await expect(current).toHaveAttribute('data-match', '0')

  await page.keyboard.press('Enter')
  await expect(count).toHaveText(`2 of ${total}`)
  await expect(current).toHaveAttribute('data-match', '1')
  await page.keyboard.press('Shift+Enter')
  await expect(count).toHaveText(`1 of ${total}`)
  await page.keyboard.press('Shift+Enter')
  await expect(count).toHaveText(`${total} of ${total}`)
  // The last match is far down the article: it was scrolled into view.
  await expect(current).toBeInViewport()

  await search.getByRole('button', { name: 'Next match' }).click()
  await expect(count).toHaveText(`1 of ${total}`)
  await expect(current).toBeInViewport()
  await search.getByRole('button', { name: 'Next match' }).click()
  await search.getByRole('button', { name: 'Next match' }).click()
  await expect(count).toHaveText(`3 of ${total}`)
  await search.getByRole('button', { name: 'Previous match' }).click()
  await expect(count).toHaveText(`2 of ${total}`)
  await expect(current).toHaveCSS('background-color', 'rgb(240, 140, 46)')
  await expect(marks.nth(0)).toHaveCSS('background-color', 'rgb(255, 229, 138)')

  await field.fill('zzzz')
  await expect(count).toHaveText('No matches')
  await expect(marks).toHaveCount(0)
  await expect(search.getByRole('button', { name: 'Next match' })).toBeDisabled()

  await field.fill('assembly')
  await expect(marks).toHaveCount(total)
  await page.keyboard.press('Escape')
  await expect(search).toBeHidden()
  await expect(marks).toHaveCount(0)
  // The text is whole again, exactly as before.
  await expect(page.locator('#P1')).toHaveText(
    'The second Oval Workplace assembly in six months between U.S. President Donald Trump and Ukrainian President Volodymyr Zelenskyy went off easily Monday, in sharp distinction to their disastrous encounter in February.'
  )
})

test('find covers headings and the credit, ignores case and matches curly quotes', async ({ page, host }) => {
  await page.goto(host.url)
  await expect(page.locator('#P1')).toBeVisible()
  await page.getByRole('button', { name: 'Find' }).click()
  const field = page.getByRole('textbox', { name: 'Find in article' })
  await expect(field).toBeFocused()
  const count = page.getByRole('search', { name: 'Find in article' }).getByRole('status')

  await field.fill('related press')
  await expect(count).toHaveText('1 of 1')
  await expect(page.locator('#P34 mark')).toHaveText('Related Press')
  await expect(page.locator('#P34 mark')).toBeInViewport()

  await field.fill('agreeing on')
  await expect(count).toHaveText('1 of 1')
  await expect(page.getByRole('heading', { name: 'Agreeing on a ceasefire' }).locator('mark')).toHaveText(
    'Agreeing on'
  )

  await field.fill("can't")
  await expect(count).toHaveText('1 of 1')
  await expect(page.locator('#P6 mark')).toHaveText('can’t')

  // The Find button closes what it opened, and focus goes back to it.
  const button = page.getByRole('button', { name: 'Find', exact: true })
  await button.click()
  await expect(field).toBeHidden()
  await page.keyboard.press('Meta+f')
  await expect(field).toBeFocused()
  await expect(field).toHaveValue("can't")
  await expect(page.locator('article mark')).toHaveCount(1)
})

test('marks split around standard-term phrases still read as one match, and the text stays whole', async ({
  page,
  host
}) => {
  await page.goto(host.url)
  await page.getByRole('button', { name: 'Standard terms' }).click()
  await page.keyboard.press('Control+f')
  await page.keyboard.type('Workplace assembly')
  const count = page.getByRole('search', { name: 'Find in article' }).getByRole('status')
  await expect(count).toHaveText('1 of 2')
  await expect(page.locator('#P1 mark[data-match="0"]')).toHaveText(['Workplace', ' ', 'assembly'])
  await expect(page.locator('#P1 mark[aria-current="true"]')).toHaveCount(3)
  expect(await page.locator('#P1').evaluate((p) => p.textContent)).toBe(
    'The second Oval Workplace assembly in six months between U.S. President Donald Trump and Ukrainian President Volodymyr Zelenskyy went off easily Monday, in sharp distinction to their disastrous encounter in February.'
  )
})

test('find understands the paraphrase and searches the headline: “Oval Office” marks “Oval Workplace”', async ({
  page,
  host
}) => {
  await page.goto(host.url)
  await expect(page.locator('#P1')).toBeVisible()
  await page.keyboard.press('Control+f')
  await page.getByRole('textbox', { name: 'Find in article' }).fill('Oval Office')
  const count = page.getByRole('search', { name: 'Find in article' }).getByRole('status')
  // The headline says "Oval Office"; P1 and P22 say "Oval Workplace".
  await expect(count).toHaveText(/^\d of 3$/)
  await expect(page.locator('h1 mark')).toHaveText('Oval Office')
  await expect(page.locator('#P1 mark')).toHaveText('Oval Workplace')
  await expect(page.locator('#P22 mark')).toHaveText('Oval Workplace')

  await page.getByRole('textbox', { name: 'Find in article' }).fill('secretary general')
  await expect(count).toHaveText('1 of 1')
  await expect(page.locator('#P7 mark')).toHaveText('NATO Secretary-Normal')
  await page.getByRole('textbox', { name: 'Find in article' }).fill('security guarantees')
  await expect(page.getByRole('heading', { name: 'Safety ensures for Ukraine' }).locator('mark')).toHaveText(
    'Safety ensures for Ukraine'
  )
  expect(await page.locator('h1').evaluate((h) => h.textContent)).toMatch(/^A calmer Oval Office/)
})
