/** The deck check refuses a deck whose cards would point the student at the wrong place. */
import { describe, expect, it } from 'vitest'
import type { DeckCard } from '@shared/card-schemas'
import { shipped } from '../../test-util/store'
import { checkDeck } from './check-deck'

const card = (over: Partial<DeckCard> = {}): DeckCard =>
  ({
    id: 'rutte-role',
    type: 'basic',
    kind: 'people',
    section: 'opening',
    tags: [],
    sources: ['P7'],
    front: 'What is Mark Rutte’s role?',
    back: 'NATO Secretary General',
    distractors: [
      'Prime Minister of the Netherlands',
      'President of the European Council',
      'NATO Supreme Allied Commander'
    ],
    ...over
  }) as DeckCard

describe('checkDeck', () => {
  it('passes a deck whose ids, sections and sources all hold', async () => {
    const { article } = await shipped()
    const deck = [card(), card({ id: 'coalition-size', section: 'security-guarantees', sources: ['P13'] })]
    expect(checkDeck(deck, article)).toBe(deck)
  })

  it.each([
    ['an id used twice', [card(), card()], 'card id "rutte-role" is used twice'],
    ['a paragraph the article lacks', [card({ sources: ['P99'] })], 'cites P99, which the article lacks'],
    ['a section the article lacks', [card({ section: 'epilogue' })], 'names section "epilogue"'],
    [
      'a first source outside its section',
      [card({ section: 'ceasefire' })],
      'filed under ceasefire but its first source is in opening'
    ],
    [
      'its own answer among the wrong ones',
      [card({ distractors: ['NATO secretary general', 'a', 'b'] })],
      'offers its own answer'
    ]
  ])('refuses %s, naming the problem', async (_what, deck, message) => {
    const { article } = await shipped()
    expect(() => checkDeck(deck, article)).toThrow(message)
  })
})
