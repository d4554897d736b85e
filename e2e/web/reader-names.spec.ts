// Proves the names aid: the toggle (off by default, saved) marks every X-Ray name in the text without moving a line, a name's popover (hover, click or focus) gives the entry in one line with More to the X-Ray, Escape closes it and gives focus back, and names live beside terms, highlights, find and the X-Ray's mark — by mouse and keyboard, axe-clean in every theme.
import type { Locator, Page } from '@playwright/test'
import { expect, test } from '../fixtures'
import { paintedText, seriousViolations } from '../helpers'

const P1 =
  'The second Oval Workplace assembly in six months between U.S. President Donald Trump and Ukrainian President Volodymyr Zelenskyy went off easily Monday, in sharp distinction to their disastrous encounter in February.'

/** Where every block of the article is drawn: any change is a layout shift. */
function blockBoxes(page: Page): Promise<string[]> {
  return page.locator('article [data-block-id]').evaluateAll((blocks) =>
    blocks.map((b) => {
      const box = b.getBoundingClientRect()
      return `${(b as HTMLElement).dataset.blockId} ${box.top + scrollY} ${box.height} ${box.width}`
    })
  )
}

/** The popover's entry takes one line: no taller than one line of its text. */
async function expectOneLine(popover: Locator): Promise<void> {
  const [height, lineHeight] = await popover
    .locator('.line')
    .evaluate((line) => [line.getBoundingClientRect().height, parseFloat(getComputedStyle(line).lineHeight)])
  expect(height).toBeLessThan(1.5 * lineHeight!)
}

async function chooseTheme(page: Page, theme: string): Promise<void> {
  await page.getByRole('button', { name: 'Display' }).click()
  await page.getByRole('radio', { name: theme }).check()
  await page.keyboard.press('Escape')
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme.toLowerCase())
}

test('the toggle marks the names without changing a character or moving a line, and is remembered', async ({
  page,
  host
}) => {
  await page.goto(host.url)
  const toggle = page.getByRole('button', { name: 'Names' })
  await expect(toggle).toHaveAttribute('aria-pressed', 'false')
  await expect(page.locator('article .name')).toHaveCount(0)
  const before = await blockBoxes(page)

  await toggle.click()
  await expect(toggle).toHaveAttribute('aria-pressed', 'true')
  await expect(page.locator('#P1 .name')).toHaveText([
    'Oval Workplace',
    'U.S. President Donald Trump',
    'Ukrainian President Volodymyr Zelenskyy'
  ])
  expect(await page.locator('#P1').evaluate((p) => p.textContent)).toBe(P1)
  // A name inside a name, and a paraphrased title inside that, with terms on too.
  await page.getByRole('button', { name: 'Standard terms' }).click()
  const rutte = page.locator('#P7 .name[data-name="rutte"]')
  await expect(rutte).toHaveText('NATO Secretary-Normal Mark Rutte')
  await expect(rutte.locator('.term')).toHaveText('NATO Secretary-Normal')
  await expect(rutte.locator('.term .name[data-name="nato"]')).toHaveText('NATO')
  expect(await blockBoxes(page)).toEqual(before)

  await page.reload()
  await expect(page.getByRole('button', { name: 'Names' })).toHaveAttribute('aria-pressed', 'true')
  await expect(page.locator('#P1 .name')).toHaveCount(3)
  await page.getByRole('button', { name: 'Names' }).click()
  await expect(page.locator('article .name')).toHaveCount(0)
  await expect(page.locator('#P1')).toHaveText(P1)
})

