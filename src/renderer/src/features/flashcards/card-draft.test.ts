/** A card that cannot be saved is refused with a sentence a student understands, naming what to do. */
import { describe, expect, it } from 'vitest'
import { draftProblem } from './card-draft'

describe('draftProblem', () => {
  it.each([
    [{ type: 'basic', front: '  ', back: '' }, 'Write a question and an answer.'],
    [{ type: 'basic', front: '   ', back: 'Something' }, 'Write a question for this answer.'],
    [{ type: 'basic', front: 'Who?', back: ' ' }, 'Write the answer to this question.'],
    [
      { type: 'basic', front: 'x'.repeat(1001), back: 'A' },
      'Shorten the question: it may be at most 1,000 characters.'
    ],
    [{ type: 'cloze', text: '' }, 'Write a sentence, then hide a part of it.'],
    [{ type: 'cloze', text: 'Nothing hidden here' }, /^Hide at least one part/],
    [{ type: 'basic', front: 'Who?', back: 'Merz' }, null],
    [{ type: 'cloze', text: 'It was {{c1::Merz}}.' }, null]
  ] as const)('%j → %s', (draft, problem) => {
    const found = draftProblem(draft)
    if (problem instanceof RegExp) expect(found).toMatch(problem)
    else expect(found).toBe(problem)
  })
})
