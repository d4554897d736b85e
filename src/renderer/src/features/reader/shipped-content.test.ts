import { describe, expect, it } from 'vitest'
import type { Term } from '@shared/schemas'
import articleText from '../../../../../resources/content/article.txt?raw'
import meta from '../../../../../resources/content/article.json'
import shippedTerms from '../../../../../resources/content/terms.json'
import { parseArticle } from '../../../../main/content/parse-article'
import { articleBlocks } from './blocks'
import { findMatches } from './find'
import { termRangesByBlock } from './terms'

// The reader's marking must fit the article as shipped, not just the examples in the other tests.
const terms = shippedTerms as Term[]
const blocks = articleBlocks(parseArticle(articleText, meta, terms))
const marked = termRangesByBlock(blocks, terms)

describe('standard terms in the shipped article', () => {
  it('marks every term somewhere it applies', () => {
    const used = new Set([...marked.values()].flat().map((range) => range.term))
    const unused = terms.filter((_, index) => !used.has(index)).map((term) => term.phrase)
    expect(unused).toEqual([])
  })

  it('marks the FACTS.md examples with their standard wording', () => {
    const at = (blockId: string): string[] => {
      const block = blocks.find((b) => b.id === blockId)
      return (marked.get(blockId) ?? []).map(
        (r) => `${block?.text.slice(r.start, r.end)} → ${(terms[r.term] as Term).standard}`
      )
    }
    expect(at('P1')).toContain('Oval Workplace → Oval Office')
    expect(at('putin-zelenskyy-meeting')).toEqual(['assembly → meeting'])
    expect(at('P34')).toEqual(['Related Press → Associated Press'])
  })
})

describe('find in the shipped article', () => {
  it('counts matches across headings, paragraphs and the credit', () => {
    expect(findMatches(blocks, 'oval workplace')).toHaveLength(2)
    expect(findMatches(blocks, 'related press')).toEqual([{ blockId: 'P34', start: 0, end: 13 }])
  })
})