test('by mouse: hover shows the entry in one line, the pointer can reach More, and More opens the X-Ray on it', async ({
  page,
  host
}) => {
  await page.setViewportSize({ width: 1024, height: 800 })
  await page.goto(host.url)
  await page.getByRole('button', { name: 'Names' }).click()
  const zelenskyy = page.locator('#P1 .name', { hasText: 'Zelenskyy' })
  await zelenskyy.hover()
  const popover = page.getByRole('dialog', { name: 'Volodymyr Zelenskyy' })
  await expect(popover).toBeVisible()
  await expect(popover).toContainText('Volodymyr Zelenskyy · President of Ukraine')
  await expect(zelenskyy).toHaveAccessibleDescription(/President of Ukraine/)
  await expectOneLine(popover)
  // The popover covers neither the name nor the line being read.
  const name = (await zelenskyy.boundingBox())!
  const box = (await popover.boundingBox())!
  expect(box.y + box.height <= name.y || box.y >= name.y + name.height).toBe(true)

  // Away and it goes; a place's popover says what kind of entry it is.
  await page.mouse.move(5, 700)
  await expect(popover).toHaveCount(0)
  await page.locator('#P1 .name', { hasText: 'Oval Workplace' }).hover()
  await expect(page.getByRole('dialog', { name: 'Oval Office' })).toContainText('Oval Office · Place')
  // The longest office, near the text's right edge, still in one line and inside the window.
  await page.locator('#P3 .name', { hasText: 'Merz' }).hover()
  const merz = page.getByRole('dialog', { name: 'Friedrich Merz' })
  await expect(merz).toContainText('Chancellor of Germany (since 6 May 2025)')
  await expectOneLine(merz)
  const merzBox = (await merz.boundingBox())!
  expect(merzBox.x).toBeGreaterThanOrEqual(0)
  expect(merzBox.x + merzBox.width).toBeLessThanOrEqual(1024)

  // A click keeps it open after the pointer leaves, until focus goes elsewhere.
  await zelenskyy.click()
  await page.mouse.move(5, 700)
  await page.waitForTimeout(400)
  await expect(popover).toBeVisible()
  await popover.getByRole('button', { name: /^More/ }).click()
  await expect(page.getByRole('heading', { name: 'X-Ray', level: 1 })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Volodymyr Zelenskyy', level: 2 })).toBeFocused()
  await expect(page.getByRole('region', { name: 'Volodymyr Zelenskyy' })).toContainText(
    'President of Ukraine'
  )
})

test('by keyboard: focus shows the popover, Tab reaches More and goes on through the text, Escape gives focus back', async ({
  page,
  host
}) => {
  await page.goto(host.url)
  await page.getByRole('button', { name: 'Names' }).click()
  await page.locator('#P1').focus()
  await page.keyboard.press('Tab')
  const oval = page.locator('#P1 .name', { hasText: 'Oval Workplace' })
  await expect(oval).toBeFocused()
  await expect(oval).toHaveCSS('outline-style', 'solid')
  const popover = page.getByRole('dialog', { name: 'Oval Office' })
  await expect(popover).toBeVisible()

  await page.keyboard.press('Tab')
  const more = popover.getByRole('button', { name: 'More about Oval Office in the X-Ray' })
  await expect(more).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(popover).toHaveCount(0)
  await expect(oval).toBeFocused()

  // Tab from the name again goes on to the next name (its popover was closed), then into its popover,
  // and Tab from More carries on through the text after that name.
  await page.keyboard.press('Tab')
  const trump = page.locator('#P1 .name', { hasText: 'Donald Trump' })
  await expect(trump).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(page.getByRole('dialog', { name: 'Donald Trump' }).getByRole('button')).toBeFocused()
  await page.keyboard.press('Shift+Tab')
  await expect(trump).toBeFocused()
  await expect(page.getByRole('dialog', { name: 'Donald Trump' })).toBeVisible()
  await page.keyboard.press('Tab')
  await page.keyboard.press('Tab')
  const zelenskyy = page.locator('#P1 .name', { hasText: 'Zelenskyy' })
  await expect(zelenskyy).toBeFocused()
  await expect(page.getByRole('dialog', { name: 'Donald Trump' })).toHaveCount(0)
  await page.keyboard.press('Tab')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: 'Volodymyr Zelenskyy', level: 2 })).toBeFocused()
})

