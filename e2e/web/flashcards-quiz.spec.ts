// Proves a quiz asks by keys (four options, two for “Which came first…”) or typing, judges typed answers fairly (dates, lists, aliases, “I was right”), marks a wrong answer with the expected one, links to its passage, scores, reviews mistakes and keeps history.
import type { Locator, Page } from '@playwright/test'
import { expect, test } from '../fixtures'

const nav = (page: Page): Locator => page.getByRole('navigation', { name: 'Main' })

async function openQuiz(page: Page, url: string): Promise<void> {
  await page.goto(url)
  await nav(page).getByRole('button', { name: 'Flashcards' }).click()
  await page.getByRole('tab', { name: 'Quiz' }).click()
  await expect(page.getByRole('heading', { name: 'New quiz' })).toBeVisible()
}

test('a typed wrong answer shows the expected one; “Show in article” opens its passage; the quiz resumes', async ({
  page,
  host
}) => {
  await openQuiz(page, host.url)
  await page.getByLabel('Questions', { exact: true }).fill('2')
  await page.getByRole('radio', { name: 'Typed answers' }).check()
  await page.getByRole('button', { name: 'Start quiz' }).click()

  await expect(page.getByText('Question 1 of 2')).toBeVisible()
  const field = page.getByLabel('Your answer')
  await expect(field).toBeFocused()
  await field.fill('Nothing like it')
  await page.keyboard.press('Enter')
  const verdict = page.getByRole('status').filter({ hasText: 'Not quite.' })
  await expect(verdict).toContainText('The answer:')
  const expected = (await verdict.locator('strong').textContent())!

  await page.getByRole('button', { name: 'Show in article' }).click()
  await expect(nav(page).getByRole('button', { name: 'Read' })).toHaveAttribute('aria-current', 'page')
  const focused = page.locator('article p:focus')
  await expect(focused).toBeInViewport()
  await expect(focused).toHaveAttribute('id', /^P\d+$/)

  await page.getByRole('button', { name: '← Back to the quiz' }).click()
  await expect(page.getByRole('tab', { name: 'Quiz' })).toHaveAttribute('aria-selected', 'true')
  await expect(page.getByText('Question 1 of 2')).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: 'Not quite.' })).toContainText(expected)
  await page.getByRole('button', { name: 'Next question' }).click()
  await page.getByLabel('Your answer').fill('Also wrong')
  await page.keyboard.press('Enter')
  await page.getByRole('button', { name: 'See the score' }).click()

  await expect(page.getByRole('heading', { name: 'You scored 0 of 2' })).toBeFocused()
  const mistakes = page.getByRole('listitem').filter({ hasText: 'You typed' })
  await expect(mistakes).toHaveCount(2)
  await expect(mistakes.first()).toContainText('Nothing like it')
  await expect(mistakes.first()).toContainText(expected)
  await mistakes.first().getByRole('button', { name: 'Show in article' }).click()
  await expect(page.locator('article p:focus')).toBeInViewport()
})

test('multiple choice by keys 1–4, with a score and the quiz kept in the history', async ({ page, host }) => {
  await openQuiz(page, host.url)
  await page.getByLabel('Questions', { exact: true }).fill('3')
  await page.getByLabel('From').selectOption({ label: 'A Putin-Zelenskyy assembly' })
  await page.getByRole('radio', { name: 'Multiple choice' }).check()
  await page.getByRole('button', { name: 'Start quiz' }).click()

  for (let i = 1; i <= 3; i += 1) {
    await expect(page.getByText(`Question ${i} of 3`)).toBeVisible()
    // Four options, or two for a generated "Which came first…" card (both events).
    const options = page.getByRole('main').getByRole('listitem').getByRole('button')
    await expect(options.first()).toBeVisible()
    expect([2, 4]).toContain(await options.count())
    await page.keyboard.press(String(((i - 1) % 2) + 1))
    await expect(page.getByRole('status').filter({ hasText: /Right|Not quite/ })).toBeVisible()
    await expect(
      page.getByRole('button', { name: i === 3 ? 'See the score' : 'Next question' })
    ).toBeFocused()
    await page.keyboard.press('Enter')
  }

  await expect(page.getByRole('heading', { name: /^You scored \d of 3$/ })).toBeVisible()
  await page.getByRole('button', { name: 'New quiz' }).click()
  const history = page.getByRole('region', { name: 'Past quizzes' })
  await expect(history.getByRole('row')).toHaveCount(2)
  await expect(history.getByRole('row').last()).toContainText('A Putin-Zelenskyy assembly')
  await expect(history.getByRole('row').last()).toContainText(/\d of 3/)
})

