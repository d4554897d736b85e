import { describe, expect, it } from 'vitest'
import { describeRange } from '@shared/anchoring/anchor'
import type { ArticleText } from '@shared/anchoring/article-text'
import type { Annotation } from '@shared/annotation-schemas'
import { countsOf, matchesFilter, noteItems, NO_FILTER, sortItems, splitMatches } from './notes-filter'

const TEXT: ArticleText = {
  text: 'Heading\n\nFirst paragraph here.\n\nSecond paragraph there.',
  blocks: [
    { id: 'intro', sectionId: 'intro', kind: 'heading', start: 0, end: 7 },
    { id: 'P1', sectionId: 'intro', kind: 'paragraph', start: 9, end: 30 },
    { id: 'P2', sectionId: 'intro', kind: 'paragraph', start: 32, end: 55 }
  ]
}

const make = (id: string, quote: string, extra: Partial<Annotation> = {}): Annotation => {
  const at = TEXT.text.indexOf(quote)
  return {
    id,
    created: `2025-08-2${id.length}T00:00:00.000Z`,
    updated: '2025-08-20T00:00:00.000Z',
    color: 'yellow',
    note: '',
    tags: [],
    target: { selector: describeRange(TEXT.text, at, at + quote.length) },
    orphaned: false,
    ...extra
  }
}

describe('Notes view logic', () => {
  const second = make('b', 'Second', { color: 'pink', tags: ['Tone'], note: 'Why *this*?' })
  const span = make('aaa', 'here.\n\nSecond', { tags: ['tone', 'big'] })
  const items = noteItems([second, span], TEXT)

  it('refers to passages by paragraph, across paragraphs too', () => {
    expect(items.map((i) => i.reference)).toEqual(['P2', 'P1–P2'])
  })

  it('sorts in article order or newest first', () => {
    expect(sortItems(items, 'article').map((i) => i.annotation.id)).toEqual(['aaa', 'b'])
    expect(sortItems(items, 'newest').map((i) => i.annotation.id)).toEqual(['aaa', 'b'])
    expect(sortItems(items, 'newest').map((i) => i.annotation.created)).toEqual([
      '2025-08-23T00:00:00.000Z',
      '2025-08-21T00:00:00.000Z'
    ])
  })

  it('filters by colour, tag (any case), section and text in quote, note or tags', () => {
    const ids = (filter: Partial<typeof NO_FILTER>) =>
      items.filter((i) => matchesFilter(i, { ...NO_FILTER, ...filter })).map((i) => i.annotation.id)
    expect(ids({ color: 'pink' })).toEqual(['b'])
    expect(ids({ tag: 'TONE' })).toEqual(['b', 'aaa'])
    expect(ids({ tag: 'big' })).toEqual(['aaa'])
    expect(ids({ sectionId: 'other' })).toEqual([])
    expect(ids({ query: 'why' })).toEqual(['b'])
    expect(ids({ query: 'HERE' })).toEqual(['aaa'])
  })

  it('counts colours and tags', () => {
    const counts = countsOf([second, span])
    expect(counts.colors).toMatchObject({ yellow: 1, pink: 1, green: 0 })
    expect(counts.tags).toEqual([
      { tag: 'Tone', count: 2 },
      { tag: 'big', count: 1 }
    ])
  })

  it('marks every match of the query', () => {
    expect(splitMatches('Tone and tone', 'TONE')).toEqual([
      { text: 'Tone', match: true },
      { text: ' and ', match: false },
      { text: 'tone', match: true }
    ])
  })
})
