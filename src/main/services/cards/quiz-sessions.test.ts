/**
 * Quizzes over a real store: questions never reveal answers, answers are marked, the result is kept
 * in the history and optionally graded as reviews; bad input is refused changing nothing.
 */
import { describe, expect, it } from 'vitest'
import type { Store } from '../../store/open-store'
import { createHandlers } from '..'
import { expectRefused, useCardsFixture } from '../../../test-util/cards'
import { quizHandlers } from './quiz-sessions'

/** The same handlers with a fixed random source, so a quiz is the same every run. */
const seededHandlers = (store: Store, now: () => Date) => {
  let state = 42
  const random = (): number => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648
    return state / 2_147_483_648
  }
  return { ...createHandlers(store, now), ...quizHandlers(store, now, random) }
}
const cardsFixture = useCardsFixture(seededHandlers)

/** The right answer to a question, looked up in the deck as the test's answer key. */
function rightAnswer(store: Store, cardId: string): string {
  const card = store.data.content.cards.find((c) => c.id === cardId)!
  return card.type === 'basic' ? card.back : card.text.match(/\{\{c1::(.+?)\}\}/)![1]!
}

describe('a quiz', () => {
  it('asks 10 questions by default, four options for multiple choice, never giving the answer away', async () => {
    const { ok } = await cardsFixture()
    const quiz = await ok('quiz:start', {})
    expect(quiz.questions).toHaveLength(10)
    expect(quiz).toMatchObject({ section: null, asReviews: false })
    for (const q of quiz.questions) {
      expect(Object.keys(q).sort()).toEqual(['cardId', 'kind', 'options', 'prompt'])
      if (q.kind === 'choice') expect(q.options).toHaveLength(4)
      else expect(q.options).toBeNull()
    }
  })

  it('marks answers, shows the expected answer on a miss, and keeps the result in the history', async () => {
    const { ok, store, reopen } = await cardsFixture()
    const quiz = await ok('quiz:start', { count: 3 })
    const [q0, q1, q2] = quiz.questions
    const right = await ok('quiz:answer', {
      quizId: quiz.quizId,
      index: 0,
      answer: rightAnswer(store, q0!.cardId)
    })
    expect(right).toMatchObject({ correct: true })
    const wrong = await ok('quiz:answer', {
      quizId: quiz.quizId,
      index: 1,
      answer: 'Something else entirely'
    })
    expect(wrong).toEqual({
      correct: false,
      expected: rightAnswer(store, q1!.cardId),
      given: 'Something else entirely',
      sources: store.data.content.cards.find((c) => c.id === q1!.cardId)!.sources,
      feedback: null,
      overridden: false
    })
    await ok('quiz:answer', { quizId: quiz.quizId, index: 2, answer: rightAnswer(store, q2!.cardId) })

    const result = await ok('quiz:finish', { quizId: quiz.quizId })
    expect(result.record).toMatchObject({ answered: 3, correct: 2, countedAsReviews: false, section: null })
    expect(result.mistakes).toEqual([
      {
        index: 1,
        overridden: false,
        cardId: q1!.cardId,
        prompt: q1!.prompt,
        expected: wrong.expected,
        given: wrong.given,
        sources: wrong.sources
      }
    ])
    expect(store.data.reviewLog).toEqual([])
    expect(await ok('quiz:history', {})).toEqual([result.record])
    expect((await reopen()).data.flashcards.quizzes).toEqual([result.record])
  })

  it('draws only from the section chosen', async () => {
    const { ok, store } = await cardsFixture()
    const quiz = await ok('quiz:start', { section: 'ceasefire', count: 50 })
    const ceasefire = store.data.content.cards.filter((c) => c.section === 'ceasefire').map((c) => c.id)
    expect(quiz.questions.length).toBeGreaterThan(0)
    for (const q of quiz.questions) expect(ceasefire).toContain(q.cardId)
  })

  it('grades each answer as a review when asked: Again for a miss, Good for a hit', async () => {
    const { ok, store } = await cardsFixture()
    const quiz = await ok('quiz:start', { count: 2, asReviews: true })
    const [q0, q1] = quiz.questions
    await ok('quiz:answer', { quizId: quiz.quizId, index: 0, answer: 'wrong' })
    await ok('quiz:answer', { quizId: quiz.quizId, index: 1, answer: rightAnswer(store, q1!.cardId) })
    const result = await ok('quiz:finish', { quizId: quiz.quizId })
    expect(result.record.countedAsReviews).toBe(true)
    expect(store.data.reviewLog.map(([id, rating]) => [id, rating])).toEqual([
      [q0!.cardId, 1],
      [q1!.cardId, 3]
    ])
  })
})