test('a quiz with no eligible cards says so and starts nothing', async ({ page, host }) => {
  await page.goto(host.url)
  await nav(page).getByRole('button', { name: 'Flashcards' }).click()
  await page.getByRole('tab', { name: 'Cards' }).click()
  await page.getByLabel('Tag').selectOption({ label: 'Agreeing on a ceasefire' })
  await page.getByRole('checkbox', { name: 'Select every card shown' }).check()
  await page
    .getByRole('group', { name: 'Selected cards' })
    .getByRole('button', { name: 'Suspend', exact: true })
    .click()

  await page.getByRole('tab', { name: 'Quiz' }).click()
  await page.getByLabel('From').selectOption({ label: 'Agreeing on a ceasefire' })
  await page.getByRole('button', { name: 'Start quiz' }).click()
  await expect(page.getByRole('alert')).toHaveText(/No card in “Agreeing on a ceasefire” can be asked/)
  await expect(page.getByRole('heading', { name: 'New quiz' })).toBeVisible()
})

/** Other spellings a student would type, by the question they answer: each must be marked right. */
const FAIR_SPELLINGS: [RegExp, string][] = [
  [/What office does Keir Starmer hold/, 'PM of the UK'],
  [/What office does Emmanuel Macron hold/, 'Pres. of France'],
  [/How many countries have signed up/, 'thirty'],
  [/Who co-chaired the online meeting/, 'Macron & Starmer'],
  [/On what day was the online meeting/, '19th August'],
  [/which article of the 1949 Washington Treaty/, 'article five']
]

test('typed answers in other spellings are right; a list names what is missing; “I was right” turns a verdict and the score, undoably', async ({
  page,
  host
}) => {
  await openQuiz(page, host.url)
  await page.getByLabel('Questions', { exact: true }).fill('50')
  await page.getByLabel('From').selectOption({ label: 'Safety ensures for Ukraine' })
  await page.getByRole('radio', { name: 'Typed answers' }).check()
  await page.getByRole('button', { name: 'Start quiz' }).click()

  const total = Number((await page.getByText(/^Question 1 of \d+$/).textContent())!.match(/of (\d+)/)![1])
  let right = 0
  let listSeen = false
  let overridden = false
  for (let i = 1; i <= total; i += 1) {
    const prompt = (await page.locator('#quiz-prompt').textContent())!
    const spelling = FAIR_SPELLINGS.find(([pattern]) => pattern.test(prompt))?.[1]
    const list = /Which two non-European countries/.test(prompt)
    await page.getByLabel('Your answer').fill(spelling ?? (list ? 'Japan' : 'no idea'))
    await page.keyboard.press('Enter')
    const status = page.getByRole('status').filter({ hasText: /Right|Not quite/ })
    if (spelling) {
      await expect(status, prompt).toContainText('Right')
      right += 1
    } else if (list) {
      await expect(status).toContainText('You left out: Australia.')
      listSeen = true
    } else {
      await expect(status).toContainText('Not quite.')
      await expect(page.getByText('You typed')).toBeVisible()
      await expect(page.locator('mark.extra').first()).toBeVisible()
      if (!overridden) {
        await page.getByRole('button', { name: 'I was right' }).click()
        await expect(page.getByRole('status').filter({ hasText: 'Counted as right' })).toBeVisible()
        await page.getByRole('button', { name: 'Undo “I was right”' }).click()
        await expect(page.getByRole('status').filter({ hasText: 'Not quite.' })).toBeVisible()
        await page.getByRole('button', { name: 'I was right' }).click()
        await expect(page.getByRole('status').filter({ hasText: 'Counted as right' })).toBeVisible()
        overridden = true
        right += 1
      }
    }
    await page.getByRole('button', { name: i === total ? 'See the score' : 'Next question' }).click()
  }
  expect(right).toBeGreaterThanOrEqual(FAIR_SPELLINGS.length + 1)
  expect(listSeen).toBe(true)

  await expect(page.getByRole('heading', { name: `You scored ${right} of ${total}` })).toBeVisible()
  const undo = page.getByRole('button', { name: 'Undo “I was right”' })
  await expect(undo).toHaveCount(1)
  await undo.click()
  await expect(page.getByRole('heading', { name: `You scored ${right - 1} of ${total}` })).toBeVisible()
  await page.getByRole('button', { name: 'I was right' }).first().click()
  await expect(page.getByRole('heading', { name: `You scored ${right} of ${total}` })).toBeVisible()
  await expect(page.getByText('Counted as right.')).toBeVisible()

  await page.getByRole('button', { name: 'New quiz' }).click()
  const history = page.getByRole('region', { name: 'Past quizzes' })
  await expect(history.getByRole('row').last()).toContainText(`${right} of ${total}`)
})
