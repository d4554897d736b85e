/**
 * What is wrong with a card before it is sent, in a student's words ("Write a question and an
 * answer"), so the editor never shows the contract's field-by-field message.
 */
import { CARD_TEXT_MAX, CLOZE_PATTERN } from '@shared/limits'

export type CardDraft = { type: 'basic'; front: string; back: string } | { type: 'cloze'; text: string }

const LIMIT = CARD_TEXT_MAX.toLocaleString('en-GB')

/** Why `draft` cannot be saved, or null when it can. */
export function draftProblem(draft: CardDraft): string | null {
  if (draft.type === 'basic') {
    const front = draft.front.trim()
    const back = draft.back.trim()
    if (front === '' && back === '') return 'Write a question and an answer.'
    if (front === '') return 'Write a question for this answer.'
    if (back === '') return 'Write the answer to this question.'
    if (front.length > CARD_TEXT_MAX) return `Shorten the question: it may be at most ${LIMIT} characters.`
    if (back.length > CARD_TEXT_MAX) return `Shorten the answer: it may be at most ${LIMIT} characters.`
    return null
  }
  const text = draft.text.trim()
  if (text === '') return 'Write a sentence, then hide a part of it.'
  if (text.length > CARD_TEXT_MAX) return `Shorten the text: it may be at most ${LIMIT} characters.`
  if (!new RegExp(CLOZE_PATTERN.source).test(text))
    return 'Hide at least one part: select words and choose “Hide selected words” (Ctrl+Shift+C).'
  return null
}
