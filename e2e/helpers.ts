/**
 * What more than one spec needs: the accessibility check every screen must pass, moving focus as a
 * keyboard user does, reading back the highlights the page paints (they are not elements), and
 * holding a host's answer back to see what the page does meanwhile.
 */
import AxeBuilder from '@axe-core/playwright'
import { expect, type Locator, type Page } from '@playwright/test'

/**
 * The axe violations a user would be hurt by (serious and critical), as readable lines. With
 * `nameMismatch`, axe's label-content-name-mismatch is checked too: experimental in axe 4.14, so off
 * unless asked for.
 */
export async function seriousViolations(page: Page, { nameMismatch = false } = {}): Promise<string[]> {
  const builder = new AxeBuilder({ page })
  if (nameMismatch) builder.options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
  const { violations } = await builder.analyze()
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

/** Press Tab until `target` has focus (at most `limit` times), as a keyboard user would. */
export async function tabTo(page: Page, target: Locator, limit = 40): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return
    await page.keyboard.press('Tab')
  }
  await expect(target).toBeFocused()
}

/** The text drawn under each highlight of `color`, as the page paints it (CSS Custom Highlights). */
export function paintedText(page: Page, color: string): Promise<string[]> {
  return page.evaluate((name) => {
    const highlight = CSS.highlights.get(`annotation-${name}`)
    return [...(highlight ?? [])].map((r) => {
      const range = document.createRange()
      range.setStart(r.startContainer, r.startOffset)
      range.setEnd(r.endContainer, r.endOffset)
      return range.toString()
    })
  }, color)
}

/**
 * Hold back the page's calls of one contract method (e.g. `annotations:list`) until `release()`:
 * how a slow answer looks to the user. `asked()` counts the calls held so far.
 */
export async function holdBack(page: Page, method: string): Promise<{ release(): void; asked(): number }> {
  let release = (): void => {}
  const held = new Promise<void>((resolve) => (release = resolve))
  let asked = 0
  await page.route(`**/api/${method}`, async (route) => {
    asked += 1
    await held
    await route.continue()
  })
  return { release, asked: () => asked }
}
