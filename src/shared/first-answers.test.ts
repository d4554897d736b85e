import { describe, expect, it } from 'vitest'
import {
  FIRST_ANSWER_METHODS,
  firstAnswersScriptText,
  parseFirstAnswers,
  type FirstAnswers
} from './first-answers'

const answers = Object.fromEntries(
  FIRST_ANSWER_METHODS.map((name) => [name, { name, text: '</script><script>alert(1)</script>' }])
) as unknown as FirstAnswers

describe('the first answers carried by the page', () => {
  it('come back from their script text exactly', () => {
    expect(parseFirstAnswers(firstAnswersScriptText(answers))).toEqual(answers)
  })

  it('cannot close their script element, whatever a note says', () => {
    expect(firstAnswersScriptText(answers)).not.toContain('<')
  })

  it('are ignored when missing, unreadable or incomplete, so the renderer asks instead', () => {
    const { 'progress:get': _left, ...partial } = answers
    expect(parseFirstAnswers(null)).toBeNull()
    expect(parseFirstAnswers('')).toBeNull()
    expect(parseFirstAnswers('{not json')).toBeNull()
    expect(parseFirstAnswers('[]')).toBeNull()
    expect(parseFirstAnswers(JSON.stringify(partial))).toBeNull()
  })
})
