/**
 * Quiz questions from cards: multiple choice (the answer among the card's plausible wrong answers:
 * three, or one for a choice of two) or a typed answer checked fairly. The expected answer stays on the server side.
 */
import type { AnyCard, QuizQuestion } from '@shared/card-schemas'
import { cardAnswer, cardPrompt } from '@shared/card-text'
import { shuffled } from '@shared/seeded-random'
import { checkAnswer, type AnswerCheck } from './answer-match'
import { ANSWER_RULES } from './answer-rules'

/** Typing more than this is a recital, not a recall: such cards are only asked as multiple choice. */
export const TYPED_ANSWER_MAX = 40

export type QuizMode = 'mixed' | 'choice' | 'typed'

/** A question with what is needed to mark it. */
export interface QuizItem extends QuizQuestion {
  expected: string
  /** Every answer a typed reply is checked against. */
  accepted: string[]
  /** The answer is a set of items, each to be named (the card's `listAnswer`). */
  listAnswer: boolean
  sources: string[]
}

/** The question kinds `card` can be asked as. */
export function questionKinds(card: AnyCard): ('choice' | 'typed')[] {
  const kinds: ('choice' | 'typed')[] = []
  if (card.kind !== 'own' && (card.distractors?.length ?? 0) > 0) kinds.push('choice')
  if (
    cardAnswer(card).length <= TYPED_ANSWER_MAX ||
    (card.kind !== 'own' && (card.accept !== undefined || card.listAnswer))
  )
    kinds.push('typed')
  return kinds
}

/**
 * Up to `count` questions from `cards`, each card at most once, of the kinds `mode` allows; in
 * "mixed" a card that can be either is asked either way at random. Fewer when fewer cards qualify.
 */
export function buildQuiz(
  cards: readonly AnyCard[],
  count: number,
  mode: QuizMode,
  random: () => number
): QuizItem[] {
  const items: QuizItem[] = []
  for (const card of shuffled(cards, random)) {
    if (items.length >= count) break
    const kinds = questionKinds(card).filter((kind) => mode === 'mixed' || kind === mode)
    if (kinds.length === 0) continue
    const kind = kinds[Math.floor(random() * kinds.length)]!
    const expected = cardAnswer(card)
    const options =
      kind === 'choice' && card.kind !== 'own'
        ? shuffled([expected, ...shuffled(card.distractors!, random).slice(0, 3)], random)
        : null
    items.push({
      cardId: card.id,
      kind,
      prompt: cardPrompt(card),
      options,
      expected,
      accepted: [expected, ...(card.kind !== 'own' ? (card.accept ?? []) : [])],
      listAnswer: card.kind !== 'own' && card.listAnswer === true,
      sources: card.sources
    })
  }
  return items
}

/**
 * Whether `given` answers `item`: the very option for multiple choice; when typed, read fairly by
 * the shipped answer rules, with what to tell the student (an item left out, an ambiguous date).
 */
export function checkQuizAnswer(item: QuizItem, given: string): AnswerCheck {
  return item.kind === 'choice'
    ? { correct: given === item.expected, feedback: null }
    : checkAnswer(given, item.accepted, ANSWER_RULES, { list: item.listAnswer })
}
