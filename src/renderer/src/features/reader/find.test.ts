import { describe, expect, it } from 'vitest'
import type { Term } from '@shared/schemas'
import type { Block } from './blocks'
import { findMatches, findPattern, firstMatchFrom, matchCountLabel, matchesByBlock, stepMatch } from './find'

const blocks: Block[] = [
  { id: 'security-guarantees', kind: 'heading', sectionId: 'security-guarantees', text: 'Safety ensures' },
  { id: 'P9', kind: 'paragraph', sectionId: 'security-guarantees', text: 'Ukraine needs safety. SAFETY!' },
  { id: 'P10', kind: 'paragraph', sectionId: 'security-guarantees', text: 'Putin can’t get sufficient' },
  { id: 'P34', kind: 'credit', sectionId: 'security-guarantees', text: 'Related Press writers' }
]

describe('findMatches', () => {
  it('finds every match in headings, paragraphs and the credit, ignoring case, in reading order', () => {
    expect(findMatches(blocks, 'safety')).toEqual([
      { blockId: 'security-guarantees', start: 0, end: 6 },
      { blockId: 'P9', start: 14, end: 20 },
      { blockId: 'P9', start: 22, end: 28 }
    ])
    expect(findMatches(blocks, 'press')).toEqual([{ blockId: 'P34', start: 8, end: 13 }])
  })

  it('finds nothing for an empty or blank query', () => {
    expect(findMatches(blocks, '')).toEqual([])
    expect(findMatches(blocks, '   ')).toEqual([])
  })

  it('lets a straight apostrophe find a curly one', () => {
    expect(findMatches(blocks, "can't")).toEqual([{ blockId: 'P10', start: 6, end: 11 }])
  })

  it('treats pattern characters in the query literally', () => {
    expect(findPattern('a.b(')?.test('a.b(')).toBe(true)
    expect(findMatches(blocks, '.*')).toEqual([])
  })
})

describe('stepMatch', () => {
  it('moves forward and back, wrapping around at either end', () => {
    expect(stepMatch(0, 3, 1)).toBe(1)
    expect(stepMatch(2, 3, 1)).toBe(0)
    expect(stepMatch(0, 3, -1)).toBe(2)
  })

  it('starts from the first (or last) match when none is current, and answers -1 with none', () => {
    expect(stepMatch(-1, 3, 1)).toBe(0)
    expect(stepMatch(-1, 3, -1)).toBe(2)
    expect(stepMatch(0, 0, 1)).toBe(-1)
  })
})

describe('matchCountLabel', () => {
  it('says which match is current out of how many, or that there are none', () => {
    expect(matchCountLabel('safety', 2, 12)).toBe('3 of 12')
    expect(matchCountLabel('zzz', -1, 0)).toBe('No matches')
    expect(matchCountLabel('', -1, 0)).toBe('')
  })
})

describe('firstMatchFrom', () => {
  const order = new Map(blocks.map((block, index) => [block.id, index]))
  const matches = findMatches(blocks, 'safety')

  it('goes to the first match at or after the given place', () => {
    expect(firstMatchFrom(matches, order, { block: 0, offset: 0 })).toBe(0)
    expect(firstMatchFrom(matches, order, { block: 1, offset: 0 })).toBe(1)
    expect(firstMatchFrom(matches, order, { block: 1, offset: 14 })).toBe(1)
    expect(firstMatchFrom(matches, order, { block: 1, offset: 15 })).toBe(2)
  })

  it('wraps to the first match when all are before it, and answers -1 without matches', () => {
    expect(firstMatchFrom(matches, order, { block: 3, offset: 0 })).toBe(0)
    expect(firstMatchFrom([], order, { block: 0, offset: 0 })).toBe(-1)
  })
})

describe('matchesByBlock', () => {
  it('groups matches by block, keeping their index among all matches', () => {
    expect(matchesByBlock(findMatches(blocks, 'safety'))).toEqual(
      new Map([
        ['security-guarantees', [{ start: 0, end: 6, index: 0 }]],
        [
          'P9',
          [
            { start: 14, end: 20, index: 1 },
            { start: 22, end: 28, index: 2 }
          ]
        ]
      ])
    )
  })
})

describe('findMatches through the standard terms', () => {
  const terms: Term[] = [
    { phrase: 'Oval Workplace', standard: 'Oval Office' },
    { phrase: 'NATO Secretary-Normal', standard: 'NATO Secretary-General' },
    { phrase: 'However', standard: 'But' }
  ]
  const block = (id: string, text: string): Block => ({ id, kind: 'paragraph', sectionId: 'opening', text })

  it('marks the paraphrase a standard wording stands for, and the literal words as before', () => {
    const blocks = [block('P1', 'The second Oval Workplace assembly'), block('P2', 'An Oval Office aside')]
    expect(findMatches(blocks, 'oval office', terms)).toEqual([
      { blockId: 'P1', start: 11, end: 25 },
      { blockId: 'P2', start: 3, end: 14 }
    ])
    expect(findMatches(blocks, 'oval office')).toEqual([{ blockId: 'P2', start: 3, end: 14 }])
  })

  it('finds “secretary general” in “Secretary-Normal”, marking the whole phrase once', () => {
    const text = 'As NATO Secretary-Normal Mark Rutte said'
    expect(findMatches([block('P7', text)], 'secretary-general', terms)).toEqual([
      { blockId: 'P7', start: 3, end: 24 }
    ])
  })

  it('keeps a match within plain text where it is, and counts a literal match once', () => {
    const text = 'Oval Workplace, however the Oval'
    expect(findMatches([block('P1', text)], 'oval', terms)).toEqual([
      { blockId: 'P1', start: 0, end: 4 },
      { blockId: 'P1', start: 28, end: 32 }
    ])
    expect(findMatches([block('P1', text)], 'but the', terms)).toEqual([
      { blockId: 'P1', start: 16, end: 27 }
    ])
  })
})
