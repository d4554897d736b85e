// Proves notes beside the text: at 1280 and 1920 px each note sits in the margin level with its highlight's first line,
// pushed down in article order past the notes and recall badges it would overlap, following resize, text size and
// changes from another window; on a narrow window a highlight's note shows in a popover (hover or [ ]) that never
// covers the passage and Esc closes; script in a note stays text. Also the #tag chips in Notes: clicking a
// highlight's tag shows only the highlights with that tag, and clicking it again shows all (by mouse and keyboard).
import type { Browser, Locator, Page } from '@playwright/test'
import { describeRange } from '../../src/shared/anchoring/anchor'
import { articleText } from '../../src/shared/anchoring/article-text'
import type { ApiResult } from '../../src/shared/api'
import type { Content } from '../../src/shared/schemas'
import { FLAG_PAYLOADS, XSS_PAYLOADS } from '../../src/test-util/xss-payloads'
import { expect, test, type Host } from '../fixtures'
import { holdBack, paintedText, seriousViolations } from '../helpers'

interface Rect {
  x: number
  y: number
  width: number
  height: number
}

/** Call a contract method through the page's own window.api, as the renderer does. */
async function call<T>(page: Page, name: string, input: unknown): Promise<T> {
  const result = (await page.evaluate(
    ([method, value]) =>
      (window as unknown as { api: Record<string, (input: unknown) => Promise<unknown>> }).api[
        method as string
      ]!(value),
    [name, input] as const
  )) as ApiResult<T>
  if (!result.ok) throw new Error(`${name} refused: ${result.error.message}`)
  return result.value
}

/** Highlight the first place `phrase` is in the article, with a note and tags, through the host. */
async function noteOn(page: Page, phrase: string, note: string, tags: string[] = []): Promise<void> {
  const content = await call<Content>(page, 'content:get', {})
  const { text } = articleText(content.article)
  const start = text.indexOf(phrase)
  expect(start, `"${phrase}" is in the article`).toBeGreaterThanOrEqual(0)
  await call(page, 'annotations:create', {
    color: 'yellow',
    selector: describeRange(text, start, start + phrase.length),
    note,
    tags
  })
}

/** The lines of the first place `phrase` is drawn in the article, on screen. */
function linesOf(page: Page, phrase: string): Promise<Rect[]> {
  return page.evaluate((words) => {
    for (const block of document.querySelectorAll('article [data-block-id]')) {
      const at = (block.textContent ?? '').indexOf(words)
      if (at < 0) continue
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT)
      const range = document.createRange()
      let seen = 0
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        const length = node.data.length
        if (seen <= at && at < seen + length) range.setStart(node, at - seen)
        if (seen < at + words.length && at + words.length <= seen + length) {
          range.setEnd(node, at + words.length - seen)
          break
        }
        seen += length
      }
      return [...range.getClientRects()]
        .filter((r) => r.width > 0)
        .map((r) => ({ x: r.x, y: r.y, width: r.width, height: r.height }))
    }
    return []
  }, phrase)
}

const column = (page: Page): Locator => page.getByRole('list', { name: 'Notes in the margin' })
const cardFor = (page: Page, quote: string): Locator =>
  column(page)
    .getByRole('listitem')
    .filter({ has: page.getByRole('button', { name: new RegExp(`highlight “${quote}`) }) })

async function boxes(locator: Locator): Promise<Rect[]> {
  const all = await locator.all()
  return Promise.all(all.map(async (l) => (await l.boundingBox())!))
}

const overlap = (a: Rect, b: Rect): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height

/**
 * Every note in the margin: right of the text and inside the window, overlapping no other note and
 * no recall badge, in article order, and level with its highlight's first line unless pushed down —
 * then exactly below the note or badge it would have overlapped.
 */
