import { describe, expect, it } from 'vitest'
import type { Annotation } from './annotation-schemas'
import { compareArticleOrder, inArticleOrder } from './highlight-order'

const highlight = (
  id: string,
  start: number,
  end: number,
  created: string,
  orphaned = false
): Annotation => ({
  id,
  created,
  updated: created,
  color: 'yellow',
  note: '',
  tags: [],
  target: {
    selector: [
      { type: 'TextQuoteSelector', exact: 'x'.repeat(end - start), prefix: '', suffix: '' },
      { type: 'TextPositionSelector', start, end }
    ]
  },
  orphaned
})

describe('article order', () => {
  const early = '2025-08-18T10:00:00.000Z'
  const late = '2025-08-19T10:00:00.000Z'
  const list = [
    highlight('d', 50, 60, early),
    highlight('c', 10, 30, early),
    highlight('b2', 10, 20, late),
    highlight('b1', 10, 20, late),
    highlight('a', 10, 20, early),
    highlight('z', 0, 5, early, true)
  ]

  it('goes by start, then end, then age, then id, and leaves orphans out', () => {
    expect(inArticleOrder(list).map((a) => a.id)).toEqual(['a', 'b1', 'b2', 'c', 'd'])
  })

  it('gives one order whatever order the highlights come in', () => {
    const reversed = [...list].reverse().filter((a) => !a.orphaned)
    expect(reversed.sort(compareArticleOrder)).toEqual(inArticleOrder(list))
  })
})
