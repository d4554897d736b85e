/**
 * Highlights, notes, tags, page notes and colour names through the contract; undo of a delete; the
 * Markdown and W3C JSON exports; import (round trip, duplicates, per-item rejections, damaged and
 * foreign files changing nothing); and re-anchoring when the shipped content changes.
 */
import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { describeRange } from '@shared/anchoring/anchor'
import { articleText } from '@shared/anchoring/article-text'
import type { Content } from '@shared/schemas'
import { StoreSchema } from '@shared/schemas'
import { dispatch } from '../dispatch'
import { openStore } from '../store/open-store'
import { TestClock, shipped, useTempDirs } from '../../test-util/store'
import { createHandlers } from '.'
import { annotationHandlers } from './annotations'

const tempDir = useTempDirs()

async function setUp(content?: Content, dataDir?: string) {
  const dir = dataDir ?? (await tempDir())
  const clock = new TestClock()
  const loaded = content ?? (await shipped())
  const store = await openStore({ dataDir: dir, content: loaded, now: clock.now })
  let counter = 0
  const api = annotationHandlers(store, clock.now, () => `a${(counter += 1)}`)
  const text = articleText(loaded.article).text
  /** Selectors for the first occurrence of `quote` in the article text. */
  const select = (quote: string) => {
    const at = text.indexOf(quote)
    expect(at).toBeGreaterThanOrEqual(0)
    return describeRange(text, at, at + quote.length)
  }
  return { dataDir: dir, clock, store, api, text, select }
}

