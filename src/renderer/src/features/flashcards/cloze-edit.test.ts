/** Hiding words in the card editor makes well-formed cloze text, never nested or empty. */
import { describe, expect, it } from 'vitest'
import { hideSelection, unhideAll } from './cloze-edit'

describe('hideSelection', () => {
  it('wraps the selected words, leaving edge spaces outside, and selects the new deletion', () => {
    const text = 'A coalition of 30 countries'
    expect(hideSelection(text, 14, 18)).toEqual({
      text: 'A coalition of {{c1::30}} countries',
      start: 15,
      end: 25
    })
    expect(hideSelection(text, 18, 14)?.text).toBe('A coalition of {{c1::30}} countries')
  })

  it('hides a second part beside one already hidden', () => {
    const once = hideSelection('Starmer and Macron co-chaired', 0, 7)!.text
    expect(hideSelection(once, once.indexOf('Macron'), once.indexOf('Macron') + 6)?.text).toBe(
      '{{c1::Starmer}} and {{c1::Macron}} co-chaired'
    )
  })

  it('refuses an empty selection, one of spaces only, and one overlapping a hidden part', () => {
    expect(hideSelection('abc def', 2, 2)).toBeNull()
    expect(hideSelection('abc   def', 3, 6)).toBeNull()
    const text = 'x {{c1::y}} z'
    expect(hideSelection(text, 0, 5)).toBeNull()
    expect(hideSelection(text, 8, 9)).toBeNull()
  })
})

describe('unhideAll', () => {
  it('turns every deletion back into plain words', () => {
    expect(unhideAll('{{c1::Starmer}} and {{c2::Macron}}')).toBe('Starmer and Macron')
  })
})
