import { describe, expect, it } from 'vitest'
import type { Annotation } from '@shared/annotation-schemas'
import { DEFAULT_COLOR_NAMES } from '@shared/limits'
import { inArticleOrder } from '@shared/highlight-order'
import { highlightLabel, lineBoxes, stepHighlight } from './highlight-order'

function highlight(id: string, start: number, end: number, extra: Partial<Annotation> = {}): Annotation {
  return {
    id,
    created: '2025-08-18T10:00:00.000Z',
    updated: '2025-08-18T10:00:00.000Z',
    color: 'yellow',
    note: '',
    tags: [],
    orphaned: false,
    target: {
      selector: [
        { type: 'TextQuoteSelector', exact: 'x'.repeat(end - start), prefix: '', suffix: '' },
        { type: 'TextPositionSelector', start, end }
      ]
    },
    ...extra
  }
}

describe('moving between highlights with [ and ]', () => {
  const list = [
    highlight('c', 50, 60),
    highlight('a', 10, 30),
    highlight('gone', 5, 8, { orphaned: true }),
    highlight('b', 10, 20),
    highlight('d', 50, 60)
  ]
  const ordered = inArticleOrder(list)

  it('goes in article order, shorter first at one start, and skips orphans (they have no place)', () => {
    expect(ordered.map((a) => a.id)).toEqual(['b', 'a', 'c', 'd'])
  })

  it('steps from the highlight being visited, including between highlights at the same place', () => {
    expect(stepHighlight(ordered, { id: 'b' }, 1)?.id).toBe('a')
    expect(stepHighlight(ordered, { id: 'c' }, 1)?.id).toBe('d')
    expect(stepHighlight(ordered, { id: 'd' }, -1)?.id).toBe('c')
    expect(stepHighlight(ordered, { id: 'd' }, 1)).toBeNull()
    expect(stepHighlight(ordered, { id: 'b' }, -1)).toBeNull()
  })

  it('steps from a caret: the first highlight starting at or after it, or the last before it', () => {
    expect(stepHighlight(ordered, { offset: 0 }, 1)?.id).toBe('b')
    expect(stepHighlight(ordered, { offset: 10 }, 1)?.id).toBe('b')
    expect(stepHighlight(ordered, { offset: 11 }, 1)?.id).toBe('c')
    expect(stepHighlight(ordered, { offset: 50 }, -1)?.id).toBe('a')
    expect(stepHighlight(ordered, { offset: 10 }, -1)).toBeNull()
    expect(stepHighlight(ordered, { offset: 61 }, 1)).toBeNull()
  })
})

describe('the ring around a visited highlight', () => {
  it('joins the pieces of one line and keeps lines apart, dropping empty rects', () => {
    const boxes = lineBoxes([
      { top: 100, left: 300, width: 50, height: 22 },
      { top: 101, left: 350, width: 40, height: 20 },
      { top: 100, left: 390, width: 0, height: 22 },
      { top: 133, left: 100, width: 80, height: 22 }
    ])
    expect(boxes).toEqual([
      { top: 100, left: 300, width: 90, height: 22 },
      { top: 133, left: 100, width: 80, height: 22 }
    ])
  })

  it('is named by the colour’s name and how the quote starts', () => {
    const long = highlight('a', 0, 10)
    long.target.selector[0].exact =
      'European leaders   joined the discussions in a present of transatlantic unity'
    expect(highlightLabel(long, { ...DEFAULT_COLOR_NAMES, yellow: 'Key point' }, 30)).toBe(
      'Key point highlight: “European leaders joined the…”'
    )
    expect(highlightLabel({ ...long, note: 'why?' }, DEFAULT_COLOR_NAMES, 200)).toBe(
      `${DEFAULT_COLOR_NAMES.yellow} highlight, with a note: “European leaders joined the discussions in a present of transatlantic unity”`
    )
  })

  it('says which tags a highlight has, with or without a note', () => {
    const tagged = highlight('a', 0, 10, { tags: ['europe', 'war'] })
    tagged.target.selector[0].exact = 'European leaders joined'
    expect(highlightLabel(tagged, { ...DEFAULT_COLOR_NAMES, yellow: 'Key point' })).toBe(
      'Key point highlight, tagged #europe #war: “European leaders joined”'
    )
    expect(
      highlightLabel({ ...tagged, note: ' why? ' }, { ...DEFAULT_COLOR_NAMES, yellow: 'Key point' })
    ).toBe('Key point highlight, with a note, tagged #europe #war: “European leaders joined”')
    expect(highlightLabel({ ...tagged, tags: [], note: '  \n ' }, DEFAULT_COLOR_NAMES)).toBe(
      `${DEFAULT_COLOR_NAMES.yellow} highlight: “European leaders joined”`
    )
  })
})
