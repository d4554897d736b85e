/** Section recall is put in words and levels a reader can see at a glance. */
import { describe, expect, it } from 'vitest'
import { recallLabel, recallLevel } from './recall-level'

describe('recallLevel and recallLabel', () => {
  it.each([
    [null, 'unstudied'],
    [0.4, 'weak'],
    [0.69, 'weak'],
    [0.7, 'fair'],
    [0.9, 'strong'],
    [1, 'strong']
  ] as const)('%s → %s', (mean, level) => expect(recallLevel(mean)).toBe(level))

  it('says how much of the section is studied', () => {
    expect(recallLabel(null, 0, 1)).toBe('Not studied yet (1 card)')
    expect(recallLabel(0.842, 12, 15)).toBe('Recall 84% (12 of 15 cards studied)')
  })
})
