/**
 * The timeline's flashcards: one "When did…" card per event and "Which came first…" cards only for
 * an order the facts settle, all valid cards of the built-in deck's shape, teaching no §5 trap.
 */
import { describe, expect, it } from 'vitest'
import { DeckSchema, type DeckCard } from '@shared/card-schemas'
import { certainlyBefore } from '@shared/timeline-order'
import { TIMELINE_CARD_PREFIX, timelineCards } from '@shared/timeline-cards'
import { shipped } from '../../test-util/store'
import { checkDeck } from './check-deck'

const content = await shipped()
const cards = timelineCards(content.timeline.events, content.article)
const card = (id: string): DeckCard => {
  const found = cards.find((c) => c.id === id)
  if (found === undefined) throw new Error(`no card ${id}`)
  return found
}
const basic = (id: string) => {
  const found = card(id)
  if (found.type !== 'basic') throw new Error(`${id} is not a basic card`)
  return found
}

describe('timeline cards', () => {
  it('are valid built-in cards that join the shipped deck, checked with the rest', () => {
    expect(DeckSchema.safeParse(cards).success).toBe(true)
    expect(checkDeck(cards, content.article)).toBe(cards)
    expect(content.cards.filter((c) => c.id.startsWith(TIMELINE_CARD_PREFIX))).toEqual(cards)
  })

  it('ask "When did…" once for every event, answered with its local date', () => {
    const when = cards.filter((c) => c.id.startsWith(`${TIMELINE_CARD_PREFIX}when-`))

    expect(when).toHaveLength(content.timeline.events.length)
    expect(basic('timeline-when-crimea-annexed')).toMatchObject({
      front: 'When did this happen: Russia annexes Crimea?',
      back: 'Tuesday 18 March 2014',
      kind: 'dates',
      section: 'occupied-territory',
      sources: ['P25'],
      accept: ['18 March 2014', 'March 18, 2014', '2014-03-18']
    })
  })

  it('answer the Trump–Putin call with both local dates (FACTS.md §5.3)', () => {
    expect(basic('timeline-when-trump-putin-call').back).toBe(
      'Monday 18 August 2025 (Tuesday 19 August 2025 in Moscow)'
    )
  })

  it('offer three other events’ dates as wrong answers, never the answer itself', () => {
    const august = basic('timeline-when-oval-office-august')

    expect(august.distractors).toHaveLength(3)
    expect(august.distractors).not.toContain(august.back)
    expect(august.distractors).toContain('Tuesday 19 August 2025')
  })

  it('ask "Which came first…" only where the order is certain, the answer being the earlier event', () => {
    const first = cards.filter((c) => c.id.startsWith(`${TIMELINE_CARD_PREFIX}first-`))

    expect(first.length).toBeGreaterThanOrEqual(8)
    for (const c of first) {
      if (c.type !== 'basic') throw new Error(`${c.id} is not a basic card`)
      const named = content.timeline.events.filter((e) => c.front.includes(e.title))
      expect(named, c.id).toHaveLength(2)
      const [a, b] = named as [(typeof named)[0], (typeof named)[0]]
      const earlier = certainlyBefore(a, b) ? a : b
      expect(certainlyBefore(earlier, earlier === a ? b : a), c.id).toBe(true)
      expect(c.back, c.id).toBe(earlier.title)
    }
    const pair = basic('timeline-first-oval-office-august-east-room-meeting')
    expect(pair.back).toBe('August Oval Office meeting')
    expect(pair.front).toMatch(/^Which came first: /)
  })

  it('teach no trap: never “second meeting”, never the navy', () => {
    const text = JSON.stringify(cards)

    expect(text).not.toMatch(/(?<!not their )second meeting/i)
    expect(text).not.toMatch(/\bnavy\b/i)
  })
})
