/**
 * A content update, as an editor would make one to resources/content: a paragraph inserted, a
 * paragraph deleted, words changed, and each reverted. Driven through the real store and services
 * with an edited copy of the shipped files; for highlights, own cards, the reading position, section
 * notes and timeline notes, nothing may follow a paragraph number to another passage, what loses its
 * passage is kept as detached, and a revert puts every highlight back exactly where it was made.
 */
import { cp, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { describeRange, type Selectors } from '@shared/anchoring/anchor'
import { articleText } from '@shared/anchoring/article-text'
import type { OwnCard } from '@shared/card-schemas'
import type { Content } from '@shared/schemas'
import { loadContent } from '../content/load-content'
import { dispatch } from '../dispatch'
import { openStore, type Store } from '../store/open-store'
import { CONTENT_DIR, TestClock, shipped, useTempDirs } from '../../test-util/store'
import { createHandlers } from '.'

const tempDir = useTempDirs()

// Paragraphs of the shipped article (FACTS.md numbering) the user's data is made on.
const P8 = 'Here’s a have a look at the problems that must be resolved:'
const P20_START = 'Putin has balked at that prospect.'
const P22_START = 'Trump stated in Monday’s Oval Workplace assembly'

const HEADINGS = 4

/**
 * The shipped files with article.txt's lines passed through `edit`, loaded as content. The other
 * files' paragraph references are renumbered as an editor would have to: each paragraph's id follows
 * its words, a deleted paragraph's references go to the one before it, and a timeline line or X-Ray
 * quote quoting a deleted paragraph is dropped.
 */
async function editedContent(edit: (lines: string[]) => string[]): Promise<Content> {
  const dir = await tempDir()
  await cp(CONTENT_DIR, dir, { recursive: true })
  const lines = (await readFile(join(dir, 'article.txt'), 'utf8')).split('\n')
  const edited = edit(lines)
  await writeFile(join(dir, 'article.txt'), edited.join('\n'))
  const original = await shipped()
  const before = original.article.sections.flatMap((s) => s.paragraphs).concat(original.article.credit)
  const after = edited.filter((l) => l.trim() !== '')
  const paragraphsAfter = after.length - HEADINGS
  const renumber = new Map<string, string>()
  let last = 'P1'
  for (const [index, p] of before.entries()) {
    const found = after.filter((l) => !original.article.sections.some((s) => s.heading === l)).indexOf(p.text)
    // An edited paragraph keeps its place when the count of paragraphs did not change.
    const id = found >= 0 ? `P${found + 1}` : edited.length === lines.length ? `P${index + 1}` : last
    renumber.set(p.id, id)
    last = id
  }
  const texts = new Map(
    after
      .filter((l) => !original.article.sections.some((s) => s.heading === l))
      .map((l, i) => [`P${i + 1}`, l])
  )
  const rewrite = (value: unknown): unknown => {
    if (typeof value === 'string') return /^P\d+$/.test(value) ? (renumber.get(value) ?? value) : value
    if (Array.isArray(value)) {
      const items = value.map(rewrite).filter((v) => {
        // A quotation of a paragraph (the timeline's paragraphId, the X-Ray's in) goes with its words.
        if (!v || typeof v !== 'object' || !('text' in v)) return true
        const at = 'paragraphId' in v ? v.paragraphId : 'in' in v ? v.in : undefined
        return at === undefined || texts.get(String(at))?.includes(String(v.text))
      })
      return items.every((v) => typeof v === 'string') ? [...new Set(items)] : items
    }
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rewrite(v)]))
    }
    return value
  }
  expect(paragraphsAfter).toBe(texts.size)
  for (const name of ['terms.json', 'cards.json', 'timeline.json', 'places.json', 'xray.json']) {
    const json = JSON.parse(await readFile(join(dir, name), 'utf8')) as unknown
    await writeFile(join(dir, name), JSON.stringify(rewrite(json)))
  }
  return loadContent(dir)
}

const lineStarting = (lines: string[], start: string): number => {
  const at = lines.findIndex((l) => l.startsWith(start))
  expect(at).toBeGreaterThanOrEqual(0)
  return at
}

