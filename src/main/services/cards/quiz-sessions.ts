import { randomUUID } from 'node:crypto'
import { Rating } from 'ts-fsrs'
import type { QuizMistake, QuizRecord, QuizResult, QuizVerdict } from '@shared/card-schemas'
import type { Store } from '../../store/open-store'
import type { Handlers } from '../handlers'
import { buildQuiz, checkQuizAnswer, type QuizItem } from './quiz-questions'
import { regrade } from './regrade'
import { applyGrade, cardIndex, checkClockForward, findCard, type AppliedGrade } from './card-store'
import { ServiceError } from '../service-error'

type QuizHandlers = Pick<
  Handlers,
  'quiz:start' | 'quiz:answer' | 'quiz:override' | 'quiz:finish' | 'quiz:history'
>

/**
 * Quizzes started and not finished are kept in memory, and so are the last finished ones (for "I was
 * right" on the score screen); beyond this many of each, the oldest is dropped.
 */
export const OPEN_QUIZZES_MAX = 20

interface OpenQuiz {
  items: QuizItem[]
  verdicts: (QuizVerdict | undefined)[]
  section: string | null
  asReviews: boolean
}

/** A finished quiz, while "I was right" can still change it: the reviews it recorded, by question. */
interface FinishedQuiz extends OpenQuiz {
  graded: Map<number, AppliedGrade>
}

/** The mistakes of a quiz as its score screen lists them: wrong answers, and those turned right. */
function mistakesOf(quiz: OpenQuiz): QuizMistake[] {
  return quiz.items.flatMap((item, index) => {
    const verdict = quiz.verdicts[index]
    if (!verdict || (verdict.correct && !verdict.overridden)) return []
    return [
      {
        index,
        overridden: verdict.overridden,
        cardId: item.cardId,
        prompt: item.prompt,
        expected: item.expected,
        given: verdict.given,
        sources: item.sources
      }
    ]
  })
}

/** The record a quiz keeps in the history, from its verdicts. */
function recordOf(quizId: string, quiz: OpenQuiz, at: string, countedAsReviews: boolean): QuizRecord {
  const answered = quiz.verdicts.filter((verdict) => verdict !== undefined)
  const wrong = mistakesOf(quiz).filter((mistake) => !mistake.overridden)
  return {
    id: quizId,
    at,
    section: quiz.section,
    answered: answered.length,
    correct: answered.length - wrong.length,
    countedAsReviews,
    mistakes: wrong.map(({ cardId, given }) => ({ cardId, given }))
  }
}

/** Quizzes: questions drawn from the deck or a section, answers marked, history kept. */
export function quizHandlers(
  store: Store,
  now: () => Date,
  random: () => number = Math.random
): QuizHandlers {
  const open = new Map<string, OpenQuiz>()
  const finished = new Map<string, FinishedQuiz>()

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
      const check = checkQuizAnswer(item, answer)
      const verdict: QuizVerdict = {
        correct: check.correct,
        expected: item.expected,
        given: answer,
        sources: item.sources,
        feedback: check.feedback,
        overridden: false
      }
      quiz.verdicts[index] = verdict
      return verdict
    },

    'quiz:override': async ({ quizId, index, right }) => {
      const done = finished.get(quizId)
      const quiz = open.get(quizId) ?? done
      if (!quiz)
        throw new ServiceError(
          'not-found',
          'That quiz can no longer be changed: only the last quizzes of this session can.'
        )
      const item = quiz.items[index]
      const verdict = quiz.verdicts[index]
      if (!item || !verdict)
        throw new ServiceError('invalid-input', `Question ${index + 1} has not been answered yet.`)
      if (item.kind !== 'typed')
        throw new ServiceError('invalid-input', 'Only a typed answer can be counted as right.')
      if (right && verdict.correct)
        throw new ServiceError('invalid-input', `Question ${index + 1} already counts as right.`)
      if (!right && !verdict.overridden)
        throw new ServiceError(
          'invalid-input',
          `Question ${index + 1} was not changed, so there is nothing to undo.`
        )
      const turned: QuizVerdict = { ...verdict, correct: right, overridden: right }
      if (!done) {
        quiz.verdicts[index] = turned
        return { verdict: turned, result: null, reviewChanged: false }
      }
      const applied = done.graded.get(index)
      const regraded = applied ? await regrade(store, applied, right ? Rating.Good : Rating.Again) : null
      if (regraded) done.graded.set(index, regraded)
      quiz.verdicts[index] = turned
      const kept = store.data.flashcards.quizzes.find((record) => record.id === quizId)
      const record = recordOf(quizId, quiz, kept?.at ?? now().toISOString(), kept?.countedAsReviews ?? false)
      await store.update((data) => {
        data.flashcards.quizzes = data.flashcards.quizzes.map((r) => (r.id === quizId ? record : r))
      })
      return {
        verdict: turned,
        result: { record, mistakes: mistakesOf(quiz) },
        reviewChanged: regraded !== null
      }
    },

    'quiz:finish': async ({ quizId }) => {
      const quiz = openQuiz(quizId)
      const at = now()
      const answered = quiz.items.flatMap((item, i) =>
        quiz.verdicts[i] ? [{ item, index: i, verdict: quiz.verdicts[i] }] : []
      )
      if (answered.length === 0)
        throw new ServiceError('invalid-input', 'Answer at least one question before finishing.')
      const toGrade = quiz.asReviews
        ? answered.filter(
            ({ item }) => cardIndex(store).byId.has(item.cardId) && !store.data.cards[item.cardId]?.suspended
          )
        : []
      // Check the clock for every card before grading any, so a refusal changes nothing.
      checkClockForward(
        store,
        at,
        toGrade.map(({ item }) => store.data.cards[item.cardId])
      )
      const graded = new Map<number, AppliedGrade>()
      for (const { item, index, verdict } of toGrade) {
        const rating = verdict.correct ? Rating.Good : Rating.Again
        graded.set(index, applyGrade(store, findCard(store, item.cardId), rating, at))
      }
      const record = recordOf(quizId, quiz, at.toISOString(), graded.size > 0)
      open.delete(quizId)
      finished.set(quizId, { ...quiz, graded })
      if (finished.size > OPEN_QUIZZES_MAX) finished.delete(finished.keys().next().value!)
      await store.update((data) => {
        data.flashcards.quizzes = [...data.flashcards.quizzes, record]
      })
      return { record, mistakes: mistakesOf(quiz) } satisfies QuizResult
    },

    'quiz:history': () => [...store.data.flashcards.quizzes].reverse()
  }
}
