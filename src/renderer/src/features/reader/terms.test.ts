import { describe, expect, it } from 'vitest'
import type { Term } from '@shared/schemas'
import shippedTerms from '../../../../../resources/content/terms.json'
import { findTermRanges, standardAt, termPattern, termRangesByBlock } from './terms'

const terms = shippedTerms as Term[]

/** The marked phrases of a block, as the reader would see them, with their standard wording. */
function marked(text: string, blockId: string): [string, string][] {
  return findTermRanges(text, blockId, terms).map((r) => [
    text.slice(r.start, r.end),
    (terms[r.term] as Term).standard
  ])
}

describe('findTermRanges', () => {
  it('marks recurring terms anywhere, ignoring case', () => {
    expect(marked('The second Oval Workplace assembly in six months went off easily Monday', 'P1')).toEqual([
      ['Oval Workplace', 'Oval Office'],
      ['assembly', 'meeting'],
      ['went off easily', 'went off smoothly']
    ])
    expect(marked('Safety first, SAFETY always', 'P99')).toEqual([
      ['Safety', 'security'],
      ['SAFETY', 'security']
    ])
  })

  it('prefers the longest of overlapping phrases', () => {
    const text = 'co-chaired an internet assembly Tuesday of the coalition international locations.'
    expect(marked(text, 'P17')).toEqual([
      ['an internet assembly', 'an online meeting'],
      ['international locations', 'countries']
    ])
  })

  it('applies a term with `in` only in the paragraphs and headings it names', () => {
    expect(marked('NATO Secretary-Normal Mark Rutte advised', 'P7')).toEqual([
      ['NATO Secretary-Normal', 'NATO Secretary-General (also written Secretary General)'],
      ['advised', 'told']
    ])
    expect(marked('He has additionally advised the demand', 'P26')).toEqual([
      ['additionally', 'also'],
      ['advised', 'suggested']
    ])
    expect(marked('He advised them', 'P2')).toEqual([])
    expect(marked('Safety ensures for Ukraine', 'security-guarantees')).toEqual([
      ['Safety ensures for Ukraine', 'Security guarantees for Ukraine']
    ])
    expect(marked('Safety ensures for Ukraine', 'P4')).toEqual([['Safety', 'security']])
  })

  it('matches whole words only', () => {
    expect(marked('the assemblyman restated the 20 stated', 'P1')).toEqual([['stated', 'said']])
    expect(marked('assaults and an assault', 'P9')).toEqual([
      ['assaults', 'attacks'],
      ['assault', 'attack']
    ])
  })

  it('handles phrases that contain pattern characters and curly apostrophes', () => {
    expect(marked('with {that a} ceasefire', 'P22')).toEqual([
      ['{that a}', 'that a (a leftover template mark)']
    ])
    expect(marked('lock America’s navy would possibly into', 'P14')).toEqual([
      ['America’s navy would possibly', 'America’s military might (not the US Navy)']
    ])
  })

  it('breaks ties between equally long phrases by position', () => {
    const local: Term[] = [
      { phrase: 'a b', standard: 'first' },
      { phrase: 'b c', standard: 'second' }
    ]
    expect(findTermRanges('a b c', 'P1', local)).toEqual([{ start: 0, end: 3, term: 0 }])
  })

  it('marks a whole quote and nests the phrases inside it, keeping a phrase that crosses its edge out', () => {
    const local: Term[] = [
      { phrase: '“However my hopes”', standard: '“But my hopes”', quote: true },
      { phrase: 'However', standard: 'But' },
      { phrase: 'hopes” then', standard: 'crosses the edge' },
      { phrase: 'then', standard: 'afterwards' }
    ]
    expect(findTermRanges('He said “However my hopes” then', 'P3', local)).toEqual([
      { start: 8, end: 26, term: 0, quote: true },
      { start: 9, end: 16, term: 1 },
      { start: 27, end: 31, term: 3 }
    ])
  })
})

describe('standardAt', () => {
  it('gives the standard wording the case of the occurrence’s first letter', () => {
    expect(standardAt('But', 'however')).toBe('but')
    expect(standardAt('But', 'However')).toBe('But')
    expect(standardAt('security', 'Safety')).toBe('Security')
    expect(standardAt('that a (a leftover template mark)', '{that a}')).toBe(
      'that a (a leftover template mark)'
    )
    expect(standardAt('“But my hopes”', '“However my hopes”')).toBe('“But my hopes”')
  })
})

describe('termPattern', () => {
  it('lets a space in the phrase match any run of white space', () => {
    expect('Oval \n Workplace'.match(termPattern('Oval Workplace'))?.[0]).toBe('Oval \n Workplace')
  })
})

describe('termRangesByBlock', () => {
  it('keys ranges by block id and leaves out blocks without terms', () => {
    const byBlock = termRangesByBlock(
      [
        { id: 'P1', kind: 'paragraph', sectionId: 'opening', text: 'Merz stated' },
        { id: 'P2', kind: 'paragraph', sectionId: 'opening', text: 'Nothing here' }
      ],
      terms
    )
    expect([...byBlock.keys()]).toEqual(['P1'])
  })
})
