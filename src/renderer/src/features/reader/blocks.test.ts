import { describe, expect, it } from 'vitest'
import type { Article } from '@shared/schemas'
import { articleBlocks, contentsEntries, readingMinutes } from './blocks'

const article: Article = {
  title: 'Title',
  shortTitle: 'Short',
  source: { publisher: 'Associated Press', published: '19–20 August 2025' },
  credit: { id: 'P4', text: 'Related Press writers contributed.' },
  sections: [
    { id: 'opening', heading: null, paragraphs: [{ id: 'P1', text: 'One.' }] },
    {
      id: 'ceasefire',
      heading: 'Agreeing on a ceasefire',
      paragraphs: [
        { id: 'P2', text: 'Two.' },
        { id: 'P3', text: 'Three.' }
      ]
    }
  ],
  terms: []
}

describe('articleBlocks', () => {
  it('lists headings, paragraphs and the credit in reading order, skipping the untitled opening', () => {
    expect(articleBlocks(article).map((b) => [b.kind, b.id, b.sectionId, b.text])).toEqual([
      ['paragraph', 'P1', 'opening', 'One.'],
      ['heading', 'ceasefire', 'ceasefire', 'Agreeing on a ceasefire'],
      ['paragraph', 'P2', 'ceasefire', 'Two.'],
      ['paragraph', 'P3', 'ceasefire', 'Three.'],
      ['credit', 'P4', 'ceasefire', 'Related Press writers contributed.']
    ])
  })
})

describe('readingMinutes', () => {
  it('rounds words over reading speed, and is at least a minute', () => {
    expect(readingMinutes(articleBlocks(article))).toBe(1)
    const long = [{ id: 'P1', kind: 'paragraph' as const, sectionId: 's', text: 'word '.repeat(1150) }]
    expect(readingMinutes(long)).toBe(5)
  })
})

describe('contentsEntries', () => {
  it('lists the opening (landing on the title) and each section by its heading', () => {
    expect(contentsEntries(article)).toEqual([
      { sectionId: 'opening', label: 'Opening', targetId: 'article-title' },
      { sectionId: 'ceasefire', label: 'Agreeing on a ceasefire', targetId: 'ceasefire' }
    ])
  })
})