describe('highlights', () => {
  it('creates a highlight with a note and tags, keeps it on disk, and edits it', async () => {
    const { store, api, select, clock } = await setUp()
    const created = await api['annotations:create']({
      color: 'green',
      selector: select('Oval Workplace'),
      note: 'Same room as in *February*.',
      tags: ['room', 'Room', 'february']
    })
    expect(created).toMatchObject({ id: 'a1', color: 'green', tags: ['room', 'february'], orphaned: false })
    clock.advanceSeconds(60)
    const updated = await api['annotations:update']({ id: 'a1', color: 'pink', tags: ['tone'] })
    expect(updated).toMatchObject({ color: 'pink', note: 'Same room as in *February*.', tags: ['tone'] })
    expect(updated.updated).not.toBe(created.updated)
    await store.flush()
    const saved = StoreSchema.parse(JSON.parse(await readFile(store.info.file, 'utf8')))
    expect(saved.annotations).toEqual([updated])
  })

  it('refuses selectors that do not describe the article as it stands', async () => {
    const { api, select } = await setUp()
    const [quote, position] = select('Oval Workplace')
    await expect(
      api['annotations:create']({
        color: 'yellow',
        selector: [{ ...quote, exact: 'Rose Garden' }, position]
      })
    ).rejects.toThrow(/not in the article/)
  })

  it('restores a deleted highlight exactly: same id and dates', async () => {
    const { store, api, select, clock } = await setUp()
    const created = await api['annotations:create']({ color: 'blue', selector: select('Zelenskyy') })
    clock.advanceSeconds(30)
    const deleted = await api['annotations:delete']({ id: created.id })
    expect(store.data.annotations).toEqual([])
    await api['annotations:restore']({ annotation: deleted })
    expect(store.data.annotations).toEqual([created])
    await expect(api['annotations:restore']({ annotation: deleted })).rejects.toThrow(/already there/)
  })

  it('refuses a note over 20,000 characters through the contract, changing nothing', async () => {
    const { store, select } = await setUp()
    const handlers = createHandlers(store)
    const result = await dispatch(handlers, 'annotations:create', {
      color: 'yellow',
      selector: select('Zelenskyy'),
      note: 'x'.repeat(20_001)
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    expect(JSON.stringify(result)).toMatch(/at most 20,000 characters/)
    expect(store.data.annotations).toEqual([])
  })

  it('writes and removes page notes and renames colours', async () => {
    const { api } = await setUp()
    expect(await api['pagenotes:write']({ target: 'article', note: 'Overall: cordial.' })).toMatchObject([
      { target: 'article', note: 'Overall: cordial.' }
    ])
    await expect(api['pagenotes:write']({ target: 'no-such-section', note: 'x' })).rejects.toThrow(
      /no section/
    )
    expect(await api['pagenotes:write']({ target: 'article', note: '  ' })).toEqual([])
    expect((await api['highlightcolors:rename']({ color: 'pink', name: 'Doubt' })).pink).toBe('Doubt')
  })
})

describe('export', () => {
  it('writes Markdown with front matter, highlights in article order, notes, tags and references', async () => {
    const { api, select, store } = await setUp()
    const section = store.data.content.article.sections.find((s) => s.heading !== null)!
    await api['pagenotes:write']({ target: 'article', note: 'The article, in one line.' })
    await api['pagenotes:write']({ target: section.id, note: 'This section matters.' })
    const later = section.paragraphs[0]!.text.slice(0, 30)
    await api['annotations:create']({ color: 'pink', selector: select(later), tags: ['big picture'] })
    await api['annotations:create']({ color: 'yellow', selector: select('Zelenskyy'), note: 'Who *came*.' })
    const file = await api['annotations:export']({ format: 'markdown' })
    expect(file.fileName).toMatch(/^debrief-notes-\d{4}-\d\d-\d\d\.md$/)
    const md = file.text
    expect(md).toMatch(/^---\ntitle: ".+"\nsource: ".+"\nexported: \d{4}-/)
    expect(md).toContain('## Article note\n\nThe article, in one line.')
    expect(md).toContain(`## ${section.heading}\n\n### Section note\n\nThis section matters.`)
    expect(md).toContain('> Zelenskyy\n\nWho *came*.\n\n- Colour: Key point (yellow)\n- Paragraph: P')
    expect(md).toContain('- Tags: #big-picture')
    expect(md.indexOf('> Zelenskyy')).toBeLessThan(md.indexOf(`> ${later}`))
  })

  it('round-trips through W3C JSON: export, wipe, import gives identical annotations', async () => {
    const first = await setUp()
    await first.api['annotations:create']({
      color: 'purple',
      selector: first.select('Oval Workplace'),
      note: 'A **note**',
      tags: ['room']
    })
    await first.api['annotations:create']({ color: 'green', selector: first.select('Zelenskyy') })
    await first.api['pagenotes:write']({ target: 'article', note: 'Whole article.' })
    const file = await first.api['annotations:export']({ format: 'json' })
    const json = JSON.parse(file.text)
    expect(json).toMatchObject({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationCollection'
    })
    expect(json.first.items[1]).toMatchObject({
      type: 'Annotation',
      target: { selector: [{ type: 'TextQuoteSelector' }, { type: 'TextPositionSelector' }] }
    })

    const second = await setUp()
    const report = await second.api['annotations:import']({ text: file.text })
    expect(report).toEqual({ added: 3, skipped: 0, rejected: [] })
    expect(second.store.data.annotations).toEqual(first.store.data.annotations)
    expect(second.store.data.pageNotes).toEqual(first.store.data.pageNotes)
    // Importing again adds nothing: every item is an exact duplicate.
    expect(await second.api['annotations:import']({ text: file.text })).toEqual({
      added: 0,
      skipped: 3,
      rejected: []
    })
  })

  it('reports each rejected item with its reason and adds the rest', async () => {
    const first = await setUp()
    await first.api['annotations:create']({ color: 'purple', selector: first.select('Oval Workplace') })
    const json = JSON.parse((await first.api['annotations:export']({ format: 'json' })).text)
    json.first.items.push({
      type: 'Annotation',
      id: 'x',
      target: { source: 'urn:debrief:article', selector: [] }
    })
    json.first.items.push({ type: 'Note' })
    const second = await setUp()
    const report = await second.api['annotations:import']({ text: JSON.stringify(json) })
    expect(report.added).toBe(1)
    expect(report.rejected.map((r) => r.item)).toEqual([2, 3])
    expect(report.rejected[0]!.reason).toMatch(/TextQuoteSelector/)
  })

  it('refuses a damaged or foreign file as a whole, changing nothing', async () => {
    const { api, store, select } = await setUp()
    await api['annotations:create']({ color: 'purple', selector: select('Oval Workplace') })
    const before = structuredClone(store.data)
    await expect(
      api['annotations:import']({ text: '{"@context": "http://www.w3.org/ns/anno.js' })
    ).rejects.toThrow(/not readable JSON/)
    await expect(api['annotations:import']({ text: JSON.stringify({ cards: [] }) })).rejects.toThrow(
      /not an annotation export/
    )
    expect(store.data).toStrictEqual(before)
  })
})

describe('re-anchoring when the content changes', () => {
  it('moves highlights with their passage, keeps unplaceable ones as orphans, and says so', async () => {
    const content = await shipped()
    const { api, select, store, dataDir } = await setUp(content)
    const target = content.article.sections[1]!.paragraphs[0]!
    await api['annotations:create']({
      color: 'yellow',
      selector: select(target.text.slice(0, 40)),
      note: 'kept'
    })
    const survivor = content.article.sections.at(-1)!.paragraphs[0]!.text.slice(0, 30)
    await api['annotations:create']({ color: 'green', selector: select(survivor) })
    await store.flush()

    // The new content: the first paragraph is rewritten, and the target paragraph replaced entirely.
    const changed: Content = structuredClone(content)
    changed.version = 'ffffffffffffffff'
    changed.article.sections[0]!.paragraphs[0]!.text =
      'A much longer opening paragraph. ' + content.article.sections[0]!.paragraphs[0]!.text
    changed.article.sections[1]!.paragraphs[0]!.text =
      'Something else entirely, with no words in common at all, qqq.'
    const reopened = await openStore({ dataDir, content: changed })
    const [lost, moved] = reopened.data.annotations
    expect(reopened.data.annotations).toHaveLength(2)
    expect(lost).toMatchObject({ orphaned: true, note: 'kept' })
    expect(moved!.orphaned).toBe(false)
    const newText = articleText(changed.article).text
    const { start, end } = moved!.target.selector[1]
    expect(newText.slice(start, end)).toBe(survivor)
    const notice = reopened.data.notices.find((n) => n.kind === 'content-updated')
    expect(notice?.message).toMatch(/1 moved .*1 highlight could not be placed/)
  })
})
