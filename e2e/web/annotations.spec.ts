// Proves highlights and notes are never lost: drawn over exactly the selected characters after a restart,
// deletable with undo, found in Notes, exported and imported safely, and kept as orphans when the article changes.
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, test } from '../fixtures'
import { holdBack, paintedText, tabTo } from '../helpers'

/** Select text in paragraph `id` with the real mouse, from one point to another inside it. */
async function selectInParagraph(
  page: Page,
  id: string,
  from: [number, number],
  to: [number, number]
): Promise<string> {
  const box = (await page.locator(`#${id}`).boundingBox())!
  await page.mouse.move(box.x + from[0], box.y + from[1])
  await page.mouse.down()
  await page.mouse.move(box.x + to[0], box.y + to[1], { steps: 6 })
  await page.mouse.up()
  return page.evaluate(() => getSelection()?.toString() ?? '')
}

/** Highlight a passage in P2 with the mouse and H; answers the quote. */
async function highlightInP2(page: Page): Promise<string> {
  const selected = await selectInParagraph(page, 'P2', [40, 10], [300, 40])
  expect(selected.length).toBeGreaterThan(10)
  await expect(page.getByRole('toolbar', { name: 'Selected text' })).toBeVisible()
  await page.keyboard.press('h')
  await expect.poll(() => paintedText(page, 'yellow')).toEqual([selected])
  return selected
}

test('a highlight made with the mouse, with a Markdown note, survives a restart exactly', async ({
  page,
  host
}) => {
  await page.goto(host.url)
  const selected = await highlightInP2(page)

  const box = (await page.locator('#P2').boundingBox())!
  await page.mouse.click(box.x + 120, box.y + 20)
  const editor = page.getByRole('dialog', { name: 'Highlight' })
  await expect(editor).toBeVisible()
  await editor.getByRole('radio', { name: 'Question' }).check()
  await editor.getByLabel('Note', { exact: true }).fill('Why *thanked*? <script>alert(1)</script>')
  await expect(editor.getByRole('region', { name: 'Preview' }).locator('em')).toHaveText('thanked')
  await editor.getByLabel(/Tags/).fill('tone, europe')
  await editor.getByRole('button', { name: 'Save' }).click()
  await expect(editor).toBeHidden()

  await host.restart()
  await page.goto(host.url)
  await expect.poll(() => paintedText(page, 'pink')).toEqual([selected])
  await page.mouse.click(box.x + 120, box.y + 20)
  await expect(editor.getByLabel('Note', { exact: true })).toHaveValue(
    'Why *thanked*? <script>alert(1)</script>'
  )
  await expect(editor.getByLabel(/Tags/)).toHaveValue('tone, europe')
  // The raw HTML is shown as text, never run.
  await expect(editor.getByRole('region', { name: 'Preview' })).toContainText('<script>alert(1)</script>')
})

test('a returning reader’s highlight opens on the first click, even while its note is still on its way', async ({
  page,
  host
}) => {
  await page.goto(host.url)
  const selected = await highlightInP2(page)
  const box = (await page.locator('#P2').boundingBox())!
  await page.mouse.click(box.x + 120, box.y + 20)
  const editor = page.getByRole('dialog', { name: 'Highlight' })
  // A note over the limit is said so in plain words, and cannot be saved.
  await editor.getByLabel('Note', { exact: true }).fill('x'.repeat(20_001))
  await expect(editor.getByLabel('Note', { exact: true })).toHaveAccessibleDescription(
    'This note is 1 character over the limit of 20,000. Shorten it to save.'
  )
  await expect(editor.getByRole('button', { name: 'Save' })).toBeDisabled()
  await editor.getByLabel('Note', { exact: true }).fill('Kept for later')
  await editor.getByRole('button', { name: 'Save' }).click()
  await expect(editor).toBeHidden()

  // The page comes drawn with the highlights' spans; their notes come with the list, held back here.
  const list = await holdBack(page, 'annotations:list')
  await page.goto(host.url)
  await expect.poll(() => paintedText(page, 'yellow')).toEqual([selected])
  await page.mouse.click(box.x + 120, box.y + 20)
  await expect.poll(list.asked).toBe(1)
  await expect(editor).toBeHidden()
  list.release()
  await expect(editor.getByLabel('Note', { exact: true })).toHaveValue('Kept for later')
})

