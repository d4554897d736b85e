import { describe, expect, it } from 'vitest'
import { segmentBlocks, segmentText, type Run } from './segments'

/** The runs of every stretch, in order: what the tests of plain and term runs look at. */
const cut = (...args: Parameters<typeof segmentText>): Run[] => segmentText(...args).flatMap((s) => s.runs)

const joined = (runs: Run[]): string => runs.flatMap((r) => r.pieces.map((p) => p.text)).join('')

describe('segmentText', () => {
  const text = 'The second Oval Workplace assembly went off'

  it('gives one plain run when nothing is marked', () => {
    expect(cut(text, [], [])).toEqual([{ start: 0, term: null, pieces: [{ text, start: 0, match: null }] }])
  })

  it('gives each term phrase its own run, keeping the text exactly', () => {
    const runs = cut(
      text,
      [
        { start: 11, end: 25, term: 0 },
        { start: 26, end: 34, term: 1 }
      ],
      []
    )
    expect(runs.map((r) => [r.term, r.pieces.map((p) => p.text).join('')])).toEqual([
      [null, 'The second '],
      [0, 'Oval Workplace'],
      [null, ' '],
      [1, 'assembly'],
      [null, ' went off']
    ])
    expect(joined(runs)).toBe(text)
  })

  it('splits a find match that crosses the edge of a term into pieces with the same index', () => {
    const runs = cut(text, [{ start: 11, end: 25, term: 0 }], [{ start: 4, end: 15, index: 7 }])
    expect(runs.map((r) => [r.term, r.pieces.map((p) => [p.text, p.match])])).toEqual([
      [
        null,
        [
          ['The ', null],
          ['second ', 7]
        ]
      ],
      [
        0,
        [
          ['Oval', 7],
          [' Workplace', null]
        ]
      ],
      [null, [[' assembly went off', null]]]
    ])
    expect(joined(runs)).toBe(text)
  })

  it('keeps adjacent matches apart', () => {
    const runs = cut(
      'aaaa',
      [],
      [
        { start: 0, end: 2, index: 0 },
        { start: 2, end: 4, index: 1 }
      ]
    )
    expect(runs[0]?.pieces.map((p) => [p.text, p.match])).toEqual([
      ['aa', 0],
      ['aa', 1]
    ])
  })
  it('nests the terms inside a marked quote, which becomes its own stretch', () => {
    const quoted = 'Merz stated “However my hopes” then'
    const stretches = segmentText(
      quoted,
      [
        { start: 5, end: 11, term: 0 },
        { start: 12, end: 30, term: 1, quote: true },
        { start: 13, end: 20, term: 2 }
      ],
      [{ start: 18, end: 23, index: 3 }]
    )
    expect(
      stretches.map((s) => [s.quote, s.runs.map((r) => [r.term, r.pieces.map((p) => [p.text, p.match])])])
    ).toEqual([
      [
        null,
        [
          [null, [['Merz ', null]]],
          [0, [['stated', null]]],
          [null, [[' ', null]]]
        ]
      ],
      [
        1,
        [
          [null, [['“', null]]],
          [
            2,
            [
              ['Howev', null],
              ['er', 3]
            ]
          ],
          [
            null,
            [
              [' my', 3],
              [' hopes”', null]
            ]
          ]
        ]
      ],
      [null, [[null, [[' then', null]]]]]
    ])
    expect(stretches.flatMap((s) => s.runs.flatMap((r) => r.pieces.map((p) => p.text))).join('')).toBe(quoted)
  })
})

describe('segmentBlocks', () => {
  const blocks = [{ id: 'P1', text: 'Oval Workplace' }]
  const terms = new Map([['P1', [{ start: 0, end: 14, term: 0 }]]])

  it('marks terms only when they are shown, and find matches always', () => {
    expect(segmentBlocks(blocks, terms, new Map()).get('P1')?.[0]?.runs[0]?.term).toBe(0)
    const hidden = segmentBlocks(blocks, null, new Map([['P1', [{ start: 0, end: 4, index: 0 }]]]))
    expect(hidden.get('P1')).toEqual([
      {
        start: 0,
        quote: null,
        runs: [
          {
            start: 0,
            term: null,
            pieces: [
              { text: 'Oval', start: 0, match: 0 },
              { text: ' Workplace', start: 4, match: null }
            ]
          }
        ]
      }
    ])
  })
})