async function expectNotesBeside(page: Page, quotes: string[]): Promise<void> {
  const cards = column(page).getByRole('listitem')
  await expect(cards).toHaveCount(quotes.length)
  const text = (await page.locator('article [data-block-id]').first().boundingBox())!
  const badges = await boxes(page.getByRole('complementary', { name: 'Your recall of this section' }))
  const viewport = page.viewportSize()!
  const placed: Rect[] = []
  for (const quote of quotes) {
    const card = (await cardFor(page, quote).boundingBox())!
    const [first] = await linesOf(page, quote)
    expect(card.x, `the note on “${quote}” is right of the text`).toBeGreaterThan(text.x + text.width)
    expect(card.x + card.width).toBeLessThanOrEqual(viewport.width)
    expect(card.y, `the note on “${quote}” is not above its highlight`).toBeGreaterThanOrEqual(first!.y - 1)
    const before = placed.at(-1)
    if (before) expect(card.y, 'notes keep article order').toBeGreaterThan(before.y)
    for (const other of [...placed, ...badges]) {
      expect(overlap(card, other), `the note on “${quote}” overlaps something at ${other.y}px`).toBe(false)
    }
    if (card.y > first!.y + 1) {
      const pushers = [...placed, ...badges].map((b) => card.y - (b.y + b.height))
      expect(
        pushers.some((gap) => gap >= 0 && gap < 20),
        `the note on “${quote}” is pushed down only to clear what is above it`
      ).toBe(true)
    }
    placed.push(card)
  }
}

/** A second window, in a browser context of its own. */
async function secondWindow(browser: Browser, host: Host): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  const page = await context.newPage()
  await page.goto(host.launchUrl)
  await expect(page.locator('#P1')).toBeVisible()
  return page
}

const CEASEFIRE = 'Ukraine and its European supporters'
const QUOTES = ['European leaders joined', 'transatlantic unity', 'thanked Trump', CEASEFIRE]

test('notes sit beside their highlights at 1280 and 1920 px, clear of each other and the recall badges', async ({
  page,
  host
}) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.goto(host.url)
  await expect(page.locator('#P2')).toBeVisible()
  // Three on the first lines of one paragraph (they must stack), one with tags by a section's badge.
  await noteOn(page, 'European leaders joined', 'Who *joined*: Macron, Merz, Meloni, Starmer, Stubb.')
  await noteOn(page, 'transatlantic unity', 'Compare with February.')
  await noteOn(page, 'thanked Trump', 'A lesson learnt from the Oval Office.', ['tone'])
  await noteOn(page, CEASEFIRE, '', ['ceasefire', 'alaska'])
  await page.getByRole('toolbar', { name: 'Reader' }).getByRole('button', { name: 'Recall' }).click()
  await expect(page.getByRole('complementary', { name: 'Your recall of this section' }).first()).toBeVisible()

  await expectNotesBeside(page, QUOTES)
  const first = cardFor(page, QUOTES[0]!)
  await expect(first.locator('em')).toHaveText('joined') // Markdown, loaded on first use
  await expect(cardFor(page, QUOTES[3]!)).toContainText('#ceasefire')
  await expect(cardFor(page, QUOTES[3]!)).toContainText('#alaska')
  // Level with the first line of its highlight, which nothing above pushes down.
  const [line] = await linesOf(page, QUOTES[0]!)
  expect(Math.abs((await first.boundingBox())!.y - line!.y)).toBeLessThan(2)
  // Each noted highlight is marked where it ends.
  await expect(page.locator('.marker')).toHaveCount(4)
  expect(await seriousViolations(page)).toEqual([])

  // Wider: the text moves right, the notes with it.
  const narrowX = (await first.boundingBox())!.x
  await page.setViewportSize({ width: 1920, height: 1000 })
  await expect.poll(async () => (await first.boundingBox())!.x).toBeGreaterThan(narrowX + 100)
  await expectNotesBeside(page, QUOTES)

  // Larger text: the lines move down, the notes follow them.
  const before = (await cardFor(page, CEASEFIRE).boundingBox())!.y
  await page.getByRole('button', { name: 'Display' }).click()
  const size = page
    .getByRole('dialog', { name: 'Display settings' })
    .getByRole('group', { name: 'Text size' })
  for (let i = 0; i < 4; i += 1) await size.getByRole('button', { name: 'Larger text' }).click()
  await page.keyboard.press('Escape')
  await expect
    .poll(async () => (await cardFor(page, CEASEFIRE).boundingBox())!.y)
    .toBeGreaterThan(before + 20)
  await expectNotesBeside(page, QUOTES)
})