test('a deleted highlight comes back with Undo, and with Ctrl+Z', async ({ page, host }) => {
  await page.goto(host.url)
  const selected = await highlightInP2(page)
  const box = (await page.locator('#P2').boundingBox())!

  await page.mouse.click(box.x + 120, box.y + 20)
  await page.getByRole('button', { name: 'Delete highlight' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Highlight deleted.' })).toBeVisible()
  await expect.poll(() => paintedText(page, 'yellow')).toEqual([])
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect.poll(() => paintedText(page, 'yellow')).toEqual([selected])

  await page.mouse.click(box.x + 120, box.y + 20)
  await page.getByRole('button', { name: 'Delete highlight' }).click()
  await expect.poll(() => paintedText(page, 'yellow')).toEqual([])
  await page.keyboard.press('Control+z')
  await expect.poll(() => paintedText(page, 'yellow')).toEqual([selected])
  await host.restart()
  await page.goto(host.url)
  await expect.poll(() => paintedText(page, 'yellow')).toEqual([selected])
})

test('Notes filters and searches highlights, marks matches, and opens the passage in the reader', async ({
  page,
  host
}) => {
  await page.goto(host.url)
  await highlightInP2(page)
  const second = await selectInParagraph(page, 'P4', [10, 10], [200, 10])
  await page.getByRole('button', { name: 'Highlight as Context' }).click()
  await expect.poll(() => paintedText(page, 'blue')).toEqual([second])

  await page.getByRole('button', { name: 'Notes' }).click()
  const list = page.getByRole('list', { name: /Highlights/ })
  await expect(list.getByRole('listitem')).toHaveCount(2)
  await page.getByLabel('Colour', { exact: true }).selectOption({ label: 'Context (1)' })
  await expect(list.getByRole('listitem')).toHaveCount(1)
  await page.getByLabel('Colour', { exact: true }).selectOption({ label: 'All colours' })
  const word = second.trim().split(/\s+/)[1]!
  await page.getByLabel('Search quotes, notes and tags').fill(word)
  await expect(list.getByRole('listitem')).toHaveCount(1)
  await expect(list.locator('mark').first()).toHaveText(new RegExp(word, 'i'))

  await list.getByRole('button', { name: 'Open in article' }).click()
  await expect(page.locator('#P4')).toBeInViewport()
  await expect.poll(() => page.evaluate(() => CSS.highlights.has('annotation-flash'))).toBe(true)
})

test('exports Markdown with the quote, note and reference; a damaged import changes nothing', async ({
  page,
  host
}) => {
  await page.goto(host.url)
  const selected = await highlightInP2(page)
  await page.getByRole('button', { name: 'Notes' }).click()

  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export Markdown' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toMatch(/^debrief-notes-.*\.md$/)
  const markdown = await readFile((await download.path())!, 'utf8')
  expect(markdown).toMatch(/^---\ntitle: /)
  expect(markdown).toContain(`> ${selected}`)
  expect(markdown).toContain('- Colour: Key point (yellow)\n- Paragraph: P2')

  const before = await readFile(join(host.dataDir, 'debrief.json'), 'utf8')
  await page.getByLabel('Annotation file to import').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"@context": "http://www.w3.org/ns/anno.jsonld", "type": "AnnotationColl')
  })
  await expect(page.getByRole('status').filter({ hasText: 'broken.json was not imported' })).toContainText(
    'Nothing was imported'
  )
  await expect(page.getByRole('list', { name: /Highlights/ }).getByRole('listitem')).toHaveCount(1)
  expect(await readFile(join(host.dataDir, 'debrief.json'), 'utf8')).toBe(before)
})

test('a highlight whose passage left the article is kept and shown as detached', async ({ page, host }) => {
  await page.goto(host.url)
  await highlightInP2(page)
  await host.stop()
  // Simulate an article update: another content version, and the quote no longer in the text.
  const file = join(host.dataDir, 'debrief.json')
  const data = JSON.parse(await readFile(file, 'utf8'))
  data.content.version = '0000000000000000'
  data.annotations[0].target.selector[0].exact = 'A sentence the updated article no longer contains at all.'
  data.annotations[0].note = 'Still here'
  await writeFile(file, JSON.stringify(data))
  await host.start()

  await page.goto(host.url)
  await expect(
    page.getByRole('alert').or(page.getByRole('status')).filter({ hasText: 'could not be placed' }).first()
  ).toBeVisible()
  await page.getByRole('button', { name: 'Notes' }).click()
  const detached = page.getByRole('list', { name: /Detached/ })
  await expect(detached.getByRole('listitem')).toContainText(
    'A sentence the updated article no longer contains'
  )
  await expect(detached.getByRole('listitem')).toContainText('Still here')
})

test('the Notes view has no serious or critical axe violations', async ({ page, host }) => {
  test.slow()
  await page.goto(host.url)
  await highlightInP2(page)
  await page.getByRole('button', { name: 'Notes' }).click()
  await expect(page.getByRole('heading', { name: 'Notes', level: 1 })).toBeVisible()
  const results = await new AxeBuilder({ page }).analyze()
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
  expect(serious).toEqual([])
})

