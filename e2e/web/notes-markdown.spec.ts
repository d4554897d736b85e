// Proves a note's Markdown renders in the built app as markdown-it with its own `entities` package renders it, though the renderer decodes character references with Chromium's parser instead (src/renderer/src/lib/html-entities.ts): references decoded, code left literal, bare links made links, markup kept as text.
import MarkdownIt from 'markdown-it'
import type { Page } from '@playwright/test'
import type { ApiResult } from '../../src/shared/api'
import { expect, test } from '../fixtures'

/** References of every kind a note may hold: common, accented, case-sensitive, multi-character, unknown. */
const REFERENCES = [
  '&amp;',
  '&AMP;',
  '&lt;',
  '&gt;',
  '&quot;',
  '&apos;',
  '&nbsp;',
  '&copy;',
  '&reg;',
  '&trade;',
  '&mdash;',
  '&ndash;',
  '&hellip;',
  '&lsquo;',
  '&rsquo;',
  '&ldquo;',
  '&rdquo;',
  '&laquo;',
  '&raquo;',
  '&euro;',
  '&pound;',
  '&deg;',
  '&plusmn;',
  '&times;',
  '&divide;',
  '&frac12;',
  '&sect;',
  '&para;',
  '&middot;',
  '&bull;',
  '&rarr;',
  '&larr;',
  '&harr;',
  '&uarr;',
  '&Aacute;',
  '&aacute;',
  '&Uuml;',
  '&uuml;',
  '&ouml;',
  '&szlig;',
  '&ccedil;',
  '&ntilde;',
  '&eacute;',
  '&egrave;',
  '&Scaron;',
  '&ycirc;',
  '&Alpha;',
  '&alpha;',
  '&Omega;',
  '&omega;',
  '&infin;',
  '&ne;',
  '&le;',
  '&ge;',
  '&NotNestedGreaterGreater;',
  '&CounterClockwiseContourIntegral;',
  '&fjlig;',
  '&ThickSpace;',
  '&bogus;',
  '&#x1F1FA;&#x1F1E6;',
  '&#8212;',
  '&#123456789;',
  '&#x;'
]

const NOTE = [
  `**Trump &amp; Zelenskyy** &mdash; a &ldquo;deal&rdquo;, see https://apnews.com and [AP](https://apnews.com).`,
  `References: ${REFERENCES.join(' ')}`,
  '- `&copy; stays literal in code`',
  '- &amp;lt;script&amp;gt; and <b>markup</b> are text'
].join('\n\n')

/** What markdown-it with the `entities` package renders, as the app configures it (src/renderer/src/lib/markdown.ts). */
const reference = new MarkdownIt({ html: false, linkify: true, breaks: true, typographer: false })
  .disable('image')
  .render(NOTE)

async function call(page: Page, name: string, input: unknown): Promise<ApiResult<unknown>> {
  return page.evaluate(
    ([method, value]) =>
      (window as unknown as { api: Record<string, (input: unknown) => Promise<ApiResult<unknown>>> }).api[
        method as string
      ]!(value),
    [name, input] as const
  )
}

test('a note’s character references, code, links and markup render as markdown-it with entities renders them', async ({
  page,
  host
}) => {
  await page.goto(host.url)
  await expect(page.locator('#P1')).toBeVisible()
  expect((await call(page, 'pagenotes:write', { target: 'article', note: NOTE })).ok).toBe(true)
  await page.reload()
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Notes' }).click()
  const rendered = page.getByRole('region', { name: 'Article note' }).locator('.rendered')
  await expect(rendered.locator('strong')).toHaveText('Trump & Zelenskyy')

  await expect(rendered).toContainText('— a “deal”')
  await expect(rendered).toContainText('© ® ™ — – …')
  await expect(rendered).toContainText('⪢̸ ∳ fj')
  await expect(rendered).toContainText('&bogus; 🇺🇦 — &#123456789; &#x;')
  await expect(rendered.locator('code')).toHaveText('&copy; stays literal in code')
  await expect(rendered).toContainText('&lt;script&gt; and <b>markup</b> are text')
  await expect(rendered.locator('b, script')).toHaveCount(0)
  await expect(rendered.getByRole('link', { name: 'https://apnews.com' })).toHaveAttribute(
    'href',
    'https://apnews.com'
  )

  // Every reference, character for character, as the package decodes it.
  const expected = await page.evaluate(
    (html) => new DOMParser().parseFromString(html, 'text/html').body.textContent,
    reference
  )
  expect(await rendered.evaluate((element) => element.textContent)).toBe(expected)
})
