/**
 * The built-in deck as shipped: valid, covering every section and kind, pointing at real passages,
 * and teaching none of the traps FACTS.md §5 warns about, in the standard terms of FACTS.md §1.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { CARD_KINDS } from '@shared/limits'
import { DeckSchema, type DeckCard } from '@shared/card-schemas'
import { cardAnswer, cardPrompt, cardAnswerSide } from '@shared/card-text'
import type { Article } from '@shared/schemas'
import { CONTENT_DIR, shipped } from '../../test-util/store'
import { checkDeck } from './check-deck'

let deck: DeckCard[]
let article: Article

beforeAll(async () => {
  deck = DeckSchema.parse(JSON.parse(await readFile(join(CONTENT_DIR, 'cards.json'), 'utf8')))
  article = (await shipped()).article
})

/** What a card teaches as true: the question, the answer side and every accepted answer. */
const taught = (card: DeckCard): string[] => [cardPrompt(card), cardAnswerSide(card), ...(card.accept ?? [])]
/** Everything the card shows, including its explanation and wrong options. */
const shown = (card: DeckCard): string[] => [...taught(card), card.explain ?? '', ...(card.distractors ?? [])]
const answers = (card: DeckCard): string[] => [cardAnswer(card), cardAnswerSide(card), ...(card.accept ?? [])]

