import { describe, expect, it } from 'vitest'
import { markKey, segmentBlocks, segmentText, type Segment } from './segments'

/** The text of segments joined in order: must be the block's own text. */
const joined = (segments: readonly Segment[]): string =>
  segments.map((s) => (s.kind === 'text' ? s.text : joined(s.children))).join('')

/**
 * The segments drawn as a string: a mark as `[kinds:…]` (t0 a term, q1 a quote, n:id a name), a
 * find match as `{index:…}`, so a test reads as the markup would.
 */
const drawn = (segments: readonly Segment[]): string =>
  segments
    .map((s) => {
      if (s.kind === 'text') return s.match === null ? s.text : `{${s.match}:${s.text}}`
      const kinds = [
        ...(s.term === null ? [] : [`${s.quote ? 'q' : 't'}${s.term}`]),
        ...(s.name === null ? [] : [`n:${s.name}`])
      ]
      return `[${kinds.join(' ')}:${drawn(s.children)}]`
    })
    .join('')

describe('segmentText', () => {
  const text = 'The second Oval Workplace assembly went off'

  it('gives one plain piece when nothing is marked', () => {
    expect(segmentText(text, {})).toEqual([{ kind: 'text', text, start: 0, match: null }])
  })

  it('gives each term phrase its own mark, keeping the text exactly', () => {
    const segments = segmentText(text, {
      terms: [
        { start: 11, end: 25, term: 0 },
        { start: 26, end: 34, term: 1 }
      ]
    })
    expect(drawn(segments)).toBe('The second [t0:Oval Workplace] [t1:assembly] went off')
    expect(joined(segments)).toBe(text)
  })

  it('splits a find match that crosses the edge of a term into pieces with the same index', () => {
    const segments = segmentText(text, {
      terms: [{ start: 11, end: 25, term: 0 }],
      matches: [{ start: 4, end: 15, index: 7 }]
    })
    expect(drawn(segments)).toBe('The {7:second }[t0:{7:Oval} Workplace] assembly went off')
    expect(joined(segments)).toBe(text)
  })

  it('keeps adjacent matches apart', () => {
    const segments = segmentText('aaaa', {
      matches: [
        { start: 0, end: 2, index: 0 },
        { start: 2, end: 4, index: 1 }
      ]
    })
    expect(drawn(segments)).toBe('{0:aa}{1:aa}')
  })

  it('nests the terms inside a marked quote', () => {
    const quoted = 'Merz stated “However my hopes” then'
    const segments = segmentText(quoted, {
      terms: [
        { start: 5, end: 11, term: 0 },
        { start: 12, end: 30, term: 1, quote: true },
        { start: 13, end: 20, term: 2 }
      ],
      matches: [{ start: 18, end: 23, index: 3 }]
    })
    expect(drawn(segments)).toBe('Merz [t0:stated] [q1:“[t2:Howev{3:er}]{3: my} hopes”] then')
    expect(joined(segments)).toBe(quoted)
  })
})