test('by keyboard alone: highlight by quote in Notes, edit it from the list, delete and undo there', async ({
  page,
  host
}) => {
  await page.goto(host.url)
  await page.getByRole('button', { name: 'Notes' }).click()
  await page.getByLabel('Words from the article').fill('transatlantic unity')
  await page.getByLabel('Highlight colour').selectOption({ label: 'Context' })
  await page.getByLabel('Words from the article').press('Enter')
  await expect(page.getByRole('status').filter({ hasText: /^Highlighted\.$/ })).toBeVisible()
  const list = page.getByRole('list', { name: /Highlights/ })
  await expect(list.getByRole('listitem')).toContainText('transatlantic unity')
  await list.getByRole('button', { name: 'Edit' }).focus()
  await page.keyboard.press('Enter')
  await page.getByLabel('Note', { exact: true }).fill('- **unity** shown')
  await page.keyboard.press('Tab')
  await page.getByRole('button', { name: 'Save' }).press('Enter')
  await expect(list.locator('.note strong')).toHaveText('unity')
  await list.getByRole('button', { name: 'Edit' }).click()
  await page.getByRole('button', { name: 'Delete highlight' }).click()
  await expect(page.getByText('No highlights yet.')).toBeVisible()
  await page.keyboard.press('Control+z')
  await expect(list.locator('.note strong')).toHaveText('unity')
  await page.getByRole('button', { name: 'Read' }).click()
  await expect.poll(() => paintedText(page, 'blue')).toEqual(['transatlantic unity'])
})

test('Make card opens the card editor over the reader, prefilled from the highlight; Cancel, Escape and Create all come back to it where it was', async ({
  page,
  host
}) => {
  await page.goto(host.url)
  const nav = page.getByRole('navigation', { name: 'Main' })
  await nav.getByRole('button', { name: 'Flashcards' }).click()
  const deckSize = page.getByText(/cards in the deck/)
  const total = Number((await deckSize.textContent())!.match(/\d+/)![0])
  await nav.getByRole('button', { name: 'Read' }).click()

  // A highlight well down the article, so that a jump back to the top would show.
  await page.locator('#P13').scrollIntoViewIfNeeded()
  await page.mouse.wheel(0, 200)
  const selected = await selectInParagraph(page, 'P13', [40, 10], [300, 40])
  await page.keyboard.press('h')
  await expect.poll(() => paintedText(page, 'yellow')).toEqual([selected])
  const scrolled = await page.evaluate(() => scrollY)
  expect(scrolled).toBeGreaterThan(300)
  const box = (await page.locator('#P13').boundingBox())!
  const editor = page.getByRole('dialog', { name: 'New card' })
  const openEditor = async (): Promise<void> => {
    await page.mouse.click(box.x + 120, box.y + 20)
    await page.getByRole('dialog', { name: 'Highlight' }).getByRole('button', { name: 'Make card' }).click()
    await expect(editor).toBeVisible()
  }
  const backInTheReader = async (): Promise<void> => {
    await expect(editor).toBeHidden()
    await expect(nav.getByRole('button', { name: 'Read' })).toHaveAttribute('aria-current', 'page')
    await expect(page.locator('#P13')).toBeFocused()
    expect(await page.evaluate(() => scrollY)).toBe(scrolled)
  }

  await openEditor()
  await expect(nav.getByRole('button', { name: 'Read' })).toHaveAttribute('aria-current', 'page')
  await expect(editor.locator('blockquote')).toHaveText(selected)
  await expect(editor).toContainText('From the article, P13')
  await expect(editor.getByLabel('Answer', { exact: true })).toHaveValue(selected)
  await editor.getByLabel('Question', { exact: true }).fill('Half-written')
  await editor.getByRole('button', { name: 'Cancel' }).click()
  await backInTheReader()

  await openEditor()
  await expect(editor.getByLabel('Question', { exact: true })).toHaveValue('')
  await page.keyboard.press('Escape')
  await backInTheReader()

  await openEditor()
  await editor.getByLabel('Question', { exact: true }).fill('What does the coalition offer Ukraine?')
  await editor.getByRole('button', { name: 'Create card' }).click()
  await backInTheReader()
  await expect(page.getByRole('status').filter({ hasText: 'Card created.' })).toBeVisible()

  // By keyboard: [ visits the highlight (the caret is in it), Enter opens it, Make card, Escape: focus is on the highlight again.
  await page.keyboard.press('[')
  const ring = page.getByRole('button', { name: /^Key point highlight: / })
  await expect(ring).toBeFocused()
  await page.keyboard.press('Enter')
  await tabTo(
    page,
    page.getByRole('dialog', { name: 'Highlight' }).getByRole('button', { name: 'Make card' })
  )
  await page.keyboard.press('Enter')
  await expect(editor).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(editor).toBeHidden()
  await expect(ring).toBeFocused()
  expect(await page.evaluate(() => scrollY)).toBe(scrolled)

  // One card joined the deck (Cancel and Escape made none), tied to the passage.
  await nav.getByRole('button', { name: 'Flashcards' }).click()
  await expect(deckSize).toContainText(`${total + 1} cards in the deck`)
  await page.getByRole('tab', { name: 'Cards' }).click()
  await page.getByLabel('Tag').selectOption('own')
  const row = page.getByRole('row', { name: /What does the coalition offer Ukraine\?/ })
  await expect(row).toContainText('Safety ensures for Ukraine')
  await row.getByRole('button', { name: /^Show in article/ }).click()
  await expect(page.locator('#P13')).toBeFocused()
})
