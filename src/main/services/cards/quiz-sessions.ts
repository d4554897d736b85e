import { randomUUID } from 'node:crypto'
import { Rating } from 'ts-fsrs'
import type { QuizMistake, QuizRecord, QuizResult, QuizVerdict } from '@shared/card-schemas'
import type { Store } from '../../store/open-store'
import type { Handlers } from '../handlers'
import { buildQuiz, isRightAnswer, type QuizItem } from './quiz-questions'
import { applyGrade, cardIndex, checkClockForward, findCard } from './card-store'
import { ServiceError } from '../service-error'

type QuizHandlers = Pick<Handlers, 'quiz:start' | 'quiz:answer' | 'quiz:finish' | 'quiz:history'>

/** Quizzes started and not finished are kept in memory; beyond this many, the oldest is dropped. */
export const OPEN_QUIZZES_MAX = 20

interface OpenQuiz {
  items: QuizItem[]
  verdicts: (QuizVerdict | undefined)[]
  section: string | null
  asReviews: boolean
}

/** Quizzes: questions drawn from the deck or a section, answers marked, history kept. */
export function quizHandlers(
  store: Store,
  now: () => Date,
  random: () => number = Math.random
): QuizHandlers {
  const open = new Map<string, OpenQuiz>()

  const openQuiz = (quizId: string): OpenQuiz => {
    const quiz = open.get(quizId)
    if (!quiz) throw new ServiceError('not-found', 'That quiz is no longer open. Start a new one.')
    return quiz
  }

  return {
    'quiz:start': ({ count, section, mode, asReviews }) => {
      const heading =
        section === undefined ? null : store.data.content.article.sections.find((s) => s.id === section)
      if (heading === undefined)
        throw new ServiceError('not-found', `The article has no section "${section}".`)
      const cards = cardIndex(store).cards.filter(
        (card) => !store.data.cards[card.id]?.suspended && (section === undefined || card.section === section)
      )
      const items = buildQuiz(cards, count, mode, random)
      if (items.length === 0) {
        const where = heading ? `in “${heading.heading ?? 'the opening'}”` : 'in the deck'
        const how = mode === 'mixed' ? '' : mode === 'choice' ? ' as multiple choice' : ' with a typed answer'
        throw new ServiceError(
          'not-found',
          `No card ${where} can be asked${how}. Try another section or kind of question.`
        )
      }
      const quizId = randomUUID()
      open.set(quizId, { items, verdicts: items.map(() => undefined), section: section ?? null, asReviews })
      if (open.size > OPEN_QUIZZES_MAX) open.delete(open.keys().next().value!)
      return {
        quizId,
        section: section ?? null,
        asReviews,
        questions: items.map(({ cardId, kind, prompt, options }) => ({ cardId, kind, prompt, options }))
      }
    },

    'quiz:answer': ({ quizId, index, answer }) => {
      const quiz = openQuiz(quizId)
      const item = quiz.items[index]
      if (!item)
        throw new ServiceError(
          'invalid-input',
          `This quiz has ${quiz.items.length} questions; there is no question ${index + 1}.`
        )
      if (quiz.verdicts[index])
        throw new ServiceError('invalid-input', `Question ${index + 1} has already been answered.`)
      const verdict: QuizVerdict = {
        correct: isRightAnswer(item, answer),
        expected: item.expected,
        given: answer,
        sources: item.sources
      }
      quiz.verdicts[index] = verdict
      return verdict
    },

    'quiz:finish': async ({ quizId }) => {
      const quiz = openQuiz(quizId)
      const at = now()
      const answered = quiz.items.flatMap((item, i) =>
        quiz.verdicts[i] ? [{ item, verdict: quiz.verdicts[i] }] : []
      )
      if (answered.length === 0)
        throw new ServiceError('invalid-input', 'Answer at least one question before finishing.')
      const graded = quiz.asReviews
        ? answered.filter(
            ({ item }) => cardIndex(store).byId.has(item.cardId) && !store.data.cards[item.cardId]?.suspended
          )
        : []
      // Check the clock for every card before grading any, so a refusal changes nothing.
      checkClockForward(
        store,
        at,
        graded.map(({ item }) => store.data.cards[item.cardId])
      )
      for (const { item, verdict } of graded) {
        applyGrade(store, findCard(store, item.cardId), verdict.correct ? Rating.Good : Rating.Again, at)
      }
      const mistakes: QuizMistake[] = answered
        .filter(({ verdict }) => !verdict.correct)
        .map(({ item, verdict }) => ({
          cardId: item.cardId,
          prompt: item.prompt,
          expected: item.expected,
          given: verdict.given,
          sources: item.sources
        }))
      const record: QuizRecord = {
        id: quizId,
        at: at.toISOString(),
        section: quiz.section,
        answered: answered.length,
        correct: answered.length - mistakes.length,
        countedAsReviews: graded.length > 0,
        mistakes: mistakes.map(({ cardId, given }) => ({ cardId, given }))
      }
      open.delete(quizId)
      await store.update((data) => {
        data.flashcards.quizzes = [...data.flashcards.quizzes, record]
      })
      return { record, mistakes } satisfies QuizResult
    },

    'quiz:history': () => [...store.data.flashcards.quizzes].reverse()
  }
}