describe('segmentText with names', () => {
  // P7 as shipped: a person's title and name, a paraphrased title inside it, an organisation inside that.
  const p7 = 'advised NATO Secretary-Normal Mark Rutte on Fox'
  const rutte = { start: 8, end: 40, entry: 'rutte' }
  const nato = { start: 8, end: 12, entry: 'nato' }
  const title = { start: 8, end: 29, term: 4 }

  it('marks a name, and a name inside another name, each once', () => {
    expect(drawn(segmentText(p7, { names: [nato, rutte] }))).toBe(
      'advised [n:rutte:[n:nato:NATO] Secretary-Normal Mark Rutte] on Fox'
    )
  })

  it('nests a term inside a name and a name inside that term, the text unchanged', () => {
    const segments = segmentText(p7, { terms: [title], names: [rutte, nato] })
    expect(drawn(segments)).toBe('advised [n:rutte:[t4:[n:nato:NATO] Secretary-Normal] Mark Rutte] on Fox')
    expect(joined(segments)).toBe(p7)
  })

  it('puts a name on exactly a term’s words into that term’s mark: one element, one tab stop', () => {
    const segments = segmentText('the Oval Workplace today', {
      terms: [{ start: 4, end: 18, term: 0 }],
      names: [{ start: 4, end: 18, entry: 'oval-office' }]
    })
    expect(drawn(segments)).toBe('the [t0 n:oval-office:Oval Workplace] today')
  })

  it('nests a name inside a quote and inside a longer term', () => {
    const said = '“Trump is here,” the Russian chief final week'
    const segments = segmentText(said, {
      terms: [
        { start: 0, end: 16, term: 1, quote: true },
        { start: 17, end: 45, term: 2 }
      ],
      names: [
        { start: 1, end: 6, entry: 'trump' },
        { start: 17, end: 34, entry: 'putin' }
      ]
    })
    expect(drawn(segments)).toBe(
      '[q1:“[n:trump:Trump] is here,”] [t2:[n:putin:the Russian chief] final week]'
    )
  })

  it('leaves out a name that would cross a term’s edge (the term stays whole), and keeps the text', () => {
    const crossed = 'President Putin stated it'
    const segments = segmentText(crossed, {
      terms: [{ start: 10, end: 22, term: 0 }],
      names: [{ start: 0, end: 15, entry: 'putin' }]
    })
    expect(drawn(segments)).toBe('President [t0:Putin stated] it')
    expect(joined(segments)).toBe(crossed)
  })

  it('splits a find match across a name’s edges, and a name of two entries on the same words counts once', () => {
    const segments = segmentText('Trump said', {
      names: [
        { start: 0, end: 5, entry: 'trump' },
        { start: 0, end: 5, entry: 'someone-else' }
      ],
      matches: [{ start: 3, end: 8, index: 0 }]
    })
    expect(drawn(segments)).toBe('[n:trump:Tru{0:mp}]{0: sa}id')
  })

  it('ignores a range outside the text rather than drawing it', () => {
    expect(drawn(segmentText('short', { names: [{ start: 2, end: 40, entry: 'x' }] }))).toBe('short')
  })
})

describe('markKey', () => {
  it('tells apart marks on the same words, nested ones sharing a start, and a quote from a term', () => {
    const keys = [
      markKey('P7', { start: 8, end: 40, quote: false }),
      markKey('P7', { start: 8, end: 29, quote: false }),
      markKey('P7', { start: 8, end: 12, quote: false }),
      markKey('P7', { start: 8, end: 12, quote: true }),
      markKey('P8', { start: 8, end: 12, quote: false })
    ]
    expect(new Set(keys).size).toBe(keys.length)
  })
})

describe('segmentBlocks', () => {
  const blocks = [{ id: 'P1', text: 'Oval Workplace' }]
  const terms = new Map([['P1', [{ start: 0, end: 14, term: 0 }]]])
  const names = new Map([['P1', [{ start: 0, end: 4, entry: 'oval' }]]])

  it('marks terms and names only when they are shown, and find matches always', () => {
    const both = segmentBlocks(blocks, { terms, names, matches: new Map() })
    expect(drawn(both.get('P1') ?? [])).toBe('[t0:[n:oval:Oval] Workplace]')
    const namesOnly = segmentBlocks(blocks, { terms: null, names, matches: new Map() })
    expect(drawn(namesOnly.get('P1') ?? [])).toBe('[n:oval:Oval] Workplace')
    const hidden = segmentBlocks(blocks, {
      terms: null,
      names: null,
      matches: new Map([['P1', [{ start: 0, end: 4, index: 0 }]]])
    })
    expect(hidden.get('P1')).toEqual([
      { kind: 'text', text: 'Oval', start: 0, match: 0 },
      { kind: 'text', text: ' Workplace', start: 4, match: null }
    ])
  })
})
