import { describe, expect, it } from 'vitest'
import type { Annotation } from './annotation-schemas'
import { highlightSpans } from './highlight-spans'

const at = '2025-08-20T00:00:00.000Z'
const annotation = (id: string, start: number, end: number, orphaned = false): Annotation => ({
  id,
  created: at,
  updated: at,
  color: id === 'a' ? 'yellow' : 'blue',
  note: 'a note the spans leave out',
  tags: ['kept in the list'],
  target: {
    selector: [
      { type: 'TextQuoteSelector', exact: 'x'.repeat(end - start), prefix: '', suffix: '' },
      { type: 'TextPositionSelector', start, end }
    ]
  },
  orphaned
})

describe('highlight spans', () => {
  it('give each placed highlight its place and colour, and nothing else', () => {
    expect(highlightSpans([annotation('a', 3, 9), annotation('b', 20, 31)])).toEqual([
      [3, 9, 'yellow'],
      [20, 31, 'blue']
    ])
  })

  it('leave out orphans, which have no place to be drawn', () => {
    expect(highlightSpans([annotation('a', 3, 9, true), annotation('b', 20, 31)])).toEqual([[20, 31, 'blue']])
  })
})