test('names live beside terms, a highlight across a name’s edge, find, and the X-Ray’s mark', async ({
  page,
  host
}) => {
  await page.goto(host.url)
  await page.getByRole('button', { name: 'Standard terms' }).click()
  await page.getByRole('button', { name: 'Names' }).click()

  // A name on exactly a paraphrase's words: one element, its popover giving both.
  const oval = page.locator('#P1 .name', { hasText: 'Oval Workplace' })
  await expect(oval).toHaveClass(/term/)
  await oval.hover()
  const popover = page.getByRole('dialog', { name: 'Oval Office' })
  await expect(popover).toContainText('Standard term')
  await expect(popover).toContainText('Oval Office · Place')

  // A highlight from inside one name into the words after it.
  const selected = await page.locator('#P1').evaluate((p) => {
    const range = document.createRange()
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT)
    const nodes: Text[] = []
    while (walker.nextNode()) nodes.push(walker.currentNode as Text)
    const start = nodes.find((n) => n.data.includes('Donald'))!
    const end = nodes.find((n) => n.data.includes(' and '))!
    range.setStart(start, start.data.indexOf('Donald'))
    range.setEnd(end, end.data.indexOf(' and ') + 4)
    getSelection()?.removeAllRanges()
    getSelection()?.addRange(range)
    return range.toString()
  })
  expect(selected).toBe('Donald Trump and')
  await expect(page.getByRole('toolbar', { name: 'Selected text' })).toBeVisible()
  await page.keyboard.press('h')
  await expect.poll(() => paintedText(page, 'yellow')).toEqual(['Donald Trump and'])

  // Find marks inside a name; the name keeps its words.
  await page.keyboard.press('Control+f')
  await page.keyboard.type('President Donald')
  await expect(page.locator('#P1 .name mark[aria-current="true"]')).toHaveText('President Donald')
  await expect(page.locator('#P1 .name', { hasText: 'Donald Trump' })).toHaveText(
    'U.S. President Donald Trump'
  )
  await page.keyboard.press('Escape')
  expect(await page.locator('#P1').evaluate((p) => p.textContent)).toBe(P1)

  // The X-Ray's mention link marks the words in the reader, names shown.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'X-Ray' }).click()
  const index = page.getByRole('navigation', { name: 'X-Ray entries' })
  await index.getByRole('button', { name: /Mark Rutte/ }).click()
  await page.getByRole('list', { name: 'Mentions of Mark Rutte' }).getByRole('button').first().click()
  await expect(page.locator('#P7')).toBeInViewport()
  await expect.poll(() => paintedText(page, 'flash')).toEqual(['NATO Secretary-Normal Mark Rutte'])
  await expect(page.locator('#P7 .name[data-name="rutte"]')).toHaveText('NATO Secretary-Normal Mark Rutte')
})

for (const theme of ['Light', 'Sepia', 'Dark'] as const) {
  test(`no serious or critical violations with names, terms and a name’s popover, ${theme} theme`, async ({
    page,
    host
  }) => {
    test.slow() // axe takes seconds per page on these two-core machines
    await page.goto(host.url)
    await chooseTheme(page, theme)
    await page.getByRole('button', { name: 'Standard terms' }).click()
    await page.getByRole('button', { name: 'Names' }).click()
    await page.locator('#P7 .name[data-name="rutte"]').focus()
    await expect(page.getByRole('dialog', { name: 'Mark Rutte' })).toBeVisible()
    expect(await seriousViolations(page)).toEqual([])
    await page.locator('#P1 .name', { hasText: 'Oval Workplace' }).focus()
    await page.keyboard.press('Tab')
    await expect(page.getByRole('dialog', { name: 'Oval Office' }).getByRole('button')).toBeFocused()
    expect(await seriousViolations(page)).toEqual([])
  })
}
