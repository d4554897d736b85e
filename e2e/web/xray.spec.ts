// Proves the X-Ray: entries by kind with counts, a mention opening the reader at the words and marking them, who said what with the likely words, cards and events in reach — by mouse and keyboard, with no serious axe violation in any theme.
import { expect, test } from '../fixtures'
import { seriousViolations } from '../helpers'

test('a mention opens the reader at the paraphrased title and marks it', async ({ page, host }) => {
  await page.goto(host.url)
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'X-Ray' }).click()
  await expect(page.getByRole('heading', { name: 'X-Ray', level: 1 })).toBeVisible()
  const index = page.getByRole('navigation', { name: 'X-Ray entries' })
  await expect(index.getByRole('heading', { name: /People \d+/ })).toBeVisible()
  await expect(index.getByRole('heading', { name: /Key terms \d+/ })).toBeVisible()

  await index.getByRole('button', { name: /Mark Rutte/ }).click()
  await expect(index.getByRole('button', { name: /Mark Rutte/ })).toContainText('3 mentions · 1 quote')
  const details = page.getByRole('region', { name: 'Mark Rutte' })
  await expect(details).toContainText('NATO Secretary General')
  const mentions = details.getByRole('list', { name: 'Mentions of Mark Rutte' }).getByRole('button')
  await expect(mentions).toHaveCount(3)
  await expect(mentions.first()).toContainText('NATO Secretary-Normal Mark Rutte')

  await mentions.first().click()
  await expect(page.locator('#P7')).toBeInViewport()
  await expect.poll(() => page.evaluate(() => CSS.highlights.has('annotation-flash'))).toBe(true)
  const marked = await page.evaluate(() => {
    const stat = [...(CSS.highlights.get('annotation-flash') ?? [])][0]
    if (!stat) return ''
    const range = document.createRange()
    range.setStart(stat.startContainer, stat.startOffset)
    range.setEnd(stat.endContainer, stat.endOffset)
    return range.toString()
  })
  expect(marked).toBe('NATO Secretary-Normal Mark Rutte')
})

test('by keyboard: who said what, with the likely words beside a paraphrased quote, and the cards and events', async ({
  page,
  host
}) => {
  await page.goto(host.url)
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'X-Ray' }).focus()
  await page.keyboard.press('Enter')
  const trump = page
    .getByRole('navigation', { name: 'X-Ray entries' })
    .getByRole('button', { name: /Donald Trump/ })
  await trump.focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: 'Donald Trump', level: 2 })).toBeFocused()
  const details = page.getByRole('region', { name: 'Donald Trump' })
  const pointless = details.getByRole('listitem').filter({ hasText: '“pointless.”' })
  await expect(pointless).toContainText('Likely said “unnecessary.”')
  const coordination = details.getByRole('listitem').filter({ hasText: '“coordination.”' })
  await expect(coordination).not.toContainText('Likely said')
  await expect(coordination).toContainText('Not altered')

  const firstCard = details.locator('.cards summary').first()
  await firstCard.focus()
  await page.keyboard.press('Enter')
  await expect(details.locator('.cards details').first()).toHaveAttribute('open', '')

  await pointless.getByRole('button', { name: 'Open P22 in the reader' }).focus()
  await page.keyboard.press('Enter')
  await expect(page.locator('#P22')).toBeInViewport()
  await expect(page.locator('#P22')).toBeFocused()
})

test('entries the article does not name say so, and alluded places show the words that refer to them', async ({
  page,
  host
}) => {
  await page.goto(host.url)
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'X-Ray' }).click()
  const index = page.getByRole('navigation', { name: 'X-Ray entries' })
  await index.getByRole('button', { name: /Giorgia Meloni/ }).click()
  await expect(page.getByRole('region', { name: 'Giorgia Meloni' })).toContainText(
    'Not named in the article.'
  )
  await index.getByRole('button', { name: /Anchorage/ }).click()
  const anchorage = page.getByRole('region', { name: 'Anchorage, Alaska' })
  await expect(anchorage).toContainText('his assembly with the Russian chief final week')
  await expect(anchorage.locator('.events summary')).not.toHaveCount(0)
})

for (const theme of ['light', 'dark', 'sepia'] as const) {
  test(`the X-Ray has no serious or critical violations in the ${theme} theme`, async ({ page, host }) => {
    test.slow()
    await page.goto(host.url)
    await page.getByRole('button', { name: 'Display' }).click()
    await page.getByRole('radio', { name: theme[0]!.toUpperCase() + theme.slice(1) }).check()
    await page.keyboard.press('Escape')
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'X-Ray' }).click()
    await page
      .getByRole('navigation', { name: 'X-Ray entries' })
      .getByRole('button', { name: /Donald Trump/ })
      .click()
    await page.getByRole('region', { name: 'Donald Trump' }).locator('.cards summary').first().click()
    expect(await seriousViolations(page)).toEqual([])
  })
}