const EDITS = {
  /** A new paragraph just before P20: every paragraph from there on is numbered one higher. */
  insert: (lines: string[]) => {
    const at = lineStarting(lines, P20_START)
    return [
      ...lines.slice(0, at),
      'An editor added this paragraph, which says something new.',
      ...lines.slice(at)
    ]
  },
  /** P8 and P20 deleted: every later paragraph is numbered lower. */
  delete: (lines: string[]) =>
    lines.filter((_, i) => i !== lineStarting(lines, P20_START) && i !== lineStarting(lines, P8)),
  /** Words changed inside P20, in and around a highlighted passage. */
  edit: (lines: string[]) =>
    lines.map((l) =>
      l.startsWith(P20_START) ? l.replace('inching ahead', 'inching forward').replace('little', 'scant') : l
    )
}

const paragraphIdOf = (content: Content, start: string): string | undefined =>
  content.article.sections.flatMap((s) => s.paragraphs).find((p) => p.text.startsWith(start))?.id

/** The user's work on the shipped article, made through the contract as the app makes it. */
async function userWork(dataDir: string, content: Content) {
  const clock = new TestClock()
  const store = await openStore({ dataDir, content, now: clock.now })
  const handlers = createHandlers(store, clock.now)
  const call = async (name: Parameters<typeof dispatch>[1], input: unknown): Promise<unknown> => {
    const result = await dispatch(handlers, name, input)
    if (!result.ok) throw new Error(`${name}: ${result.error.message}`)
    return result.value
  }
  const text = articleText(content.article).text
  const select = (quote: string, within: string): Selectors => {
    const at = text.indexOf(quote, text.indexOf(within))
    expect(at).toBeGreaterThanOrEqual(0)
    return describeRange(text, at, at + quote.length)
  }
  const highlight = async (quote: string, within: string) =>
    (await call('annotations:create', { color: 'yellow', selector: select(quote, within) })) as {
      id: string
      target: { selector: Selectors }
    }
  const p20 = paragraphIdOf(content, P20_START)!
  const made = {
    long: await highlight('Together with his forces inching ahead', P20_START),
    short: await highlight('in Ukraine', P20_START),
    shortest: await highlight('have a lo', P8),
    later: await highlight('closed-door assembly with European leaders', P22_START),
    card: (await call('cards:create', {
      card: {
        type: 'basic',
        front: 'Why would Putin not freeze the fighting?',
        back: 'His forces are advancing.'
      },
      sourceParagraphId: p20,
      quote: 'he has little incentive to freeze their motion'
    })) as OwnCard,
    laterCard: (await call('cards:create', {
      card: { type: 'basic', front: 'What did Trump call a ceasefire?', back: 'Pointless' },
      sourceParagraphId: paragraphIdOf(content, P22_START)!
    })) as OwnCard,
    section: content.article.sections.find((s) => s.paragraphs.some((p) => p.id === p20))!.id,
    event: content.timeline.events[0]!.id
  }
  await call('progress:save', { paragraphId: p20, fraction: 0.6 })
  await call('pagenotes:write', { target: made.section, note: 'The ceasefire section, in my words.' })
  await call('eventnotes:add', { eventId: made.event, note: 'Remember this one.' })
  await store.flush()
  return made
}

type Made = Awaited<ReturnType<typeof userWork>>

const reopen = (dataDir: string, content: Content): Promise<Store> => openStore({ dataDir, content })

/** Where a highlight now is, as the article now reads. */
function placed(store: Store, id: string): { orphaned: boolean; quote: string; selector: Selectors } {
  const a = store.data.annotations.find((x) => x.id === id)!
  const [, { start, end }] = a.target.selector
  return {
    orphaned: a.orphaned,
    quote: articleText(store.data.content.article).text.slice(start, end),
    selector: a.target.selector
  }
}

const ownCard = (store: Store, id: string): OwnCard => store.data.flashcards.own.find((c) => c.id === id)!
const paragraphText = (store: Store, id: string | undefined): string | undefined =>
  store.data.content.article.sections.flatMap((s) => s.paragraphs).find((p) => p.id === id)?.text

/** After a revert: everything exactly where the user made it. */
async function expectAsMade(store: Store, made: Made, original: Content): Promise<void> {
  for (const h of [made.long, made.short, made.shortest, made.later]) {
    const a = store.data.annotations.find((x) => x.id === h.id)!
    expect(a.orphaned).toBe(false)
    expect(a.target).toEqual({ selector: h.target.selector })
  }
  const p20 = paragraphIdOf(original, P20_START)
  expect(ownCard(store, made.card.id)).toEqual(made.card)
  expect(ownCard(store, made.laterCard.id)).toEqual(made.laterCard)
  expect(store.data.pageNotes.map((n) => n.target)).toEqual([made.section])
  expect(store.data.eventNotes.map((n) => n.eventId)).toEqual([made.event])
  expect(store.data.progress.paragraphId === p20 || store.data.progress.paragraphText === undefined).toBe(
    true
  )
}

