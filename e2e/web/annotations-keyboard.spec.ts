// Proves the reader's highlights work by keyboard alone: reach the article with Tab, move between paragraphs,
// select with Shift+arrows, highlight (H, N or the toolbar), then visit a highlight with [ and ], open it and recolour it.
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, test } from '../fixtures'
import { paintedText, tabTo } from '../helpers'

/** The characters the page's selection covers (a Range's text: no line breaks between paragraphs). */
function selectedText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const selection = getSelection()
    return selection && selection.rangeCount > 0 ? selection.getRangeAt(0).toString() : ''
  })
}

/** Press Tab from the top of the page until a block of the article has focus; answers its id. */
async function tabIntoArticle(page: Page): Promise<string> {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab')
    const id = await page.evaluate(() => document.activeElement?.closest('[data-block-id]')?.id ?? '')
    if (id !== '') return id
  }
  throw new Error('Tab never reached the article')
}

/** Open the reader, Tab into the article and step down to P2, the paragraph these tests select in. */
async function focusP2(page: Page, url: string): Promise<void> {
  await page.goto(url)
  await expect(page.locator('#P2')).toBeVisible()
  expect(await tabIntoArticle(page)).toBe('P1')
  await page.keyboard.press('ArrowDown')
}

test('select with Shift+arrows, H and N, then visit a highlight with [ and open and recolour it', async ({
  page,
  host
}) => {
  await page.goto(host.url)
  await expect(page.locator('#P2')).toBeVisible()

  // The article is one tab stop, at the paragraph being read, and says how to select.
  expect(await tabIntoArticle(page)).toBe('P1')
  await expect(page.locator('article [tabindex="0"][data-block-id]')).toHaveCount(1)
  await expect(page.locator('#P1')).toHaveAccessibleDescription(/Shift\+arrows select text/)
  await page.keyboard.press('ArrowDown')
  const p2 = page.locator('#P2')
  await expect(p2).toBeFocused()
  await expect(p2).toHaveCSS('outline-style', 'solid')

  // Three words by keyboard → the toolbar → H draws exactly those characters.
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+Control+ArrowRight')
  expect(await selectedText(page)).toBe('European leaders joined')
  await expect(page.getByRole('toolbar', { name: 'Selected text' })).toBeVisible()
  await page.keyboard.press('h')
  await expect.poll(() => paintedText(page, 'yellow')).toEqual(['European leaders joined'])
  await expect(page.getByRole('toolbar', { name: 'Selected text' })).toBeHidden()
  await expect(p2).toBeFocused()

  // Selection carries on from the highlight's end: two more words, N opens the note editor.
  await page.keyboard.press('Control+ArrowRight')
  await page.keyboard.press('Shift+Control+ArrowRight')
  await page.keyboard.press('Shift+Control+ArrowRight')
  const second = await selectedText(page)
  expect(second.trim()).toBe('discussions in')
  await page.keyboard.press('n')
  const editor = page.getByRole('dialog', { name: 'Highlight' })
  await expect(editor).toBeVisible()
  await expect(editor.getByLabel('Note', { exact: true })).toBeFocused()
  await page.keyboard.type('Who *joined*?')
  await tabTo(page, editor.getByRole('button', { name: 'Save' }))
  await page.keyboard.press('Enter')
  await expect(editor).toBeHidden()
  await expect(p2).toBeFocused()
  await expect.poll(() => paintedText(page, 'yellow')).toEqual(['European leaders joined', second])

  // [ visits the highlight before the caret, then the one before that: a named, ringed button.
  await page.keyboard.press('[')
  const visited = page.getByRole('button', { name: /^Key point highlight, with a note: “ ?discussions in”$/ })
  await expect(visited).toBeFocused()
  await page.keyboard.press('[')
  const first = page.getByRole('button', { name: 'Key point highlight: “European leaders joined”' })
  await expect(first).toBeFocused()
  const ring = page.locator('.visit .ring').first()
  await expect(ring).toHaveCSS('outline-style', 'solid')
  const [ringBox, p2Box] = [(await ring.boundingBox())!, (await p2.boundingBox())!]
  expect(Math.abs(ringBox.y - p2Box.y)).toBeLessThan(8) // drawn over the first line of P2
  expect(
    await new AxeBuilder({ page })
      .analyze()
      .then((r) =>
        r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)
      )
  ).toEqual([])

  // Enter opens it; the colour changes with the arrow keys; Save; focus comes back to the highlight.
  await page.keyboard.press('Enter')
  await expect(editor).toBeVisible()
  await tabTo(page, editor.getByRole('radio', { name: 'Key point' }))
  await page.keyboard.press('ArrowRight')
  await expect(editor.getByRole('radio', { name: 'Fact to remember' })).toBeChecked()
  await tabTo(page, editor.getByRole('button', { name: 'Save' }))
  await page.keyboard.press('Enter')
  await expect(editor).toBeHidden()
  await expect.poll(() => paintedText(page, 'green')).toEqual(['European leaders joined'])
  await expect(
    page.getByRole('button', { name: 'Fact to remember highlight: “European leaders joined”' })
  ).toBeFocused()

  // ] goes on to the next; Escape returns to the paragraph.
  await page.keyboard.press(']')
  await expect(visited).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(p2).toBeFocused()
  await expect(page.locator('.visit')).toHaveCount(0)
})

