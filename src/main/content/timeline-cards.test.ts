/**
 * The timeline's flashcards: one "When did…" card per event the written deck does not date, and
 * two-option "Which came first…" cards only for an order the facts settle, all valid cards of the
 * built-in deck's shape, teaching no §5 trap.
 */
import { describe, expect, it } from 'vitest'
import { DeckSchema, type DeckCard } from '@shared/card-schemas'
import { certainlyBefore } from '@shared/timeline-order'
import { TIMELINE_CARD_PREFIX, timelineCards } from '@shared/timeline-cards'
import { shipped } from '../../test-util/store'
import { checkDeck } from './check-deck'

const content = await shipped()
const written = content.cards.filter((c) => !c.id.startsWith(TIMELINE_CARD_PREFIX))
const cards = timelineCards(content.timeline.events, content.article, written)
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

  it('ask "When did…" once for every event the written deck does not date, answered with its local date', () => {
    const when = cards.filter((c) => c.id.startsWith(`${TIMELINE_CARD_PREFIX}when-`))
    const repeated = [
      'crimea-annexed',
      'full-scale-invasion',
      'oval-office-february',
      'coalition-launched',
      'istanbul-talks',
      'alaska-summit',
      'oval-office-august',
      'coalition-debrief'
    ]
    expect(when.map((c) => c.id.slice(`${TIMELINE_CARD_PREFIX}when-`.length)).sort()).toEqual(
      content.timeline.events
        .map((e) => e.id)
        .filter((id) => !repeated.includes(id))
        .sort()
    )
    expect(basic('timeline-when-zelenskyy-challenge')).toMatchObject({
      front: 'When did this happen: Zelenskyy challenges Putin?',
      back: 'Sunday 11 May 2025',
      kind: 'dates',
      sources: ['P28'],
      accept: ['11 May 2025', 'May 11, 2025', '2025-05-11']
    })
  })

  it('accept each local date an event shows (the Trump–Putin call: 18 August in Washington, 19 in Moscow)', () => {
    const call = card('timeline-when-trump-putin-call')
    expect(call.type === 'basic' && call.back).toBe(
      'Monday 18 August 2025 (Tuesday 19 August 2025 in Moscow)'
    )
    expect(call.accept).toEqual(expect.arrayContaining(['18 August 2025', '19 August 2025', '2025-08-19']))
  })

  it('offer three other events’ dates as wrong answers, never the answer itself', () => {
    const when = basic('timeline-when-day-after-statements')

    expect(when.distractors).toHaveLength(3)
    expect(when.distractors).not.toContain(when.back)
    expect(when.distractors).toContain('Monday 18 August 2025')
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
      expect(c.distractors, `${c.id} is a choice of the two events`).toEqual([(earlier === a ? b : a).title])
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
