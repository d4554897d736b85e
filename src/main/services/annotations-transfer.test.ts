/**
 * What an annotation file says to a person: an import's rejections name what is wrong with each item
 * in words, and the Markdown export embeds names, tags and notes so that none can forge a heading.
 */
import { describe, expect, it } from 'vitest'
import { describeRange } from '@shared/anchoring/anchor'
import { articleText } from '@shared/anchoring/article-text'
import { dispatch } from '../dispatch'
import { openStore } from '../store/open-store'
import { TestClock, shipped, useTempDirs } from '../../test-util/store'
import { createHandlers } from '.'

const tempDir = useTempDirs()

async function setUp() {
  const clock = new TestClock()
  const content = await shipped()
  const store = await openStore({ dataDir: await tempDir(), content, now: clock.now })
  const handlers = createHandlers(store, clock.now)
  const text = articleText(content.article).text
  const at = text.indexOf('Oval Workplace')
  const selector = describeRange(text, at, at + 'Oval Workplace'.length)
  return {
    store,
    handlers,
    selector,
    call: (name: Parameters<typeof dispatch>[1], input: unknown) => dispatch(handlers, name, input)
  }
}

const collection = (items: unknown[]): string =>
  JSON.stringify({
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'AnnotationCollection',
    first: { type: 'AnnotationPage', items }
  })

describe('an import whose items point outside the article', () => {
  it('rejects each with a reason written for a person, and adds the good ones', async () => {
    const { handlers, selector } = await setUp()
    const [quote, position] = selector
    const item = (id: string, target: unknown) => ({ id, type: 'Annotation', target })
    const report = await handlers['annotations:import']({
      text: collection([
        item('good', { source: 'urn:debrief:article', selector }),
        item('before-start', {
          source: 'urn:debrief:article',
          selector: [quote, { ...position, start: -3, end: 10 }]
        }),
        item('backwards', {
          source: 'urn:debrief:article',
          selector: [quote, { ...position, start: 50, end: 40 }]
        }),
        item('elsewhere', { source: 'https://example.org/other-article', selector }),
        item('no-quote', { source: 'urn:debrief:article', selector: [{ ...quote, exact: '' }, position] })
      ])
    })
    expect(report.added).toBe(1)
    expect(report.rejected).toEqual([
      { item: 2, reason: expect.stringMatching(/^its position points outside the article/) },
      { item: 3, reason: expect.stringMatching(/^its position points outside the article/) },
      { item: 4, reason: 'it annotates another document, not this article' },
      { item: 5, reason: expect.stringMatching(/^its quoted passage is missing/) }
    ])
    for (const { reason } of report.rejected) {
      expect(reason).not.toMatch(/selector|Too small|expected|\.\d\./)
    }
  })
})

describe('colour names and the Markdown export', () => {
  it('refuses a colour name with a line break, changing nothing', async () => {
    const { store, call } = await setUp()
    const before = store.data.colorNames.pink
    const result = await call('highlightcolors:rename', { color: 'pink', name: 'Fine\n## Forged heading' })
    expect(result.ok).toBe(false)
    expect(!result.ok && result.error.message).toMatch(/A colour name is one line of text/)
    expect(store.data.colorNames.pink).toBe(before)
  })

  it('escapes what it embeds: no stored name, tag or note starts a heading of its own', async () => {
    const { store, handlers, selector } = await setUp()
    await handlers['annotations:create']({
      color: 'pink',
      selector,
      note: 'My note.\n## Forged heading\nText\n===',
      tags: ['ok', '](javascript:alert(1))', '# Forged']
    })
    // A name from before the one-line rule, as an old data file may hold it.
    await store.update((data) => {
      data.colorNames.pink = 'Ask\n## Forged heading'
      data.pageNotes.push({
        target: 'article',
        note: '# Forged top heading',
        updated: '2025-08-18T17:15:00.000Z'
      })
    })
    const { text } = await handlers['annotations:export']({ format: 'markdown' })
    const headings = text.split('\n').filter((line) => /^ {0,3}#/.test(line))
    expect(headings).toEqual([
      expect.stringMatching(/^# Notes on/),
      '## Article note',
      expect.stringMatching(/^## /)
    ])
    expect(text).not.toMatch(/^=+$/m)
    expect(text).toContain('- Colour: Ask \\#\\# Forged heading (pink)')
    expect(text).toContain('#\\]\\(javascript:alert\\(1\\)\\)')
    expect(text).not.toContain('](javascript:alert(1))')
  })

  it('exports a note on a section the article no longer has, as detached', async () => {
    const { store, handlers } = await setUp()
    await store.update((data) => {
      data.pageNotes.push({
        target: 'a-removed-section',
        note: 'Still mine.',
        updated: '2025-08-18T17:15:00.000Z'
      })
    })
    const { text } = await handlers['annotations:export']({ format: 'markdown' })
    expect(text).toMatch(
      /## Detached section notes\n\n### a-removed-section \(no longer in the article\)\n\nStill mine\./
    )
  })
})
