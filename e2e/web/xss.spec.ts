// Proves that script hidden in anything the user writes or imports never runs: 99 published XSS payloads in highlight notes and tags, article and section notes, colour names, event notes, own cards and card notes, and an imported annotation file, shown in every view that renders them.
import type { Page } from '@playwright/test'
import { describeRange } from '../../src/shared/anchoring/anchor'
import { articleText } from '../../src/shared/anchoring/article-text'
import type { ApiResult } from '../../src/shared/api'
import type { Content } from '../../src/shared/schemas'
import { FLAG_PAYLOADS, XSS_PAYLOADS } from '../../src/test-util/xss-payloads'
import { expect, test } from '../fixtures'

const COLORS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const

/** Dialogs opened by the page: alert(), confirm() or prompt() from a payload that ran. */
type Dialogs = string[]

/**
 * Record every dialog and every Content Security Policy violation from the first script on.
 * A payload that got into the page as markup shows up as a violation even where the policy
 * stopped it, so the test sees sanitiser failures the policy would hide.
 */
async function watchForScript(page: Page): Promise<Dialogs> {
  const dialogs: Dialogs = []
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`)
    void dialog.dismiss()
  })
  await page.addInitScript(() => {
    const violations: string[] = []
    Object.defineProperty(window, '__cspViolations', { value: violations })
    document.addEventListener('securitypolicyviolation', (event) =>
      violations.push(`${event.effectiveDirective} ${event.blockedURI} ${event.sample}`)
    )
  })
  return dialogs
}

/** Anything in the page that could run script or load something: none of it should be there. */
function dangerousMarkup(): string[] {
  const found: string[] = []
  const forbiddenTags = new Set(
    'iframe frame frameset object embed base img video audio source bgsound marquee math animate set'.split(
      ' '
    )
  )
  const urlAttributes = new Set(
    'href src action formaction data xlink:href background dynsrc lowsrc values poster'.split(' ')
  )
  for (const element of document.body.querySelectorAll('*')) {
    const tag = element.tagName.toLowerCase()
    if (forbiddenTags.has(tag)) found.push(`<${tag}>`)
    if (tag === 'script' && (element as HTMLScriptElement).type !== 'application/json') {
      const src = (element as HTMLScriptElement).src
      if (!src || new URL(src).origin !== location.origin) found.push(`<script src="${src}">`)
    }
    if (['style', 'link', 'meta'].includes(tag)) found.push(`<${tag}> in the body`)
    for (const attribute of element.attributes) {
      const name = attribute.name.toLowerCase()
      if (name.startsWith('on')) found.push(`${tag}[${name}]`)
      if (urlAttributes.has(name) && /^\s*(javascript|data|vbscript|file):/i.test(attribute.value)) {
        found.push(`${tag}[${name}=${attribute.value}]`)
      }
    }
  }
  return found
}

/** Nothing ran, nothing was blocked, and no live markup came from a payload. */
async function expectNothingRan(page: Page, dialogs: Dialogs, where: string): Promise<void> {
  const state = await page.evaluate(() => ({
    flag: (window as unknown as { __xss?: unknown }).__xss,
    violations: (window as unknown as { __cspViolations: string[] }).__cspViolations
  }))
  const markup = await page.evaluate(dangerousMarkup)
  expect(dialogs, `${where}: dialogs opened`).toEqual([])
  expect(state.flag, `${where}: window.__xss was set`).toBeUndefined()
  expect(state.violations, `${where}: CSP violations`).toEqual([])
  expect(markup, `${where}: live markup from a payload`).toEqual([])
}

/** Call a contract method through the page's own window.api, as the renderer would. */
async function call<T = unknown>(page: Page, name: string, input: unknown): Promise<ApiResult<T>> {
  return page.evaluate(
    ([method, value]) =>
      (window as unknown as { api: Record<string, (input: unknown) => Promise<ApiResult<unknown>>> }).api[
        method as string
      ]!(value),
    [name, input] as const
  ) as Promise<ApiResult<T>>
}

async function callOk<T = unknown>(page: Page, name: string, input: unknown): Promise<T> {
  const result = await call<T>(page, name, input)
  if (!result.ok) throw new Error(`${name} refused: ${result.error.message}`)
  return result.value
}

/** Many calls in one round trip to the page, one after another; answers each result. */
async function callEach(page: Page, calls: [string, unknown][]): Promise<ApiResult<unknown>[]> {
  return page.evaluate(async (list) => {
    const api = (
      window as unknown as { api: Record<string, (input: unknown) => Promise<ApiResult<unknown>>> }
    ).api
    const results: ApiResult<unknown>[] = []
    for (const [method, input] of list) results.push(await api[method]!(input))
    return results
  }, calls)
}

async function callEachOk(page: Page, calls: [string, unknown][]): Promise<void> {
  const refused = (await callEach(page, calls)).flatMap((result, i) =>
    result.ok ? [] : [`${calls[i]![0]}: ${result.error.message}`]
  )
  expect(refused).toEqual([])
}

async function openApp(page: Page, url: string): Promise<void> {
  await page.goto(url)
  await expect(page.locator('#P1')).toBeVisible()
}

const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' })

/** Payloads short enough to be a tag (64 characters) or a colour's name (40). */
const fitting = (max: number): string[] =>
  XSS_PAYLOADS.filter((p) => p.trim().length > 0 && p.trim().length <= max)

test.describe('XSS payloads stay text', () => {
  test.slow()

  test('in highlight notes and tags, article and section notes and colour names: reader, Notes, editor', async ({
    page,
    host
  }) => {
    const dialogs = await watchForScript(page)
    await openApp(page, host.url)
    const content = await callOk<Content>(page, 'content:get', {})
    const { text } = articleText(content.article)
    const tags = fitting(64)
    const sections = content.article.sections
    const names = [...FLAG_PAYLOADS, ...XSS_PAYLOADS].filter((p) => p.length <= 40).slice(0, COLORS.length)
    await callEachOk(page, [
      ...XSS_PAYLOADS.map((payload, i): [string, unknown] => {
        const start = (i * 53) % (text.length - 40)
        return [
          'annotations:create',
          {
            color: COLORS[i % COLORS.length],
            selector: describeRange(text, start, start + 12),
            note: payload,
            tags: [tags[i % tags.length]!, 'xss']
          }
        ]
      }),
      ['pagenotes:write', { target: 'article', note: XSS_PAYLOADS.join('\n\n') }],
      ...sections.map((section, i): [string, unknown] => [
        'pagenotes:write',
        { target: section.id, note: XSS_PAYLOADS.filter((_, j) => j % sections.length === i).join('\n\n') }
      ]),
      ...COLORS.map((color, i): [string, unknown] => ['highlightcolors:rename', { color, name: names[i] }])
    ])

    // From the store, as the user next sees it: the reader with its highlights.
    await openApp(page, host.url)
    await expect.poll(() => page.evaluate(() => CSS.highlights.size)).toBeGreaterThan(0)
    await expectNothingRan(page, dialogs, 'reader')

    await nav(page).getByRole('button', { name: 'Notes' }).click()
    const main = page.getByRole('main')
    await expect(main).toContainText('<img src=x onerror="window.__xss=1">')
    await expect(main).toContainText('<script>window.__xss=1</script>')
    const highlights = main.getByRole('list', { name: `Highlights ${XSS_PAYLOADS.length}` })
    await expect(highlights).toBeVisible()
    await expectNothingRan(page, dialogs, 'Notes')

    // The editor's live preview, for the highlights whose payloads set the flag.
    for (const payload of FLAG_PAYLOADS) {
      // The item whose rendered note is this payload (colour names and tags may hold it too).
      await highlights
        .getByRole('listitem')
        .filter({ has: page.locator('.note').getByText(payload, { exact: true }) })
        .getByRole('button', { name: 'Edit', exact: true })
        .click()
      const editor = page.getByRole('dialog', { name: 'Highlight' })
      await expect(editor.getByLabel('Note', { exact: true })).toHaveValue(payload)
      await expect(editor.getByRole('region', { name: 'Preview' })).toBeVisible()
      await expectNothingRan(page, dialogs, `editor for ${payload}`)
      await page.keyboard.press('Escape')
      await expect(editor).toBeHidden()
    }
  })

  test('in event notes and their tags: the timeline axis, details and list', async ({ page, host }) => {
    const dialogs = await watchForScript(page)
    await openApp(page, host.url)
    const tags = fitting(64)
    await callEachOk(
      page,
      XSS_PAYLOADS.map((payload, i) => [
        'eventnotes:add',
        { eventId: 'oval-office-august', note: payload, tags: [tags[i % tags.length]!] }
      ])
    )

    await openApp(page, host.url)
    await nav(page).getByRole('button', { name: 'Timeline' }).click()
    await expectNothingRan(page, dialogs, 'timeline axis')
    await page.getByRole('tab', { name: 'List' }).click()
    await page.getByRole('button', { name: 'August Oval Office meeting' }).click()
    const notes = page.getByRole('region', { name: 'Your notes on August Oval Office meeting' })
    await expect(notes.getByRole('heading')).toHaveText(`Your notes (${XSS_PAYLOADS.length})`)
    await expect(notes).toContainText('<svg onload="window.__xss=1">')
    await expectNothingRan(page, dialogs, 'event notes')
  })

  test('in own cards (question, answer, cloze) and card notes: review, card browser, quiz, stats', async ({
    page,
    host
  }) => {
    const dialogs = await watchForScript(page)
    await openApp(page, host.url)
    await callEachOk(
      page,
      XSS_PAYLOADS.flatMap((payload): [string, unknown][] => [
        ['cards:create', { card: { type: 'basic', front: payload, back: payload } }],
        ['cards:create', { card: { type: 'cloze', text: `${payload} hides {{c1::${payload}}}` } }]
      ])
    )
    const rows = await callOk<{ card: { id: string } }[]>(page, 'cards:list', {})
    await callEachOk(
      page,
      XSS_PAYLOADS.map((payload, i) => ['cards:note', { id: rows[i]!.card.id, note: payload }])
    )

    await openApp(page, host.url)
    await nav(page).getByRole('button', { name: 'Flashcards' }).click()
    await expectNothingRan(page, dialogs, 'review')
    await page.getByRole('tab', { name: 'Cards' }).click()
    await expect(page.getByRole('main')).toContainText('<script>window.__xss=1</script>')
    await expectNothingRan(page, dialogs, 'card browser')
    await page.getByRole('tab', { name: 'Quiz' }).click()
    await page.getByRole('button', { name: 'Start quiz' }).click()
    await expectNothingRan(page, dialogs, 'quiz')
    await page.getByRole('tab', { name: 'Stats' }).click()
    await expectNothingRan(page, dialogs, 'stats')
  })

  test('in an imported annotation file: notes, tags, rejected items and their reasons', async ({
    page,
    host
  }) => {
    const dialogs = await watchForScript(page)
    await openApp(page, host.url)
    const content = await callOk<Content>(page, 'content:get', {})
    const { text } = articleText(content.article)
    const tags = fitting(64)
    const items: unknown[] = XSS_PAYLOADS.map((payload, i) => {
      const start = (i * 61) % (text.length - 40)
      return {
        id: `urn:debrief:annotation:imported-${i}`,
        type: 'Annotation',
        body: [
          { type: 'TextualBody', purpose: 'commenting', format: 'text/markdown', value: payload },
          { type: 'TextualBody', purpose: 'tagging', value: tags[i % tags.length] },
          { type: 'TextualBody', purpose: 'classifying', value: COLORS[i % COLORS.length] }
        ],
        target: { source: 'urn:debrief:article', selector: describeRange(text, start, start + 10) }
      }
    })
    // Items the import rejects, whose reasons quote what the file said.
    items.push(
      { id: 'page', type: 'Annotation', target: 'urn:debrief:article#<img src=x onerror="window.__xss=1">' },
      { id: '<svg onload="window.__xss=1">', type: '<script>window.__xss=1</script>', target: 'x' },
      JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}')
    )
    const file = JSON.stringify({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationCollection',
      first: { type: 'AnnotationPage', items }
    })

    await nav(page).getByRole('button', { name: 'Notes' }).click()
    await page.getByLabel('Annotation file to import').setInputFiles({
      name: '<img src=x onerror="window.__xss=1">.json',
      mimeType: 'application/json',
      buffer: Buffer.from(file)
    })
    const report = page.getByRole('region', { name: 'Rejected in the last import' })
    await expect(report.getByRole('listitem')).toHaveCount(3)
    await expect(report).toContainText('<img src=x onerror="window.__xss=1">')
    const main = page.getByRole('main')
    await expect(main.getByRole('list', { name: `Highlights ${XSS_PAYLOADS.length}` })).toBeVisible()
    await expect(main).toContainText('<iframe srcdoc="<script>parent.__xss=1</script>"></iframe>')
    expect(await page.evaluate(() => 'polluted' in {}), 'Object.prototype polluted').toBe(false)
    await expectNothingRan(page, dialogs, 'Notes after the import')

    await nav(page).getByRole('button', { name: 'Read' }).click()
    await expectNothingRan(page, dialogs, 'reader after the import')
  })
})
