/** How article.txt becomes sections and numbered paragraphs, and the mistakes in the content files it refuses. */
import { describe, expect, it } from 'vitest'
import type { Term } from '@shared/schemas'
import { parseArticle, type ArticleMeta } from './parse-article'

const meta: ArticleMeta = {
  title: 'A title',
  shortTitle: 'Short',
  source: { publisher: 'Associated Press', published: '19 August 2025' },
  opening: { id: 'opening' },
  sections: [
    { id: 'first', heading: 'First heading' },
    { id: 'second', heading: 'Second heading' }
  ]
}

const text = [
  'Opening one.',
  '',
  'Opening two.',
  'First heading',
  'First body.',
  '',
  'Second heading',
  '  Second body, indented as written.',
  'The credit line.'
].join('\n')

describe('parseArticle', () => {
  it('splits the text into the opening, the titled sections and the credit, numbering paragraphs in order', () => {
    const article = parseArticle(text, meta, [])

    expect(article.sections).toEqual([
      {
        id: 'opening',
        heading: null,
        paragraphs: [
          { id: 'P1', text: 'Opening one.' },
          { id: 'P2', text: 'Opening two.' }
        ]
      },
      { id: 'first', heading: 'First heading', paragraphs: [{ id: 'P3', text: 'First body.' }] },
      {
        id: 'second',
        heading: 'Second heading',
        paragraphs: [{ id: 'P4', text: '  Second body, indented as written.' }]
      }
    ])
    expect(article.credit).toEqual({ id: 'P5', text: 'The credit line.' })
    expect(article.title).toBe('A title')
  })

  it('reads a file with Windows line endings exactly as one with Unix line endings', () => {
    expect(parseArticle(text.replaceAll('\n', '\r\n'), meta, [])).toEqual(parseArticle(text, meta, []))
  })

  it('refuses a text missing a declared heading, naming it', () => {
    const withoutSecond = text.replace('Second heading\n', '')

    expect(() => parseArticle(withoutSecond, meta, [])).toThrow(/"Second heading"/)
  })

  it('refuses headings declared in a different order from the text', () => {
    const swapped: ArticleMeta = { ...meta, sections: [meta.sections[1]!, meta.sections[0]!] }

    expect(() => parseArticle(text, swapped, [])).toThrow(/"First heading"/)
  })

  it('refuses a section with no paragraphs', () => {
    const emptyFirst = text.replace('First body.\n', '')

    expect(() => parseArticle(emptyFirst, meta, [])).toThrow(/section "first".*no paragraphs/)
  })

  it('refuses a term that names a paragraph or a section the article does not have', () => {
    const unknownParagraph: Term = { phrase: 'body', standard: 'text', in: ['P3', 'P99'] }
    const unknownSection: Term = { phrase: 'heading', standard: 'title', in: ['third'] }

    expect(() => parseArticle(text, meta, [unknownParagraph])).toThrow(/"body" names "P99"/)
    expect(() => parseArticle(text, meta, [unknownSection])).toThrow(/"heading" names "third"/)
  })

  it('accepts terms placed in paragraphs, the credit, section headings, or nowhere in particular', () => {
    const terms: Term[] = [
      { phrase: 'body', standard: 'text', in: ['P3', 'P4'] },
      { phrase: 'credit', standard: 'byline', in: ['P5'] },
      { phrase: 'First', standard: 'Initial', in: ['first'] },
      { phrase: 'Opening', standard: 'Start' }
    ]

    expect(parseArticle(text, meta, terms).terms).toEqual(terms)
  })
})
