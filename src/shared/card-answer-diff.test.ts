/** The typed-vs-expected comparison marks exactly the characters that differ, ignoring case. */
import { describe, expect, it } from 'vitest'
import { answerDiff } from './card-answer-diff'

describe('answerDiff', () => {
  it('marks a missing letter on the expected side only', () => {
    expect(answerDiff('Zelensky', 'Zelenskyy')).toEqual({
      typed: [{ text: 'Zelensky', same: true }],
      expected: [
        { text: 'Zelensky', same: true },
        { text: 'y', same: false }
      ]
    })
  })

  it('marks a wrong letter on both sides, and treats case as the same', () => {
    expect(answerDiff('zelenskiy', 'Zelenskyy')).toEqual({
      typed: [
        { text: 'zelensk', same: true },
        { text: 'i', same: false },
        { text: 'y', same: true }
      ],
      expected: [
        { text: 'Zelensky', same: true },
        { text: 'y', same: false }
      ]
    })
  })

  it('marks another answer whole rather than letters here and there', () => {
    expect(answerDiff('Nothing like it', 'Gabrielius Landsbergis')).toEqual({
      typed: [{ text: 'Nothing like it', same: false }],
      expected: [{ text: 'Gabrielius Landsbergis', same: false }]
    })
    expect(answerDiff('Nothing like it', 'The Ukrainian Constitution').typed).toEqual([
      { text: 'Nothing like it', same: false }
    ])
  })

  it('marks another answer whole even when its letters turn up scattered through a long expected one', () => {
    // The case CI met: every letter of the typed answer but 4 appears, in order, somewhere in the answer.
    const expected =
      'No: he gave no indication either had been agreed, and no Putin–Zelenskyy meeting was ever agreed'
    expect(answerDiff('Nothing like it', expected)).toEqual({
      typed: [{ text: 'Nothing like it', same: false }],
      expected: [{ text: expected, same: false }]
    })
    expect(answerDiff('Also wrong', 'Alexander Stubb, President of Finland').typed).toEqual([
      { text: 'Also wrong', same: false }
    ])
  })

  it('still shows a short misspelling letter by letter, and a surname inside the full name', () => {
    expect(answerDiff('Rute', 'Rutte').expected).toEqual([
      { text: 'Rut', same: true },
      { text: 't', same: false },
      { text: 'e', same: true }
    ])
    expect(answerDiff('Febuary', 'February').typed).toEqual([{ text: 'Febuary', same: true }])
    expect(answerDiff('Merz', 'Friedrich Merz')).toEqual({
      typed: [{ text: 'Merz', same: true }],
      expected: [
        { text: 'Friedrich ', same: false },
        { text: 'Merz', same: true }
      ]
    })
  })

  it('pairs words, not stray letters: only a word both answers have is shown as shared', () => {
    const expected = 'It says it will not accept NATO troops in Ukraine'
    expect(answerDiff('I do not know', expected).typed).toEqual([
      { text: 'I do ', same: false },
      { text: 'not ', same: true },
      { text: 'know', same: false }
    ])
    expect(answerDiff('Nothing like it', 'Prime Minister of the United Kingdom').typed).toEqual([
      { text: 'Nothing like it', same: false }
    ])
    // "Not" cut short is "not"; "Nothing" is not "not" written out.
    expect(answerDiff('Nothing', 'That one was not needed').typed).toEqual([{ text: 'Nothing', same: false }])
  })

  it('shows a short month as the start of the full one, and keeps the case and letters as typed', () => {
    expect(answerDiff('28 Feb 2025', '28 February 2025')).toEqual({
      typed: [{ text: '28 Feb 2025', same: true }],
      expected: [
        { text: '28 Feb', same: true },
        { text: 'ruary', same: false },
        { text: ' 2025', same: true }
      ]
    })
    expect(
      answerDiff('İstanbul', 'Istanbul')
        .typed.map((p) => p.text)
        .join('')
    ).toBe('İstanbul')
  })

  it('shows nothing typed as an empty side, and a very long answer whole', () => {
    expect(answerDiff('', 'Merz')).toEqual({ typed: [], expected: [{ text: 'Merz', same: false }] })
    const long = 'x'.repeat(400)
    expect(answerDiff(long, 'Merz').typed).toEqual([{ text: long, same: false }])
  })
})
