import { describe, expect, it } from 'vitest'
import { anchor, describeRange, type Selectors } from './anchor'
import { reanchorAll } from './reanchor'

const P1 = 'President Donald Trump met Ukrainian President Volodymyr Zelenskyy at the White House on Monday.'
const P2 = 'European leaders joined them in the East Room to talk about security guarantees for Ukraine.'
const P3 = 'The leaders said the talks were constructive, and Trump said he would call Vladimir Putin.'
const TEXT = [P1, P2, P3].join('\n\n')

/** Selectors for the first occurrence of `quote` in TEXT (or the nth, counting from 0). */
function select(quote: string, nth = 0, text = TEXT): ReturnType<typeof describeRange> {
  let at = -1
  for (let i = 0; i <= nth; i++) at = text.indexOf(quote, at + 1)
  expect(at).toBeGreaterThanOrEqual(0)
  return describeRange(text, at, at + quote.length)
}

const quoteAt = (text: string, placed: { start: number; end: number } | null): string | null =>
  placed ? text.slice(placed.start, placed.end) : null

describe('anchor', () => {
  it('places an unchanged text by position', () => {
    const selectors = select('East Room')
    const { start, end } = selectors[1]
    expect(anchor(TEXT, selectors)).toEqual({ start, end, by: 'position' })
  })

  it('follows the quote when a paragraph is inserted before it', () => {
    const selectors = select('security guarantees')
    const changed = ['A new opening paragraph was added here.', P1, P2, P3].join('\n\n')
    const placed = anchor(changed, selectors)
    expect(placed?.by).toBe('quote')
    expect(quoteAt(changed, placed)).toBe('security guarantees')
  })

  it('finds the quote fuzzily when a word inside it changed', () => {
    const selectors = select('joined them in the East Room to talk')
    const changed = TEXT.replace('East Room', 'Oval Office')
    const placed = anchor(changed, selectors)
    expect(placed?.by).toBe('fuzzy')
    expect(quoteAt(changed, placed)).toContain('Oval Office')
    expect(quoteAt(changed, placed)).toMatch(/^joined them in the Oval Office to talk/)
  })

  it('is not thrown by a word changed just before the quote', () => {
    const selectors = select('security guarantees for Ukraine')
    const changed = TEXT.replace('to talk about', 'to discuss')
    const placed = anchor(changed, selectors)
    expect(placed?.by).toBe('quote')
    expect(quoteAt(changed, placed)).toBe('security guarantees for Ukraine')
  })

  it('chooses between two occurrences by prefix and suffix', () => {
    // "Trump" occurs in P1 and P3; the second one is selected.
    const selectors = select('Trump', 1)
    const changed = ['Inserted.', TEXT].join('\n\n')
    const placed = anchor(changed, selectors)
    expect(placed?.start).toBe(changed.lastIndexOf('Trump'))
    // And the first, even with its position lost.
    const first = select('Trump', 0)
    first[1] = { ...first[1], start: 9999, end: 10004 }
    expect(anchor(changed, first)?.start).toBe(changed.indexOf('Trump'))
  })

  it('places a quote that spans two paragraphs', () => {
    const selectors = select('on Monday.\n\nEuropean leaders')
    const changed = TEXT.replace('Zelenskyy', 'Zelensky')
    const placed = anchor(changed, selectors)
    expect(quoteAt(changed, placed)).toBe('on Monday.\n\nEuropean leaders')
  })

  it('refuses a fuzzy match for a short quote: "have a lo" never lands on "have no"', () => {
    const text = ['Here is a have a look at the problems.', 'We have now taken a step.'].join('\n\n')
    const selectors = select('have a lo', 0, text)
    expect(anchor('We have now taken a step.', selectors)).toBeNull()
  })

  it('does not move an exact short quote into another paragraph whose context differs', () => {
    // "Trump" in P3 is highlighted; P3 is deleted; "Trump" still occurs in P1.
    const selectors = select('Trump', 1)
    expect(anchor([P1, P2].join('\n\n'), selectors)).toBeNull()
  })

  it('still places a short quote whose paragraph gained a sentence before it', () => {
    const selectors = select('East Room')
    const changed = TEXT.replace('European leaders joined', 'Several European leaders, six in all, joined')
    expect(quoteAt(changed, anchor(changed, selectors))).toBe('East Room')
  })

  it('ends a fuzzy match where its suffix begins, not one letter short', () => {
    const selectors = select('European leaders joined them in the East Room')
    const changed = TEXT.replace('East Room', 'Blue Parlour')
    expect(quoteAt(changed, anchor(changed, selectors))).toBe(
      'European leaders joined them in the Blue Parlour'
    )
  })

  it('gives up on a quote that is no longer there', () => {
    const selectors = select('security guarantees for Ukraine')
    const changed = [P1, P3].join('\n\n')
    expect(anchor(changed, selectors)).toBeNull()
  })
})

describe('reanchorAll', () => {
  const make = (quote: string, nth = 0) => ({ target: { selector: select(quote, nth) }, orphaned: false })

  it('moves what it can, orphans what it cannot, and never drops one', () => {
    const annotations = [make('East Room'), make('security guarantees for Ukraine'), make('Putin')]
    const changed = ['Inserted first.', P1, P3].join('\n\n')
    const report = reanchorAll(annotations, changed)
    expect(annotations).toHaveLength(3)
    expect(report).toEqual({ moved: 1, orphaned: 2, restored: 0 })
    expect(annotations.map((a) => a.orphaned)).toEqual([true, true, false])
    const [quote, position] = annotations[2]!.target.selector
    expect(changed.slice(position.start, position.end)).toBe('Putin')
    expect(quote.exact).toBe('Putin')
    // The orphans keep their quotes, so the user still sees what they highlighted.
    expect(annotations[0]!.target.selector[0].exact).toBe('East Room')
  })

  it('keeps the selectors a highlight was made with, so a revert puts it back exactly', () => {
    const annotations: { target: { selector: Selectors; made?: Selectors }; orphaned: boolean }[] = [
      make('joined them in the East Room to talk')
    ]
    const made = structuredClone(annotations[0]!.target.selector)
    const edited = ['Inserted first.', TEXT.replace('East Room', 'Oval Office')].join('\n\n')
    reanchorAll(annotations, edited)
    expect(annotations[0]!.target.made).toEqual(made)
    expect(annotations[0]!.target.selector[0].exact).toContain('Oval Office')
    reanchorAll(annotations, TEXT)
    expect(annotations[0]!.target).toEqual({ selector: made })
  })

  it('restores an orphan whose passage came back', () => {
    const annotations = [make('East Room')]
    reanchorAll(annotations, P1)
    expect(reanchorAll(annotations, TEXT)).toEqual({ moved: 0, orphaned: 0, restored: 1 })
    expect(annotations[0]!.orphaned).toBe(false)
  })
})