describe('"I was right"', () => {
  /** A typed quiz of one card, answered wrongly. */
  async function missedTyped(asReviews: boolean) {
    const fixture = await cardsFixture()
    const quiz = await fixture.ok('quiz:start', { count: 1, mode: 'typed', section: 'opening', asReviews })
    await fixture.ok('quiz:answer', { quizId: quiz.quizId, index: 0, answer: 'my own words' })
    return { ...fixture, quiz, cardId: quiz.questions[0]!.cardId }
  }

  it('turns a miss into a hit before the quiz is finished, and can be undone', async () => {
    const { ok, quiz, store } = await missedTyped(true)
    const turned = await ok('quiz:override', { quizId: quiz.quizId, index: 0, right: true })
    expect(turned).toMatchObject({ verdict: { correct: true, overridden: true }, result: null })
    const back = await ok('quiz:override', { quizId: quiz.quizId, index: 0, right: false })
    expect(back.verdict).toMatchObject({ correct: false, overridden: false })
    await ok('quiz:override', { quizId: quiz.quizId, index: 0, right: true })
    const result = await ok('quiz:finish', { quizId: quiz.quizId })
    expect(result.record).toMatchObject({ answered: 1, correct: 1, mistakes: [] })
    expect(result.mistakes).toMatchObject([{ index: 0, overridden: true }])
    expect(store.data.reviewLog.map(([, rating]) => rating)).toEqual([3])
  })

  it('after the quiz, turns the recorded Again into Good in the store and the history, and back', async () => {
    const { ok, quiz, store, cardId, reopen } = await missedTyped(true)
    await ok('quiz:finish', { quizId: quiz.quizId })
    const again = structuredClone(store.data.cards[cardId])
    expect(store.data.reviewLog.map(([, rating]) => rating)).toEqual([1])

    const turned = await ok('quiz:override', { quizId: quiz.quizId, index: 0, right: true })
    expect(turned.reviewChanged).toBe(true)
    expect(turned.result!.record).toMatchObject({ answered: 1, correct: 1, mistakes: [] })
    expect(turned.result!.mistakes).toMatchObject([{ index: 0, overridden: true, cardId }])
    const reopened = await reopen()
    expect(reopened.data.reviewLog.map(([id, rating]) => [id, rating])).toEqual([[cardId, 3]])
    expect(reopened.data.cards[cardId]!.state).not.toBe(0)
    expect(reopened.data.cards[cardId]!.due > again!.due).toBe(true)
    expect(reopened.data.flashcards.quizzes).toEqual([turned.result!.record])

    const undone = await ok('quiz:override', { quizId: quiz.quizId, index: 0, right: false })
    expect(undone.result!.record).toMatchObject({ correct: 0, mistakes: [{ cardId, given: 'my own words' }] })
    expect(store.data.reviewLog.map(([, rating]) => rating)).toEqual([1])
    expect(store.data.cards[cardId]).toEqual(again)
  })

  it('leaves a review alone once the card has been reviewed again, but still corrects the score', async () => {
    const { ok, quiz, store, cardId } = await missedTyped(true)
    await ok('quiz:finish', { quizId: quiz.quizId })
    await ok('cards:grade', { cardId, rating: 2 })
    const turned = await ok('quiz:override', { quizId: quiz.quizId, index: 0, right: true })
    expect(turned.reviewChanged).toBe(false)
    expect(turned.result!.record.correct).toBe(1)
    expect(store.data.reviewLog.map(([, rating]) => rating)).toEqual([1, 2])
  })

  it('refuses a multiple-choice answer, a right answer, an undo of nothing and an unknown quiz', async () => {
    const { ok, call, store, quiz } = await missedTyped(false)
    await expectRefused(
      store,
      () => call('quiz:override', { quizId: quiz.quizId, index: 0, right: false }),
      'invalid-input',
      /nothing to undo/
    )
    await ok('quiz:override', { quizId: quiz.quizId, index: 0, right: true })
    await expectRefused(
      store,
      () => call('quiz:override', { quizId: quiz.quizId, index: 0, right: true }),
      'invalid-input',
      /already counts as right/
    )
    const choice = await ok('quiz:start', { count: 1, mode: 'choice' })
    await ok('quiz:answer', { quizId: choice.quizId, index: 0, answer: 'not an option' })
    await expectRefused(
      store,
      () => call('quiz:override', { quizId: choice.quizId, index: 0, right: true }),
      'invalid-input',
      /Only a typed answer/
    )
    await expectRefused(
      store,
      () => call('quiz:override', { quizId: 'gone', index: 0, right: true }),
      'not-found',
      /can no longer be changed/
    )
  })
})