test('a note opens in the editor from the margin, by mouse and by Tab in article order', async ({
  page,
  host
}) => {
  await page.goto(host.url)
  await expect(page.locator('#P2')).toBeVisible()
  await noteOn(page, 'transatlantic unity', 'Second.')
  await noteOn(page, 'European leaders joined', 'First.')
  const cards = column(page).getByRole('listitem')
  await expect(cards).toHaveCount(2)
  await expect(cards.nth(0)).toContainText('First.')

  await cards.nth(1).click()
  const editor = page.getByRole('dialog', { name: 'Highlight' })
  await expect(editor.getByLabel('Note', { exact: true })).toHaveValue('Second.')
  await editor.getByLabel('Note', { exact: true }).fill('Second, edited.')
  await editor.getByRole('button', { name: 'Save' }).click()
  await expect(editor).toBeHidden()
  await expect(cards.nth(1)).toContainText('Second, edited.')

  // By keyboard: the notes are tab stops in article order.
  const open = column(page).getByRole('button')
  await open.first().focus()
  await expect(open.first()).toHaveAccessibleName(/highlight “European leaders joined”/)
  await page.keyboard.press('Tab')
  await expect(open.nth(1)).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(editor.getByLabel('Note', { exact: true })).toHaveValue('Second, edited.')
  await page.keyboard.press('Escape')
  await expect(editor).toBeHidden()
})

test('a note made, edited and deleted in another window appears, changes and goes in this one', async ({
  page,
  host,
  browser
}) => {
  await page.goto(host.url)
  await expect(page.locator('#P2')).toBeVisible()
  await noteOn(page, 'three-year war', 'Since February 2022.')
  await expect(column(page).getByRole('listitem')).toHaveCount(1)

  const other = await secondWindow(browser, host)
  await noteOn(other, 'European leaders joined', 'From the other window.')
  await expect(cardFor(page, 'European leaders joined')).toContainText('From the other window.')
  await expectNotesBeside(page, ['European leaders joined', 'three-year war'])

  const { annotations } = await call<{ annotations: { id: string; note: string }[] }>(
    other,
    'annotations:list',
    {}
  )
  const theirs = annotations.find((a) => a.note === 'From the other window.')!
  await call(other, 'annotations:update', { id: theirs.id, note: 'Edited there.' })
  await expect(cardFor(page, 'European leaders joined')).toContainText('Edited there.')
  await call(other, 'annotations:delete', { id: theirs.id })
  await expect(column(page).getByRole('listitem')).toHaveCount(1)
  await expectNotesBeside(page, ['three-year war'])
  await other.context().close()
})

test('a note made in the reader joins the margin beside its passage', async ({ page, host }) => {
  await page.goto(host.url)
  await expect(page.locator('#P2')).toBeVisible()
  // Select the words as a reader's drag would, then N: highlight and write the note.
  const [line] = await linesOf(page, 'transatlantic unity')
  await page.mouse.move(line!.x + 1, line!.y + line!.height / 2)
  await page.mouse.down()
  await page.mouse.move(line!.x + line!.width - 1, line!.y + line!.height / 2, { steps: 5 })
  await page.mouse.up()
  await page.keyboard.press('n')
  const editor = page.getByRole('dialog', { name: 'Highlight' })
  await editor.getByLabel('Note', { exact: true }).fill('Unity, *for now*.')
  await editor.getByRole('button', { name: 'Save' }).click()
  await expect(column(page).getByRole('listitem')).toHaveCount(1)
  await expect(column(page).locator('em')).toHaveText('for now')
  await expectNotesBeside(page, ['transatlantic unity'])
})