describe('the shipped deck', () => {
  it('passes the deck check: unique ids, real sections and source paragraphs', () => {
    expect(() => checkDeck(deck, article)).not.toThrow()
    expect(new Set(deck.map((c) => c.id)).size).toBe(deck.length)
  })

  it('has at least 50 cards, several in every section and of every kind', () => {
    expect(deck.length).toBeGreaterThanOrEqual(50)
    for (const section of article.sections) {
      expect(deck.filter((c) => c.section === section.id).length, section.id).toBeGreaterThanOrEqual(5)
    }
    for (const kind of CARD_KINDS) {
      expect(deck.filter((c) => c.kind === kind).length, kind).toBeGreaterThanOrEqual(5)
    }
  })

  it('asks about both the February and the August meeting, and which came first', () => {
    const text = deck.map((c) => shown(c).join(' ')).join('\n')
    expect(text).toContain('28 February 2025')
    expect(text).toContain('18 August 2025')
    expect(deck.some((c) => c.kind === 'dates' && /came first/.test(cardPrompt(c)))).toBe(true)
  })

  it('offers multiple choice on most cards, always with distinct options', () => {
    const choice = deck.filter((c) => c.distractors)
    expect(choice.length).toBeGreaterThan(deck.length / 2)
    for (const c of choice) {
      const options = [cardAnswer(c), ...c.distractors!].map((o) => o.toLowerCase())
      expect(new Set(options).size, c.id).toBe(options.length)
    }
  })

  it('uses standard terms, never the paraphrase, in what it teaches', () => {
    const paraphrases = [
      'Oval Workplace',
      'Secretary-Normal',
      'Fox Information',
      'international minister',
      'Safety ensures',
      'navy would possibly',
      'Ukrainian Structure',
      'Related Press',
      'assembly'
    ]
    for (const c of deck) {
      for (const text of taught(c)) {
        for (const phrase of paraphrases) expect(text, `${c.id}: ${phrase}`).not.toContain(phrase)
      }
    }
    const rutte = deck.find((c) => c.id === 'rutte-role')!
    expect(cardAnswer(rutte)).toBe('NATO Secretary General')
  })

  describe('teaches no trap from FACTS.md §5', () => {
    it('§5.1: never gives "extreme penalties" or "pointless" as words spoken; a mention says it is a paraphrase', () => {
      for (const c of deck) {
        for (const text of answers(c)) expect(text, c.id).not.toMatch(/extreme penalties|pointless/i)
        for (const text of shown(c)) {
          if (/extreme penalties|pointless/i.test(text)) expect(text, c.id).toMatch(/paraphrase/)
        }
      }
      const threat = deck.find((c) => /severe consequences/i.test(cardAnswer(c)))
      expect(threat, 'the standard wording is taught').toBeDefined()
    })

    it('§5.2: "navy would possibly" is military might, never the US Navy', () => {
      for (const c of deck) for (const text of answers(c)) expect(text, c.id).not.toMatch(/navy/i)
      expect(deck.some((c) => /military might/.test(cardAnswer(c)))).toBe(true)
    })

    it('§5.3: the Trump–Putin call is dated 18 August in Washington and 19 August in Moscow together', () => {
      const calls = deck.filter(
        (c) => /phone/i.test(shown(c).join(' ')) && /\d+ August/.test(cardAnswerSide(c))
      )
      expect(calls.length).toBeGreaterThan(0)
      for (const c of calls) {
        const answer = cardAnswerSide(c)
        expect(answer, c.id).toMatch(/18 August[^.]*Washington/)
        expect(answer, c.id).toMatch(/19 August in Moscow/)
      }
    })

    it('§5.4: "six other regions" is taught as the article’s count, with the dispute noted', () => {
      const six = deck.filter((c) => /\bsix\b/i.test(cardAnswer(c)) && /regions/.test(cardPrompt(c)))
      expect(six.length).toBeGreaterThan(0)
      for (const c of six) {
        expect(cardAnswer(c), c.id).toMatch(/according to the article/)
        expect(c.explain, c.id).toMatch(/disputed.*seven/)
      }
    })

    it('§5.5: August was their second Oval Office meeting, never their second meeting', () => {
      for (const c of deck) {
        for (const text of taught(c)) expect(text, c.id).not.toMatch(/second meeting/i)
      }
      const second = deck.find((c) => c.id === 'second-oval-office-meeting')!
      expect(cardAnswer(second)).toBe('Oval Office')
      expect(second.explain).toMatch(/St Peter’s Basilica on 26 April 2025/)
    })

    it('§5.6: the "three-year war" counts from 24 February 2022, and the war began in 2014', () => {
      const cards = deck.filter((c) => /three-year war/.test(cardPrompt(c)))
      expect(cards.length).toBeGreaterThan(0)
      for (const c of cards) {
        expect(cardAnswer(c), c.id).toMatch(/24 February 2022/)
        expect(c.explain, c.id).toMatch(/2014/)
      }
    })

    it('§5.7: the Istanbul talks were on 16 May 2025, and neither president attended', () => {
      for (const c of deck) {
        const text = taught(c).join(' ')
        if (/Istanbul/.test(text) && /\d+ May/.test(text) && !/challenge/.test(text)) {
          expect(text, c.id).toMatch(/16 May/)
          expect(text, c.id).not.toMatch(/1[1-5] May/)
        }
        for (const answer of answers(c)) expect(answer, c.id).not.toMatch(/(Putin|Zelenskyy) attended/)
      }
      const date = deck.find((c) => c.id === 'istanbul-talks-date')!
      expect(cardAnswer(date)).toBe('16 May 2025')
      expect(cardAnswer(deck.find((c) => c.id === 'istanbul-presidents-absent')!)).toMatch(/^No: neither/)
    })

    it('§5.8: no Putin–Zelenskyy meeting is taught as agreed', () => {
      for (const c of deck) {
        for (const answer of answers(c)) {
          if (/(meeting|summit)[^.]*\bagreed\b/i.test(answer)) expect(answer, c.id).toMatch(/\bno\b/i)
        }
      }
      expect(cardAnswer(deck.find((c) => c.id === 'no-meeting-agreed')!)).toMatch(
        /^No:.*no Putin–Zelenskyy meeting was ever agreed/
      )
    })
  })
})
describe('the deck as a teacher checks it against FACTS.md (issue 12 §3)', () => {
  const card = (id: string): DeckCard => {
    const found = deck.find((c) => c.id === id)
    if (!found) throw new Error(`no card ${id}`)
    return found
  }

  it('names which of the two meetings between February and August it asks about (§5.5)', () => {
    expect(cardPrompt(card('st-peters-meeting'))).toMatch(/met twice.*26 April 2025/)
    expect(cardAnswer(card('st-peters-meeting'))).toMatch(/St Peter’s Basilica, Rome/)
    expect(cardPrompt(card('hague-meeting'))).toMatch(/met twice.*25 June 2025/)
    expect(cardAnswer(card('hague-meeting'))).toMatch(/The Hague/)
    for (const c of deck) {
      if (/between the February and August/.test(cardPrompt(c)))
        expect(cardPrompt(c), c.id).toMatch(/met twice/)
    }
  })

  it('places the 13 August threat after the video call, said to reporters', () => {
    const threat = card('merz-video-call')
    expect(cardPrompt(threat)).toMatch(/^After a video call/)
    expect(cardPrompt(threat)).toMatch(/tell reporters/)
    expect(threat.explain).toMatch(/after the call/)
  })

  it('teaches what no card taught: no US ground troops, the unclear US role, transatlantic unity and the thanks', () => {
    expect(cardAnswer(card('trump-no-ground-troops'))).toBe('US ground troops')
    expect(cardPrompt(card('trump-no-ground-troops'))).toMatch(/19 August/)
    expect(card('us-role-unclear').sources).toEqual(['P13'])
    expect(cardAnswer(card('us-role-unclear'))).toMatch(/role the US/)
    expect(cardAnswer(card('transatlantic-unity'))).toMatch(/Transatlantic unity.*thanked Trump/)
  })

  it('asks about Meloni, Stubb and von der Leyen one at a time', () => {
    expect(deck.some((c) => c.id === 'other-leaders-attending')).toBe(false)
    expect(cardAnswer(card('meloni-attending'))).toMatch(/^Giorgia Meloni, Prime Minister of Italy$/)
    expect(cardAnswer(card('stubb-attending'))).toMatch(/^Alexander Stubb, President of Finland$/)
    expect(cardAnswer(card('von-der-leyen-attending'))).toMatch(/^Ursula von der Leyen/)
    for (const c of deck) {
      const named = ['Meloni', 'Stubb', 'von der Leyen'].filter((name) => cardAnswer(c).includes(name))
      expect(named.length, c.id).toBeLessThanOrEqual(1)
    }
  })

  it('offers no wrong answer that is arguably right', () => {
    const risky: [string, RegExp][] = [
      ['trump-coordination', /air patrols/],
      ['donbas-demand', /^Crimea$/],
      ['february-clash-vance', /Rubio/],
      ['alaska-before-white-house', /^The Alaska summit/]
    ]
    for (const [id, pattern] of risky) {
      for (const wrong of card(id).distractors ?? []) expect(wrong, id).not.toMatch(pattern)
    }
  })

  it('gives every written multiple-choice card three wrong answers', () => {
    for (const c of deck) if (c.distractors) expect(c.distractors, c.id).toHaveLength(3)
  })
})
