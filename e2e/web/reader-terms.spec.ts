// Proves the standard-terms aid: the toggle marks the paraphrased phrases, whose standard wording shows on hover and on keyboard focus, with the text unchanged.
import { expect, test } from '../fixtures'

const P1 =
  'The second Oval Workplace assembly in six months between U.S. President Donald Trump and Ukrainian President Volodymyr Zelenskyy went off easily Monday, in sharp distinction to their disastrous encounter in February.'

test('marked phrases show their standard term on hover and on keyboard focus, text unchanged', async ({
  page,
  host
}) => {
  await page.goto(host.url)
  await expect(page.locator('#P1')).toHaveText(P1)
  await expect(page.locator('#P1 .term')).toHaveCount(0)
  const toggle = page.getByRole('button', { name: 'Standard terms' })
  await expect(toggle).toHaveAttribute('aria-pressed', 'false')

  await toggle.click()
  await expect(toggle).toHaveAttribute('aria-pressed', 'true')
  const phrase = page.locator('#P1 .term', { hasText: 'Oval Workplace' })
  await expect(phrase).toHaveText('Oval Workplace')
  await expect(page.locator('#P1 .term')).toHaveText([
    'Oval Workplace',
    'assembly',
    'went off easily',
    'in sharp distinction'
  ])
  expect(await page.locator('#P1').evaluate((p) => p.textContent)).toBe(P1)

  const tooltip = page.getByRole('tooltip')
  await expect(tooltip).toHaveCount(0)
  await phrase.hover()
  await expect(tooltip).toBeVisible()
  await expect(tooltip).toContainText('Oval Office')
  await expect(phrase).toHaveAccessibleDescription(/Oval Office/)
  expect(await page.locator('#P1').evaluate((p) => p.textContent)).toBe(P1)
  await page.mouse.move(5, 700)
  await expect(tooltip).toHaveCount(0)
  await expect(phrase).not.toHaveAttribute('aria-describedby')

  // Keyboard: Tab from the last contents entry reaches the paragraph being read (the article's one
  // tab stop), then the first marked phrase in it.
  await page.getByRole('navigation', { name: 'Contents' }).getByRole('link').last().focus()
  await page.keyboard.press('Tab')
  await expect(page.locator('#P1')).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(phrase).toBeFocused()
  await expect(phrase).toHaveCSS('outline-style', 'solid')
  await expect(tooltip).toBeVisible()
  await expect(tooltip).toContainText('Oval Office')
  await expect(page.getByRole('tooltip', { name: /Oval Office/ })).toHaveCount(1)
  await expect(phrase).toHaveAccessibleDescription(/Oval Office/)
  await page.keyboard.press('Tab')
  await expect(page.locator('#P1 .term', { hasText: /^assembly$/ })).toBeFocused()
  await expect(tooltip).toContainText('meeting')
  await page.keyboard.press('Escape')
  await expect(tooltip).toHaveCount(0)
  await expect(page.locator('#P1 .term', { hasText: /^assembly$/ })).toBeFocused()
  expect(await page.locator('#P1').evaluate((p) => p.textContent)).toBe(P1)

  await toggle.click()
  await expect(toggle).toHaveAttribute('aria-pressed', 'false')
  await expect(page.locator('article .term')).toHaveCount(0)
  await expect(page.locator('#P1')).toHaveText(P1)
})

test('terms apply only where they are listed, longest phrase first, headings included', async ({
  page,
  host
}) => {
  await page.goto(host.url)
  await page.getByRole('button', { name: 'Standard terms' }).click()
  const tooltip = page.getByRole('tooltip')

  const heading = page.getByRole('heading', { name: 'A Putin-Zelenskyy assembly' })
  await heading.locator('.term').hover()
  await expect(tooltip).toContainText('meeting')
  await expect(heading).toHaveText('A Putin-Zelenskyy assembly')

  // "an internet assembly" (P17) wins over "assembly"; "advised" means "told" in P7 but "suggested" in P26.
  await page.locator('#P17 .term', { hasText: 'an internet assembly' }).hover()
  await expect(tooltip).toContainText('an online meeting')
  await page.locator('#P7 .term', { hasText: 'advised' }).hover()
  await expect(tooltip).toContainText('told')
  await page.locator('#P26 .term', { hasText: 'advised' }).hover()
  await expect(tooltip).toContainText('suggested')
  await page.locator('#P34 .term').hover()
  await expect(tooltip).toContainText('Associated Press')
  await expect(page.locator('#P34')).toHaveText(
    'Related Press writers Sam McNeil in Brussels and Emma Burrows in London contributed.'
  )
})

test('a quote is marked whole with the likely spoken words, its phrases inside it, and case follows the text', async ({
  page,
  host
}) => {
  await page.goto(host.url)
  await page.getByRole('button', { name: 'Standard terms' }).click()
  const tooltip = page.getByRole('tooltip')

  const quote = page.locator('#P3 .quote').first()
  await expect(quote).toHaveText(
    '“I don’t wish to conceal the truth that I wasn’t positive it could go this fashion,”'
  )
  await expect(quote.locator('.term')).toHaveText([
    'don’t wish to conceal',
    'the truth that',
    'wasn’t positive',
    'it could go this fashion'
  ])
  // Keyboard: the quote takes focus first and shows the whole likely wording, then each phrase inside.
  await quote.focus()
  await expect(tooltip).toContainText('Quote, as likely said')
  await expect(tooltip).toContainText(
    '“I don’t want to hide the fact that I wasn’t sure it would go this way,”'
  )
  await page.keyboard.press('Tab')
  await expect(quote.locator('.term').first()).toBeFocused()
  await expect(tooltip).toContainText('don’t want to hide')
  await expect(tooltip).not.toContainText('Quote, as likely said')

  // Pointer (once focus has moved on): the phrase inside wins over its quote.
  await page.locator('#P3').focus()
  await expect(tooltip).toHaveCount(0)
  await page.locator('#P22 .quote .term', { hasText: 'clearly desire' }).hover()
  await expect(tooltip).toContainText('obviously prefer')
  await page.locator('#P22 .quote', { hasText: 'pointless' }).hover()
  await expect(tooltip).toContainText('“unnecessary.”')
  await expect(tooltip).toContainText('Not Trump’s word')

  // "however" inside a sentence reads "but", and "he stated to Fox Information" reads "he told Fox News".
  await page.locator('#P15 .term', { hasText: /^however$/ }).hover()
  await expect(tooltip).toContainText(/Standard term\s*but/)
  await page.locator('#P27 .term', { hasText: 'stated to' }).hover()
  await expect(tooltip).toContainText('told')
  await page.locator('#P27 .term', { hasText: 'Fox Information' }).hover()
  await expect(tooltip).toContainText('Fox News')
  expect(await page.locator('#P3').evaluate((p) => p.textContent)).toBe(
    '“I don’t wish to conceal the truth that I wasn’t positive it could go this fashion,” German Chancellor Friedrich Merz stated in Washington. “However my expectations weren’t simply met, they have been exceeded.”'
  )
})