test('on a narrow window a note shows in a popover that never covers its passage, and Esc closes it', async ({
  page,
  host
}) => {
  await page.setViewportSize({ width: 1100, height: 800 })
  await page.goto(host.url)
  await expect(page.locator('#P2')).toBeVisible()
  await noteOn(page, 'European leaders joined', 'Who *joined*?', ['europe'])
  await noteOn(page, 'thanked Trump', 'Thanks, again.')
  await expect(page.locator('.marker')).toHaveCount(2)
  await expect(column(page)).toHaveCount(0)

  const popover = page.getByRole('note')
  const expectClear = async (phrase: string): Promise<void> => {
    const box = (await popover.boundingBox())!
    for (const line of await linesOf(page, phrase)) expect(overlap(box, line)).toBe(false)
  }

  // Hover: the note (Markdown, tags) above or below the passage.
  const [line] = await linesOf(page, 'European leaders joined')
  await page.mouse.move(line!.x + line!.width / 2, line!.y + line!.height / 2)
  await expect(popover).toBeVisible()
  await expect(popover.locator('em')).toHaveText('joined')
  await expect(popover).toContainText('#europe')
  await expectClear('European leaders joined')
  await page.keyboard.press('Escape')
  await expect(popover).toBeHidden()

  // Off the highlight, it goes.
  await page.mouse.move(line!.x + line!.width / 2, line!.y + line!.height / 2 + 1)
  await expect(popover).toBeVisible()
  await page.mouse.move(5, 400)
  await expect(popover).toBeHidden()

  // By keyboard: ] visits the highlight and shows its note, which names it too; Esc closes the note only.
  await page.locator('#P2').focus()
  await page.keyboard.press(']')
  const ring = page.getByRole('button', {
    name: /^Key point highlight, with a note, tagged #europe: “European leaders joined”$/
  })
  await expect(ring).toBeFocused()
  await expect(popover).toBeVisible()
  await expect(ring).toHaveAccessibleDescription(/Who joined\?/)
  await expectClear('European leaders joined')
  expect(await seriousViolations(page)).toEqual([])
  await page.keyboard.press('Escape')
  await expect(popover).toBeHidden()
  await expect(ring).toBeFocused()
  await page.keyboard.press(']')
  await expect(
    page.getByRole('button', { name: /^Key point highlight, with a note: “thanked Trump”$/ })
  ).toBeFocused()
  await expect(popover).toContainText('Thanks, again.')
  await expectClear('thanked Trump')
  await page.keyboard.press('Escape')
  await page.keyboard.press('Escape')
  await expect(popover).toBeHidden()
  await expect(page.locator('#P2')).toBeFocused()
})

test('on a narrow window, a pointer resting on a highlight shows its note once the notes have come', async ({
  page,
  host
}) => {
  await page.setViewportSize({ width: 1100, height: 800 })
  await page.goto(host.url)
  await expect(page.locator('#P2')).toBeVisible()
  await noteOn(page, 'European leaders joined', 'Who *joined*?')

  // A returning reader's page comes drawn with the highlight; its note comes with the list, held back here.
  const list = await holdBack(page, 'annotations:list')
  await page.goto(host.url)
  await expect.poll(() => paintedText(page, 'yellow')).toEqual(['European leaders joined'])
  const [line] = await linesOf(page, 'European leaders joined')
  await page.mouse.move(line!.x + line!.width / 2, line!.y + line!.height / 2)
  const popover = page.getByRole('note')
  await expect(popover).toBeHidden()
  list.release()
  await expect(popover.locator('em')).toHaveText('joined')
})

test('script in a note stays text in the margin and in the popover', async ({ page, host }) => {
  const dialogs: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  await page.goto(host.url)
  await expect(page.locator('#P2')).toBeVisible()
  const content = await call<Content>(page, 'content:get', {})
  const { text } = articleText(content.article)
  const payloads = [...FLAG_PAYLOADS, ...XSS_PAYLOADS.filter((p) => p.trim() !== '').slice(0, 40)]
  await page.evaluate(
    async (inputs) => {
      const api = (window as unknown as { api: Record<string, (input: unknown) => Promise<unknown>> }).api
      for (const input of inputs) await api['annotations:create']!(input)
    },
    payloads.map((note, i) => ({
      color: 'yellow',
      selector: describeRange(text, 200 + i * 97, 210 + i * 97),
      note,
      tags: ['xss']
    }))
  )
  await expect(column(page).getByRole('listitem')).toHaveCount(payloads.length)
  await expect(
    column(page).getByText('<img src=x onerror="window.__xss=1">', { exact: false }).first()
  ).toBeVisible()
  expect(await column(page).locator('img, svg, iframe, script, [onerror], [onload]').count()).toBe(0)

  await page.setViewportSize({ width: 1000, height: 800 })
  await expect(column(page)).toHaveCount(0)
  const content2 = text.slice(200, 210)
  const [line] = await linesOf(page, content2)
  await page.mouse.move(line!.x + line!.width / 2, line!.y + line!.height / 2)
  const popover = page.getByRole('note')
  await expect(popover).toContainText('<img src=x onerror="window.__xss=1">')
  expect(await popover.locator('img, svg, iframe, script, [onerror], [onload]').count()).toBe(0)
  expect(dialogs).toEqual([])
  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined()
})

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