describe('bad quiz input', () => {
  it('refuses a quiz with no eligible cards, or of a section the article lacks, changing nothing', async () => {
    const { ok, call, store } = await cardsFixture()
    const ids = store.data.content.cards.filter((c) => c.section === 'ceasefire').map((c) => c.id)
    await ok('cards:suspend', { ids, suspended: true })
    await expectRefused(
      store,
      () => call('quiz:start', { section: 'ceasefire' }),
      'not-found',
      /No card in “Agreeing on a ceasefire” can be asked/
    )
    await expectRefused(
      store,
      () => call('quiz:start', { section: 'epilogue' }),
      'not-found',
      /no section "epilogue"/
    )
    await expectRefused(store, () => call('quiz:start', { count: 0 }), 'invalid-input', /count/)
  })

  it('refuses an answer to a closed quiz, a question twice or one out of range, and an empty finish', async () => {
    const { ok, call, store } = await cardsFixture()
    const quiz = await ok('quiz:start', { count: 2 })
    await expectRefused(
      store,
      () => call('quiz:finish', { quizId: quiz.quizId }),
      'invalid-input',
      /at least one question/
    )
    await ok('quiz:answer', { quizId: quiz.quizId, index: 0, answer: 'x' })
    await expectRefused(
      store,
      () => call('quiz:answer', { quizId: quiz.quizId, index: 0, answer: 'y' }),
      'invalid-input',
      /already been answered/
    )
    await expectRefused(
      store,
      () => call('quiz:answer', { quizId: quiz.quizId, index: 5, answer: 'y' }),
      'invalid-input',
      /no question 6/
    )
    await ok('quiz:finish', { quizId: quiz.quizId })
    await expectRefused(
      store,
      () => call('quiz:answer', { quizId: quiz.quizId, index: 1, answer: 'y' }),
      'not-found',
      /no longer open/
    )
  })

  it('refuses to grade a quiz as reviews when the clock went backwards, changing nothing and keeping it open', async () => {
    const { ok, call, store, clock } = await cardsFixture()
    await ok('cards:grade', { cardId: 'rutte-role', rating: 3 })
    const quiz = await ok('quiz:start', { count: 1, asReviews: true })
    await ok('quiz:answer', { quizId: quiz.quizId, index: 0, answer: 'x' })
    clock.advanceSeconds(-60)
    await expectRefused(
      store,
      () => call('quiz:finish', { quizId: quiz.quizId }),
      'invalid-input',
      /clock reads/
    )
    clock.advanceSeconds(120)
    expect((await ok('quiz:finish', { quizId: quiz.quizId })).record.answered).toBe(1)
  })
})