test('a selection across paragraphs, highlighted from the toolbar by keyboard; Escape clears one', async ({
  page,
  host
}) => {
  await focusP2(page, host.url)
  const p2 = page.locator('#P2')

  // Escape drops a selection and its toolbar.
  await page.keyboard.press('Shift+ArrowRight')
  const toolbar = page.getByRole('toolbar', { name: 'Selected text' })
  await expect(toolbar).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(toolbar).toBeHidden()
  expect(await selectedText(page)).toBe('')

  // Shift+Down by lines runs on into P3; Tab reaches the toolbar, arrows choose a colour.
  await page.keyboard.press('Control+ArrowLeft')
  for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+ArrowDown')
  const selected = await selectedText(page)
  const [p2Text, p3Text] = [await p2.textContent(), await page.locator('#P3').textContent()]
  expect(selected.startsWith(p2Text!)).toBe(true)
  expect(p3Text!.startsWith(selected.slice(p2Text!.length))).toBe(true)
  expect(selected.length).toBeGreaterThan(p2Text!.length + 10)
  await expect(toolbar).toBeVisible()
  await page.keyboard.press('Tab')
  await expect(toolbar.getByRole('button', { name: 'Highlight as Key point' })).toBeFocused()
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowRight')
  await expect(toolbar.getByRole('button', { name: 'Highlight as Context' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect.poll(() => paintedText(page, 'blue')).toEqual([selected])
  await expect(toolbar).toBeHidden()
  await expect(p2).toBeFocused()
})

test('Tab comes back to the paragraph being read, not to the top of the article', async ({ page, host }) => {
  await page.goto(host.url)
  await page.evaluate(() => document.getElementById('P20')?.scrollIntoView({ block: 'start' }))
  const tabStop = page.locator('article [tabindex="0"][data-block-id]')
  await expect(tabStop).toHaveAttribute('id', /^P(20|21)$/)
  const scrolled = await page.evaluate(() => scrollY)
  const id = await tabIntoArticle(page)
  expect(['P20', 'P21']).toContain(id)
  expect(Math.abs((await page.evaluate(() => scrollY)) - scrolled)).toBeLessThan(40)
  await expect(page.locator('article [tabindex="0"][data-block-id]')).toHaveCount(1)
})

test('N acts on the selection made just before, even before the page draws a frame', async ({
  page,
  host
}) => {
  await focusP2(page, host.url)
  // A fast typist (or a busy machine) presses N before the next frame: hold every frame back.
  await page.evaluate(() => {
    window.requestAnimationFrame = () => 0
  })
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+Control+ArrowRight')
  expect(await selectedText(page)).toBe('European leaders joined')
  await page.keyboard.press('n')
  await expect(page.getByRole('dialog', { name: 'Highlight' })).toBeVisible()
  await expect.poll(() => paintedText(page, 'yellow')).toEqual(['European leaders joined'])
})
