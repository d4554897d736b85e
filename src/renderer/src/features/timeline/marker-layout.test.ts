/** Events whose markers would overlap share one, which parts as you zoom; labels stack, never overlap. */
import { describe, expect, it } from 'vitest'
import {
  estimateLabelWidth,
  groupCaption,
  groupMarkers,
  labelLeft,
  stackLabels,
  wrapItems
} from './marker-layout'

describe('grouping markers', () => {
  it('keeps events apart that are far enough apart', () => {
    const groups = groupMarkers(
      [
        { id: 'a', x: 0 },
        { id: 'b', x: 30 },
        { id: 'c', x: 60 }
      ],
      24
    )

    expect(groups.map((g) => g.ids)).toEqual([['a'], ['b'], ['c']])
  })

  it('groups close events, chaining a run of neighbours, and centres the group marker', () => {
    const groups = groupMarkers(
      [
        { id: 'a', x: 100 },
        { id: 'b', x: 110 },
        { id: 'c', x: 125 },
        { id: 'd', x: 300 }
      ],
      24
    )

    expect(groups).toEqual([
      { ids: ['a', 'b', 'c'], x: 112.5, from: 100, to: 125 },
      { ids: ['d'], x: 300, from: 300, to: 300 }
    ])
  })

  it('opens a group up when the same events are drawn further apart (zoomed in)', () => {
    const at = (scale: number) =>
      groupMarkers(
        [
          { id: 'oval', x: 100 * scale },
          { id: 'east-room', x: 101 * scale },
          { id: 'call', x: 103 * scale }
        ],
        24
      ).length

    expect(at(1)).toBe(1)
    expect(at(20)).toBe(2)
    expect(at(40)).toBe(3)
  })
})

describe('stacking labels in rows', () => {
  it('puts each label in the lowest row where it clears the labels already there', () => {
    const rows = stackLabels([
      { left: 10, width: 80, lines: 1 },
      { left: 60, width: 80, lines: 1 },
      { left: 95, width: 80, lines: 1 },
      { left: 400, width: 80, lines: 1 }
    ])

    expect(rows).toEqual([0, 1, 2, 0])
  })

  it('never leaves a label out, however many collide: the rows grow instead', () => {
    const rows = stackLabels(Array.from({ length: 12 }, (_, i) => ({ left: i, width: 100, lines: 1 })))

    expect(rows).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11])
  })

  it('gives a label of several lines rows free for all its lines, and drops a later one back to row 0', () => {
    const rows = stackLabels([
      { left: 0, width: 100, lines: 1 },
      { left: 50, width: 100, lines: 3 },
      { left: 120, width: 50, lines: 1 },
      { left: 300, width: 50, lines: 2 }
    ])

    // The three-line label cannot start on row 0 (taken where it starts), so it takes rows 1–3; the
    // third clears the first (which ends at 100) by the 8 px gap, so row 0 is free for it.
    expect(rows).toEqual([0, 1, 0, 0])
  })

  it('stacks in the order of the labels’ left edges, whatever order they come in', () => {
    expect(
      stackLabels([
        { left: 60, width: 80, lines: 1 },
        { left: 10, width: 80, lines: 1 }
      ])
    ).toEqual([1, 0])
  })

  it('keeps a label wholly inside the plot at either edge, and leaves one in the middle centred', () => {
    expect(labelLeft(10, 100, 800)).toBe(0)
    expect(labelLeft(790, 100, 800)).toBe(700)
    expect(labelLeft(400, 100, 800)).toBe(350)
    expect(labelLeft(5, 1000, 800)).toBe(0)
  })

  it('estimates a label’s width from its length', () => {
    expect(estimateLabelWidth('Alaska summit')).toBe(13 * 7 + 12)
  })
})

describe('wrapping a group’s titles', () => {
  const measure = (text: string): number => text.length * 10

  it('fills each line as far as it goes, keeping every title whole and in order', () => {
    expect(wrapItems(['Oval Office', 'East Room', 'call', 'Rutte on Fox'], 260, measure)).toEqual([
      ['Oval Office', 'East Room'],
      ['call', 'Rutte on Fox']
    ])
  })

  it('puts a title longer than a line on a line of its own', () => {
    expect(wrapItems(['a', 'a very long title indeed', 'b'], 100, measure)).toEqual([
      ['a'],
      ['a very long title indeed'],
      ['b']
    ])
  })
})

describe('group captions', () => {
  it('give the span of the group’s dates and its size', () => {
    expect(groupCaption(['2025-08-18', '2025-08-18', '2025-08-18', '2025-08-18'])).toBe('18 Aug · 4 events')
    expect(groupCaption(['2025-03-02', '2025-02-28'])).toBe('28 Feb – 2 Mar · 2 events')
    expect(groupCaption(['2014-03-18', '2022-02-24'])).toBe('Mar 2014 – Feb 2022 · 2 events')
  })
})
