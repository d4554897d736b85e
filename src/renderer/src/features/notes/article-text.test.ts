import { describe, expect, it } from 'vitest'
import { articleText, blockAt, paragraphReference } from '@shared/anchoring/article-text'
import type { Term } from '@shared/schemas'
import text from '../../../../../resources/content/article.txt?raw'
import meta from '../../../../../resources/content/article.json'
import shippedTerms from '../../../../../resources/content/terms.json'
import { parseArticle } from '../../../../main/content/parse-article'
import { articleBlocks } from '../reader/blocks'

// Highlights are anchored in the article text and drawn over the reader's blocks: the two must agree.
const article = parseArticle(text, meta, shippedTerms as Term[])
const anchored = articleText(article)

describe('the article text annotations are anchored in', () => {
  it('holds exactly the reader’s blocks, in order, with their offsets', () => {
    const blocks = articleBlocks(article)
    expect(anchored.blocks.map((b) => [b.id, b.kind])).toEqual(blocks.map((b) => [b.id, b.kind]))
    for (const [i, block] of anchored.blocks.entries()) {
      expect(anchored.text.slice(block.start, block.end)).toBe(blocks[i]!.text)
    }
  })

  it('finds the block at an offset, and refers to passages by paragraph', () => {
    const p2 = anchored.blocks.find((b) => b.id === 'P2')!
    const p3 = anchored.blocks.find((b) => b.id === 'P3')!
    expect(blockAt(anchored.blocks, p2.start)?.id).toBe('P2')
    expect(blockAt(anchored.blocks, p2.end + 1)?.id).toBe('P3')
    expect(paragraphReference(anchored.blocks, p2.start + 3, p2.end - 3)).toBe('P2')
    expect(paragraphReference(anchored.blocks, p2.end - 5, p3.start + 5)).toBe('P2–P3')
    const heading = anchored.blocks.find((b) => b.kind === 'heading')!
    const after = anchored.blocks[anchored.blocks.indexOf(heading) + 1]!
    expect(paragraphReference(anchored.blocks, heading.start, heading.end)).toBe(after.id)
  })
})
