/** Quiz questions: never more than asked, each card once, four distinct options, fair marking. */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DeckSchema, type AnyCard } from '@shared/card-schemas'
import { seededRandom } from '@shared/seeded-random'
import { CONTENT_DIR } from '../../../test-util/store'
import { buildQuiz, checkQuizAnswer, questionKinds } from './quiz-questions'

const deck = async (): Promise<AnyCard[]> =>
  DeckSchema.parse(JSON.parse(await readFile(join(CONTENT_DIR, 'cards.json'), 'utf8')))

describe('buildQuiz', () => {
  it('asks the number of questions wanted, each card once, with four distinct options for multiple choice', async () => {
    const items = buildQuiz(await deck(), 10, 'mixed', seededRandom(1))
    expect(items).toHaveLength(10)
    expect(new Set(items.map((i) => i.cardId)).size).toBe(10)
    for (const item of items.filter((i) => i.kind === 'choice')) {
      expect(item.options).toHaveLength(4)
      expect(new Set(item.options).size).toBe(4)
      expect(item.options).toContain(item.expected)
    }
    expect(items.some((i) => i.kind === 'typed')).toBe(true)
    expect(items.some((i) => i.kind === 'choice')).toBe(true)
  })

  it('keeps to the kind of question asked for, and asks fewer when fewer cards qualify', async () => {
    const cards = await deck()
    expect(buildQuiz(cards, 50, 'choice', seededRandom(2)).every((i) => i.kind === 'choice')).toBe(true)
    expect(
      buildQuiz(cards, 50, 'typed', seededRandom(3)).every((i) => i.kind === 'typed' && i.options === null)
    ).toBe(true)
    const few = cards.slice(0, 3)
    expect(buildQuiz(few, 10, 'mixed', seededRandom(4))).toHaveLength(3)
  })

  it('never asks a long answer to be typed', async () => {
    const long = (await deck()).find((c) => c.id === 'ceasefire-why-it-matters')!
    expect(questionKinds(long)).toEqual([])
    const summary = (await deck()).find((c) => c.id === 'meeting-sequence-monday')!
    expect(questionKinds(summary)).toEqual(['choice'])
  })

  it('marks the exact option for multiple choice and a lenient match when typed', async () => {
    const cards = (await deck()).filter((c) => c.id === 'rutte-role')
    const [choice] = buildQuiz(cards, 1, 'choice', seededRandom(5))
    const right = (item: typeof choice, given: string): boolean => checkQuizAnswer(item!, given).correct
    expect(right(choice, 'NATO Secretary General')).toBe(true)
    expect(right(choice, 'nato secretary general')).toBe(false)
    const [typed] = buildQuiz(cards, 1, 'typed', seededRandom(6))
    expect(right(typed, 'nato secretary-general')).toBe(true)
    expect(right(typed, 'Secretary General of NATO')).toBe(true)
    expect(right(typed, 'NATO Sec. Gen.')).toBe(true)
    expect(right(typed, 'NATO Supreme Allied Commander')).toBe(false)
  })

  it('reads a list card’s answer as a set and names what was left out', async () => {
    const cards = (await deck()).filter((c) => c.id === 'coalition-non-european')
    const [typed] = buildQuiz(cards, 1, 'typed', seededRandom(8))
    expect(typed!.listAnswer).toBe(true)
    expect(checkQuizAnswer(typed!, 'Australia / Japan').correct).toBe(true)
    expect(checkQuizAnswer(typed!, 'Australia')).toEqual({ correct: false, feedback: 'You left out: Japan.' })
  })
})
