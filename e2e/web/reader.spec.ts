// Proves the reader shows the article verbatim in its app shell, jumps through the contents and shows reading progress.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from '../fixtures'

/** The non-empty lines of the shipped article, in order: headings, paragraphs and the credit. */
async function articleLines(): Promise<string[]> {
  const text = await readFile(
    join(import.meta.dirname, '..', '..', 'resources', 'content', 'article.txt'),
    'utf8'
  )
  return text.split(/\r?\n/).filter((line) => line.trim() !== '')
}

const SECTIONS = [
  'Safety ensures for Ukraine',
  'Agreeing on a ceasefire',
  'Occupied Ukrainian territory',
  'A Putin-Zelenskyy assembly'
]

test('every heading, paragraph and the credit are shown exactly as article.txt has them, in order', async ({
  page,
  host
}) => {
  await page.goto(host.url)
  await expect(page.locator('#P1')).toBeVisible()
  const shown = await page
    .locator('article')
    .evaluate((article) =>
      [...article.querySelectorAll('h2, p[data-paragraph-id]')].map((element) => element.textContent)
    )
  expect(shown).toEqual(await articleLines())

  const ids = await page
    .locator('article p[data-paragraph-id]')
    .evaluateAll((paragraphs) => paragraphs.map((p) => [p.id, p.getAttribute('data-paragraph-id')]))
  expect(ids).toEqual(Array.from({ length: 34 }, (_, i) => [`P${i + 1}`, `P${i + 1}`]))
  await expect(page.locator('#P34')).toHaveText(/^Related Press writers Sam McNeil/)
})

test('the shell has the main navigation, a main landmark, a toolbar, the title, source and credit', async ({
  page,
  host
}) => {
  await page.goto(host.url)
  const nav = page.getByRole('navigation', { name: 'Main' })
  // Each feature adds its entry after Read; the reader only owns the first.
  await expect(nav.getByRole('button').first()).toHaveText('Read')
  await expect(nav.getByRole('button', { name: 'Read' })).toHaveAttribute('aria-current', 'page')
  await expect(page.getByRole('main')).toBeVisible()
  const toolbar = page.getByRole('toolbar', { name: 'Reader' })
  await expect(toolbar.getByRole('button', { name: 'Find' })).toBeVisible()
  await expect(toolbar.getByRole('button', { name: 'Standard terms' })).toBeVisible()
  await expect(toolbar.getByRole('button', { name: 'Display' })).toBeVisible()

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'A calmer Oval Office: Trump, Zelenskyy and Europe’s leaders meet six months after the February clash'
  )
  await expect(page.getByText('Associated Press', { exact: true })).toBeVisible()
  await expect(page.getByText('19–20 August 2025')).toBeVisible()
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(SECTIONS)
  const credit = page.locator('article footer #P34')
  await expect(credit).toHaveCSS('font-style', 'italic')
  await expect(page).toHaveTitle('Debrief')
})

test('the contents jump to each section, move focus to its heading and follow the reading', async ({
  page,
  host
}) => {
  await page.goto(host.url)
  const contents = page.getByRole('navigation', { name: 'Contents' })
  await expect(contents.getByRole('link')).toHaveText(['Opening', ...SECTIONS])
  await expect(contents.getByRole('link', { name: 'Opening' })).toHaveAttribute('aria-current', 'location')

  for (const name of SECTIONS) {
    await contents.getByRole('link', { name }).click()
    const heading = page.getByRole('heading', { level: 2, name })
    await expect(heading).toBeFocused()
    await expect(heading).toBeInViewport()
    await expect(contents.getByRole('link', { name })).toHaveAttribute('aria-current', 'location')
    await expect(contents.locator('[aria-current]')).toHaveCount(1)
    // The heading lands just below the sticky toolbar, not under it.
    await expect
      .poll(async () => {
        const bar = await page.getByRole('toolbar', { name: 'Reader' }).boundingBox()
        const box = await heading.boundingBox()
        return bar && box ? box.y - (bar.y + bar.height) : -1
      })
      .toBeGreaterThan(0)
  }

  await contents.getByRole('link', { name: 'Opening' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused()
  await expect.poll(() => page.evaluate(() => scrollY)).toBe(0)
  await expect(contents.getByRole('link', { name: 'Opening' })).toHaveAttribute('aria-current', 'location')
})

test('in a narrow window the contents open from the toolbar and close after a jump', async ({
  page,
  host
}) => {
  await page.setViewportSize({ width: 800, height: 900 })
  await page.goto(host.url)
  const contents = page.getByRole('navigation', { name: 'Contents' })
  await expect(contents).toBeHidden()
  const toggle = page.getByRole('button', { name: 'Contents' })
  await toggle.click()
  await expect(toggle).toHaveAttribute('aria-expanded', 'true')
  await contents.getByRole('link', { name: 'Occupied Ukrainian territory' }).click()
  await expect(contents).toBeHidden()
  await expect(page.getByRole('heading', { name: 'Occupied Ukrainian territory' })).toBeFocused()

  await toggle.click()
  await expect(contents).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(contents).toBeHidden()
  await expect(toggle).toBeFocused()
})

test('with reduced motion a jump is instant', async ({ page, host }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' })
  await page.goto(host.url)
  await page.getByRole('navigation', { name: 'Contents' }).getByRole('link', { name: SECTIONS[3] }).click()
  const top = await page
    .getByRole('heading', { name: SECTIONS[3] })
    .evaluate((h) => h.getBoundingClientRect().top)
  expect(top).toBeLessThan(200)
})

test('the reading progress bar follows the scroll from 0 to 100', async ({ page, host }) => {
  await page.goto(host.url)
  const progress = page.getByRole('progressbar', { name: 'Reading progress' })
  await expect(progress).toHaveAttribute('aria-valuenow', '0')
  await expect(progress).toHaveAttribute('aria-valuemin', '0')
  await expect(progress).toHaveAttribute('aria-valuemax', '100')

  await page.evaluate(() => scrollTo(0, (document.documentElement.scrollHeight - innerHeight) / 2))
  await expect(progress).toHaveAttribute('aria-valuenow', '50')
  await page.keyboard.press('End')
  await expect(progress).toHaveAttribute('aria-valuenow', '100')
  await expect(page.getByRole('navigation', { name: 'Contents' })).toContainText('100% done')
})
