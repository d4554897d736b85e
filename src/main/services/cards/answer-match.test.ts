/** Typed answers are checked the way a fair teacher would: forgiving form, strict on substance. */
import { describe, expect, it } from 'vitest'
import { answerMatches, editDistance, normalizeAnswer } from './answer-match'

describe('answerMatches', () => {
  it.each([
    ['oval office', ['Oval Office'], true, 'case'],
    ['St Peter’s Basilica', ["St Peter's Basilica"], true, 'curly and straight apostrophes'],
    ['Turkiye', ['Türkiye'], true, 'accents'],
    ['the Donbas', ['Donbas'], true, 'a leading article'],
    ['Donbas', ['the Donbas'], true, 'a leading article on the expected side'],
    ['An all Ukrainian referendum', ['an all-Ukrainian referendum'], true, 'hyphens'],
    ['  Secretary General.  ', ['Secretary General'], true, 'spaces and a full stop'],
    ['Zelensky', ['Zelenskyy'], true, 'one letter missing'],
    ['Secretry General', ['Secretary General'], true, 'one letter missing in a long answer'],
    ['Secertary Genral', ['Secretary General'], true, 'two small typos in a long answer'],
    ['Mezr', ['Merz'], true, 'two neighbouring letters swapped'],
    ['1000 for 1000', ['1,000 for 1,000'], true, 'thousands separators'],
    ['Anchorage', ['Joint Base Elmendorf-Richardson', 'Anchorage'], true, 'any accepted answer'],
    ['Marx', ['Merz'], false, 'two letters wrong in a short name'],
    ['Macron', ['Merz'], false, 'another person'],
    ['31', ['30'], false, 'a wrong number'],
    ['15 May 2025', ['16 May 2025'], false, 'a wrong day'],
    ['Article 4', ['Article 5'], false, 'a wrong article number'],
    ['Article', ['Article 5'], false, 'a missing number'],
    ['', ['Oval Office'], false, 'nothing typed'],
    ['the', ['the Donbas'], false, 'only an article'],
    ['Uk', ['UK'], true, 'case in a short answer'],
    ['US', ['UK'], false, 'one letter off in a two-letter answer']
  ])('"%s" against %j → %s (%s)', (given, accepted, expected) => {
    expect(answerMatches(given, accepted)).toBe(expected)
  })
})

describe('normalizeAnswer and editDistance', () => {
  it('reduce an answer to its words and count edits', () => {
    expect(normalizeAnswer('The “Coalition of the Willing”!')).toBe('coalition of the willing')
    expect(editDistance('kitten', 'sitting')).toBe(3)
    expect(editDistance('ab', 'ba')).toBe(1)
    expect(editDistance('', 'abc')).toBe(3)
  })
})
