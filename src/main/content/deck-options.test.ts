/**
 * Multiple choice that does not give the answer away (issue 12 §2): over every multiple-choice card
 * of the shipped deck (written and timeline), the right option must not be the longest more often
 * than 30% of the time, nor over 30% longer than every other option more than 5% of the time; and a
 * wrong option must read like the right one (an answer opening "In …" has wrong ones opening so).
 * The figures are printed, for docs/flashcards.md.
 */
import { describe, expect, it } from 'vitest'
import { cardAnswer } from '@shared/card-text'
import { TIMELINE_CARD_PREFIX } from '@shared/timeline-cards'
import { shipped } from '../../test-util/store'

const content = await shipped()
const choice = content.cards.filter((card) => (card.distractors?.length ?? 0) > 0)

/** How the right option's length compares with the wrong ones', card by card. */
const lengths = choice.map((card) => {
  const right = cardAnswer(card).length
  const longestWrong = Math.max(...card.distractors!.map((option) => option.length))
  return { id: card.id, longest: right > longestWrong, muchLonger: right > longestWrong * 1.3 }
})
const share = (count: number): number => count / choice.length

describe('multiple-choice options in the shipped deck', () => {
  const longest = lengths.filter((l) => l.longest)
  const muchLonger = lengths.filter((l) => l.muchLonger)
  it('figures', () => {
    const timeline = content.cards.filter((card) => card.id.startsWith(TIMELINE_CARD_PREFIX)).length
    console.info(
      `[deck] ${content.cards.length - timeline} written + ${timeline} timeline = ${content.cards.length} cards`
    )
    console.info(
      `[deck-options] ${choice.length} multiple-choice cards; the right option is the longest in ` +
        `${longest.length} (${(share(longest.length) * 100).toFixed(1)}%) and over 30% longer than every ` +
        `other in ${muchLonger.length} (${(share(muchLonger.length) * 100).toFixed(1)}%)`
    )
    console.info(`[deck-options] much longer: ${muchLonger.map((l) => l.id).join(', ')}`)
    console.info(`[deck-options] longest: ${longest.map((l) => l.id).join(', ')}`)
  })

  it('do not make the right option the longest more than 30% of the time', () => {
    expect(share(longest.length)).toBeLessThanOrEqual(0.3)
  })

  it('do not make the right option over 30% longer than every other more than 5% of the time', () => {
    expect(share(muchLonger.length)).toBeLessThanOrEqual(0.05)
  })

  it('open every wrong option as the right one opens, when it opens with a preposition', () => {
    const PREPOSITION = /^(In|At|On|By|From|To|That)\b/
    for (const card of choice) {
      const opening = PREPOSITION.exec(cardAnswer(card))?.[1]
      if (opening === undefined) continue
      for (const option of card.distractors!) expect(option, card.id).toMatch(PREPOSITION)
    }
  })
})
