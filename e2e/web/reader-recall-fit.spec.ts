// Proves the recall badges fit at every window width from 1024 to 1920 px: each whole inside the window, clear of the text, of the contents and of each other, and readable — with the longest label, and with the widest line and largest text too.
import type { Page } from '@playwright/test'
import { expect, test } from '../fixtures'

const WIDTHS = [1024, 1100, 1280, 1440, 1600, 1920]

interface Box {
  left: number
  right: number
  top: number
  bottom: number
}

/** Everything the badges must keep clear of and within, read from the page as laid out. */
function layout(page: Page) {
  return page.evaluate(() => {
    const box = (element: Element): Box => {
      const r = element.getBoundingClientRect()
      return { left: r.left, right: r.right, top: r.top + scrollY, bottom: r.bottom + scrollY }
    }
    const badges = [...document.querySelectorAll('aside[aria-label="Your recall of this section"]')]
    return {
      width: document.documentElement.clientWidth,
      text: [...document.querySelectorAll('article [data-block-id], article h1')].map(box),
      contents: [...document.querySelectorAll('nav[aria-label="Contents"]')]
        .filter((nav) => nav.checkVisibility())
        .map(box),
      badges: badges.map((badge) => {
        const label = badge.querySelector('.label') as HTMLElement
        return {
          box: box(badge),
          label: label.textContent ?? '',
          fontSize: parseFloat(getComputedStyle(label).fontSize),
          clipped: label.scrollWidth > label.clientWidth + 1 || badge.scrollWidth > badge.clientWidth + 1
        }
      })
    }
  })
}

const overlap = (a: Box, b: Box): boolean =>
  a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5

async function expectBadgesFit(page: Page, where: string): Promise<void> {
  const { width, text, contents, badges } = await layout(page)
  expect(badges.length, where).toBeGreaterThan(3)
  for (const [n, badge] of badges.entries()) {
    const at = `${where}, badge ${n + 1} (“${badge.label}”)`
    expect(badge.box.left, `${at} starts inside the window`).toBeGreaterThanOrEqual(0)
    expect(badge.box.right, `${at} ends inside the window`).toBeLessThanOrEqual(width)
    expect(badge.box.right - badge.box.left, `${at} is wide enough to read`).toBeGreaterThanOrEqual(120)
    expect(badge.fontSize, `${at} text size`).toBeGreaterThanOrEqual(12)
    expect(badge.clipped, `${at} shows its whole label`).toBe(false)
    expect(
      text.filter((block) => overlap(block, badge.box)),
      `${at} is clear of the text`
    ).toEqual([])
    expect(
      contents.filter((nav) => overlap(nav, badge.box)),
      `${at} is clear of the contents`
    ).toEqual([])
    for (const other of badges.slice(n + 1)) {
      expect(overlap(other.box, badge.box), `${at} is clear of “${other.label}”`).toBe(false)
    }
  }
}

test('the recall badges fit beside the text, or above their section, at every width', async ({
  page,
  host
}) => {
  test.slow() // a study session, then the reader laid out at six widths, twice
  await page.setViewportSize({ width: 1280, height: 900 })
  await page.goto(host.url)
  // Study three cards, so the opening section's badge carries the longest label.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Flashcards' }).click()
  await page.getByRole('button', { name: /^Study now/ }).click()
  const grades = page.getByRole('group', { name: 'How well did you recall it?' })
  for (let i = 0; i < 3; i += 1) {
    await page.keyboard.press('Space')
    await expect(grades).toBeVisible()
    await page.keyboard.press('4')
    await expect(grades).toBeHidden()
  }
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Read' }).click()
  await page.getByRole('toolbar', { name: 'Reader' }).getByRole('button', { name: 'Recall' }).click()
  await expect(page.locator('aside', { hasText: /cards studied/ }).first()).toBeVisible()

  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 })
    await expectBadgesFit(page, `${width} px`)
  }

  // The widest line and the largest text leave the least room beside the text.
  await page.getByRole('button', { name: 'Display' }).click()
  await page.getByRole('radio', { name: 'Wide' }).check()
  const larger = page.getByRole('button', { name: /Larger text/ })
  for (let i = 0; i < 6; i += 1) if (await larger.isEnabled()) await larger.click()
  await page.keyboard.press('Escape')
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 })
    await expectBadgesFit(page, `${width} px, wide lines, large text`)
  }
})
