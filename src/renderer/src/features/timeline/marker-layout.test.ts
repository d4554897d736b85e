/** Events too close to tell apart share a marker, which parts as you zoom; labels never overlap. */
import { describe, expect, it } from 'vitest'
import { assignLanes, estimateLabelWidth, groupCaption, groupMarkers, labelShift } from './marker-layout'

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

describe('label lanes', () => {
  it('puts each label in the lowest lane where it clears the one before', () => {
    const placed = assignLanes(
      [
        { x: 50, width: 80 },
        { x: 100, width: 80 },
        { x: 150, width: 80 },
        { x: 400, width: 80 }
      ],
      2
    )

    expect(placed.map((p) => p.lane)).toEqual([0, 1, 0, 0])
  })

  it('leaves a label out (null) when every lane is taken', () => {
    const placed = assignLanes(
      [
        { x: 50, width: 100 },
        { x: 60, width: 100 },
        { x: 70, width: 100 }
      ],
      2
    )

    expect(placed.map((p) => p.lane)).toEqual([0, 1, null])
  })

  it('moves a label at either edge inside the plot, and leaves one in the middle alone', () => {
    expect(labelShift(10, 100, 800)).toBe(40)
    expect(labelShift(790, 100, 800)).toBe(-40)
    expect(labelShift(400, 100, 800)).toBe(0)
  })

  it('estimates a label’s width from its length', () => {
    expect(estimateLabelWidth('Alaska summit')).toBe(13 * 7 + 12)
  })
})

describe('group captions', () => {
  it('give the span of the group’s dates and its size', () => {
    expect(groupCaption(['2025-08-18', '2025-08-18', '2025-08-18', '2025-08-18'])).toBe('18 Aug · 4 events')
    expect(groupCaption(['2025-03-02', '2025-02-28'])).toBe('28 Feb – 2 Mar · 2 events')
    expect(groupCaption(['2014-03-18', '2022-02-24'])).toBe('Mar 2014 – Feb 2022 · 2 events')
  })
})
