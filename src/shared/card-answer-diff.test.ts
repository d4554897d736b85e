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

  it('shows nothing typed as an empty side, and a very long answer whole', () => {
    expect(answerDiff('', 'Merz')).toEqual({ typed: [], expected: [{ text: 'Merz', same: false }] })
    const long = 'x'.repeat(400)
    expect(answerDiff(long, 'Merz').typed).toEqual([{ text: long, same: false }])
  })
})
