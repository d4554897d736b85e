import { describe, expect, it } from 'vitest'
import { lengthCount, overLimitMessage } from './length-limit'

describe('what a text box with a length limit says', () => {
  it('counts the text against the limit while within it, the limit included', () => {
    expect(overLimitMessage(2_000, 2_000)).toBeNull()
    expect(lengthCount(27, 2_000)).toBe('27 / 2,000 characters')
  })

  it('says by how much it is over, one character or many, in plain words', () => {
    expect(overLimitMessage(2_001, 2_000)).toBe(
      'This note is 1 character over the limit of 2,000. Shorten it to save.'
    )
    expect(overLimitMessage(21_500, 20_000)).toBe(
      'This note is 1,500 characters over the limit of 20,000. Shorten it to save.'
    )
  })
})