describe('a paragraph inserted before the passages the user worked on', () => {
  it('moves highlights, own cards and the reading position with their words, and a revert puts them back', async () => {
    const original = await shipped()
    const dataDir = await tempDir()
    const made = await userWork(dataDir, original)
    const changed = await editedContent(EDITS.insert)
    expect(paragraphIdOf(changed, P20_START)).not.toBe(paragraphIdOf(original, P20_START))

    const after = await reopen(dataDir, changed)
    for (const [h, quote] of [
      [made.long, 'Together with his forces inching ahead'],
      [made.short, 'in Ukraine'],
      [made.shortest, 'have a lo'],
      [made.later, 'closed-door assembly with European leaders']
    ] as const) {
      expect(placed(after, h.id)).toMatchObject({ orphaned: false, quote })
    }
    expect(paragraphText(after, ownCard(after, made.card.id).sources[0])).toMatch(new RegExp(`^${P20_START}`))
    expect(paragraphText(after, ownCard(after, made.laterCard.id).sources[0])).toMatch(
      new RegExp(`^${P22_START}`)
    )
    expect(paragraphText(after, after.data.progress.paragraphId ?? undefined)).toMatch(
      new RegExp(`^${P20_START}`)
    )
    expect(after.data.pageNotes.map((n) => n.target)).toEqual([made.section])
    expect(after.data.eventNotes.map((n) => n.eventId)).toEqual([made.event])
    expect(after.data.notices.at(-1)?.message).toMatch(/2 own cards followed its passage/)

    await expectAsMade(await reopen(dataDir, original), made, original)
  })
})

describe('paragraphs deleted', () => {
  it('detaches what was on them, never placing it on other words, and a revert brings it all back', async () => {
    const original = await shipped()
    const dataDir = await tempDir()
    const made = await userWork(dataDir, original)
    const changed = await editedContent(EDITS.delete)

    const after = await reopen(dataDir, changed)
    // "have a lo" must not become "have no", nor "in Ukraine" jump to another paragraph.
    expect(placed(after, made.shortest.id).orphaned).toBe(true)
    expect(placed(after, made.short.id).orphaned).toBe(true)
    expect(placed(after, made.long.id).orphaned).toBe(true)
    expect(placed(after, made.later.id)).toMatchObject({
      orphaned: false,
      quote: 'closed-door assembly with European leaders'
    })
    // The orphans keep the quote the user highlighted.
    expect(after.data.annotations.find((a) => a.id === made.shortest.id)!.target.selector[0].exact).toBe(
      'have a lo'
    )

    const card = ownCard(after, made.card.id)
    expect(card).toMatchObject({
      sources: [],
      section: null,
      sourceText: original.article.sections
        .flatMap((s) => s.paragraphs)
        .find((p) => p.text.startsWith(P20_START))!.text
    })
    // The card itself is untouched: only its link to the article is gone.
    expect({
      ...card,
      sources: made.card.sources,
      section: made.card.section,
      sourceText: undefined
    }).toEqual({
      ...made.card,
      sourceText: undefined
    })
    expect(paragraphText(after, ownCard(after, made.laterCard.id).sources[0])).toMatch(
      new RegExp(`^${P22_START}`)
    )
    // The reading position goes to where the reader was heading: the paragraph after the deleted one.
    expect(paragraphText(after, after.data.progress.paragraphId ?? undefined)).toMatch(
      /^Forward of his assembly/
    )
    expect(after.data.notices.at(-1)?.message).toMatch(
      /3 highlights could not be placed.*1 own card lost its passage/
    )

    await expectAsMade(await reopen(dataDir, original), made, original)
  })
})

describe('words changed in a paragraph', () => {
  it('keeps everything on the edited paragraph, and a revert restores the highlight exactly', async () => {
    const original = await shipped()
    const dataDir = await tempDir()
    const made = await userWork(dataDir, original)
    const changed = await editedContent(EDITS.edit)

    const after = await reopen(dataDir, changed)
    expect(placed(after, made.long.id)).toMatchObject({
      orphaned: false,
      quote: 'Together with his forces inching forward'
    })
    expect(placed(after, made.short.id)).toMatchObject({ orphaned: false, quote: 'in Ukraine' })
    expect(ownCard(after, made.card.id).sources).toEqual(made.card.sources)
    expect(after.data.progress.paragraphId).toBe(paragraphIdOf(original, P20_START))

    await expectAsMade(await reopen(dataDir, original), made, original)
  })
})
