/**
 * Own cards, suspensions, resets, notes, export and statistics over a real store: what the user
 * chooses survives restarts and content updates, and bad input is refused changing nothing.
 */
import { describe, expect, it } from 'vitest'
import type { Content } from '@shared/schemas'
import { openStore } from '../../store/open-store'
import { shipped } from '../../../test-util/store'
import { expectRefused, useCardsFixture } from '../../../test-util/cards'
import { createHandlers } from '..'

const cardsFixture = useCardsFixture()

describe('cards:create', () => {
  it('makes a card from a passage, filed under its section, that joins the deck and the queue', async () => {
    const { ok, store, reopen } = await cardsFixture()
    const quote = 'A coalition of 30 countries'
    const card = await ok('cards:create', {
      card: { type: 'cloze', text: 'A coalition of {{c1::30}} countries' },
      sourceParagraphId: 'P13',
      quote
    })
    expect(card).toMatchObject({
      id: expect.stringMatching(/^own-/),
      kind: 'own',
      section: 'security-guarantees',
      sources: ['P13'],
      quote,
      created: '2025-08-20T09:00:00.000Z'
    })
    const rows = await ok('cards:list', {})
    expect(rows.at(-1)).toMatchObject({ card, status: 'new', suspended: false, due: null, reps: 0 })
    expect((await ok('cards:next', {})).counts.total).toBe(store.data.content.cards.length + 1)
    expect((await reopen()).data.flashcards.own).toEqual([card])
  })

  it('makes a plain question-and-answer card drawn from no passage', async () => {
    const { ok } = await cardsFixture()
    const card = await ok('cards:create', {
      card: { type: 'basic', front: '  Who hosted?  ', back: 'Trump' }
    })
    expect(card).toMatchObject({
      type: 'basic',
      front: 'Who hosted?',
      back: 'Trump',
      section: null,
      sources: []
    })
    expect(card).not.toHaveProperty('quote')
  })

  it.each([
    ['an empty question', { type: 'basic', front: '   ', back: 'x' }, /the question is empty/],
    ['an empty answer', { type: 'basic', front: 'x', back: '' }, /the answer is empty/],
    [
      'an over-long question',
      { type: 'basic', front: 'x'.repeat(1001), back: 'x' },
      /longer than 1,000 characters/
    ],
    ['cloze text hiding nothing', { type: 'cloze', text: 'Nothing hidden here' }, /hides nothing/]
  ])('refuses %s with a clear message, changing nothing', async (_what, card, message) => {
    const { call, store } = await cardsFixture()
    await expectRefused(store, () => call('cards:create', { card } as never), 'invalid-input', message)
  })

  it('refuses a passage the article does not have, changing nothing', async () => {
    const { call, store } = await cardsFixture()
    await expectRefused(
      store,
      () =>
        call('cards:create', { card: { type: 'basic', front: 'q', back: 'a' }, sourceParagraphId: 'P99' }),
      'not-found',
      'The article has no paragraph P99.'
    )
  })
})

describe('cards:update and cards:delete', () => {
  it('rewrites an own card’s faces, keeping where it came from and when it was made', async () => {
    const { ok, clock } = await cardsFixture()
    const card = await ok('cards:create', {
      card: { type: 'basic', front: 'q', back: 'a' },
      sourceParagraphId: 'P4',
      quote: 'We have taken'
    })
    clock.advanceSeconds(60)
    const updated = await ok('cards:update', {
      id: card.id,
      card: { type: 'cloze', text: '{{c1::Zelenskyy}} said so' }
    })
    expect(updated).toEqual({
      id: card.id,
      type: 'cloze',
      text: '{{c1::Zelenskyy}} said so',
      kind: 'own',
      section: 'opening',
      tags: [],
      sources: ['P4'],
      quote: 'We have taken',
      created: card.created,
      updated: '2025-08-20T09:01:00.000Z'
    })
  })

  it('deletes an own card with its progress and note, keeping its past reviews in the log', async () => {
    const { ok, store } = await cardsFixture()
    const card = await ok('cards:create', { card: { type: 'basic', front: 'q', back: 'a' } })
    await ok('cards:grade', { cardId: card.id, rating: 3 })
    await ok('cards:note', { id: card.id, note: 'mine' })
    const rows = await ok('cards:delete', { id: card.id })
    expect(rows.some((r) => r.card.id === card.id)).toBe(false)
    expect(store.data.flashcards.own).toEqual([])
    expect(store.data.cards[card.id]).toBeUndefined()
    expect(store.data.flashcards.notes[card.id]).toBeUndefined()
    expect(store.data.reviewLog).toHaveLength(1)
  })

  it('refuses to edit or delete a built-in card, or an own card that does not exist, changing nothing', async () => {
    const { call, store } = await cardsFixture()
    const card = { type: 'basic', front: 'q', back: 'a' } as const
    await expectRefused(
      store,
      () => call('cards:update', { id: 'rutte-role', card }),
      'invalid-input',
      /Built-in cards cannot be edited/
    )
    await expectRefused(
      store,
      () => call('cards:delete', { id: 'rutte-role' }),
      'invalid-input',
      /Built-in cards/
    )
    await expectRefused(
      store,
      () => call('cards:delete', { id: 'own-gone' }),
      'not-found',
      /no card "own-gone"/
    )
  })
})

describe('suspend, reset and notes', () => {
  it('suspends and unsuspends in bulk, new cards included, and keeps them out of the queue', async () => {
    const { ok, store } = await cardsFixture()
    const [a, b] = store.data.content.cards.map((c) => c.id)
    await ok('cards:grade', { cardId: a!, rating: 3 })
    const rows = await ok('cards:suspend', { ids: [a!, b!], suspended: true })
    expect(rows.filter((r) => r.suspended).map((r) => r.card.id)).toEqual([a, b])
    expect(store.data.cards[a!]).toMatchObject({ reps: 1, suspended: true })
    const view = await ok('cards:next', {})
    expect(view.counts.suspended).toBe(2)
    expect(view.next?.card.id).not.toBe(a)
    await ok('cards:suspend', { ids: [a!], suspended: false })
    expect(store.data.cards[a!]).toMatchObject({ reps: 1, suspended: false })
  })

  it('resets cards to new, keeping their suspension and their past reviews', async () => {
    const { ok, store } = await cardsFixture()
    const [a, b] = store.data.content.cards.map((c) => c.id)
    await ok('cards:grade', { cardId: a!, rating: 3 })
    await ok('cards:suspend', { ids: [b!], suspended: true })
    await ok('cards:reset', { ids: [a!, b!] })
    expect(store.data.cards[a!]).toMatchObject({ reps: 0, state: 0, suspended: false })
    expect(store.data.cards[b!]).toMatchObject({ reps: 0, state: 0, suspended: true })
    expect(store.data.reviewLog).toHaveLength(1)
  })

  it('refuses a bulk change naming a card that does not exist, changing none of them', async () => {
    const { call, store } = await cardsFixture()
    await expectRefused(
      store,
      () => call('cards:suspend', { ids: ['rutte-role', 'nope'], suspended: true }),
      'not-found',
      /"nope"/
    )
    await expectRefused(
      store,
      () => call('cards:reset', { ids: ['nope', 'rutte-role'] }),
      'not-found',
      /"nope"/
    )
    await expectRefused(
      store,
      () => call('cards:suspend', { ids: [], suspended: true }),
      'invalid-input',
      /at least one card/
    )
  })

  it('keeps a trimmed personal note, removes it when emptied, and refuses an over-long one', async () => {
    const { ok, call, store } = await cardsFixture()
    expect((await ok('cards:note', { id: 'rutte-role', note: '  Former Dutch PM  ' })).note).toBe(
      'Former Dutch PM'
    )
    expect(store.data.flashcards.notes).toEqual({ 'rutte-role': 'Former Dutch PM' })
    await expectRefused(
      store,
      () => call('cards:note', { id: 'rutte-role', note: 'x'.repeat(2001) }),
      'invalid-input',
      /at most 2,000/
    )
    expect((await ok('cards:note', { id: 'rutte-role', note: '' })).note).toBeNull()
    expect(store.data.flashcards.notes).toEqual({})
  })
})

describe('undoing a reset (cards:unreset)', () => {
  it('puts back exactly the progress a reset forgot, durably, and leaves the review log alone', async () => {
    const { ok, store, reopen, clock } = await cardsFixture()
    const [studied, suspended, fresh] = store.data.content.cards.map((c) => c.id)
    await ok('cards:grade', { cardId: studied!, rating: 3 })
    clock.advanceSeconds(60)
    await ok('cards:grade', { cardId: studied!, rating: 4 })
    await ok('cards:suspend', { ids: [suspended!], suspended: true })
    const before = structuredClone(store.data.cards)
    const log = structuredClone(store.data.reviewLog)
    expect(before[fresh!]).toBeUndefined()

    clock.advanceSeconds(60)
    const reset = await ok('cards:reset', { ids: [studied!, suspended!, fresh!] })
    expect(reset.rows.find((r) => r.card.id === studied)).toMatchObject({ status: 'new', reps: 0 })
    expect(store.data.cards[fresh!]).toBeDefined()

    clock.advanceSeconds(60)
    const rows = await ok('cards:unreset', { resetId: reset.resetId })
    expect(store.data.cards).toStrictEqual(before)
    expect(store.data.reviewLog).toStrictEqual(log)
    expect(rows.find((r) => r.card.id === studied)).toMatchObject({ reps: 2 })
    expect(rows.find((r) => r.card.id === suspended)).toMatchObject({ suspended: true })
    const reopened = await reopen()
    expect(reopened.data.cards).toStrictEqual(before)
    expect(reopened.data.reviewLog).toStrictEqual(log)
  })

  it('refuses, changing nothing, when a card was reviewed since the reset (in any window)', async () => {
    const { ok, call, store } = await cardsFixture()
    const [a, b] = store.data.content.cards.map((c) => c.id)
    await ok('cards:grade', { cardId: a!, rating: 3 })
    const reset = await ok('cards:reset', { ids: [a!, b!] })
    await ok('cards:grade', { cardId: b!, rating: 1 })
    await expectRefused(
      store,
      () => call('cards:unreset', { resetId: reset.resetId }),
      'conflict',
      '1 of these 2 cards was reviewed or changed since the reset, so the reset was not undone. Nothing was changed.'
    )
    expect(store.data.cards[a!]).toMatchObject({ reps: 0 })
  })

  it('refuses when a card was suspended or reset again since, and once a reset is undone', async () => {
    const { ok, call, store } = await cardsFixture()
    const [a, b, c] = store.data.content.cards.map((card) => card.id)
    const first = await ok('cards:reset', { ids: [a!, b!] })
    await ok('cards:suspend', { ids: [a!], suspended: true })
    await expectRefused(
      store,
      () => call('cards:unreset', { resetId: first.resetId }),
      'conflict',
      /1 of these 2 cards was reviewed or changed since the reset/
    )
    const second = await ok('cards:reset', { ids: [c!] })
    await ok('cards:reset', { ids: [c!] })
    await expectRefused(
      store,
      () => call('cards:unreset', { resetId: second.resetId }),
      'conflict',
      'This card was reviewed or changed since the reset, so the reset was not undone. Nothing was changed.'
    )

    const third = await ok('cards:reset', { ids: [b!] })
    await ok('cards:unreset', { resetId: third.resetId })
    await expectRefused(
      store,
      () => call('cards:unreset', { resetId: third.resetId }),
      'not-found',
      'This reset can no longer be undone: it was undone already, or Debrief has restarted since. Nothing was changed.'
    )
  })

  it('refuses an id no reset answered, and one that is not an id, changing nothing', async () => {
    const { call, store } = await cardsFixture()
    await expectRefused(
      store,
      () => call('cards:unreset', { resetId: 'reset-1' }),
      'not-found',
      /no longer be undone/
    )
    await expectRefused(
      store,
      () => call('cards:unreset', { resetId: 'x'.repeat(101) } as never),
      'invalid-input',
      /resetId/
    )
  })
})

describe('a content update', () => {
  it('keeps progress, suspensions and notes by card id, and keeps those of a card that left the deck', async () => {
    const { ok, store, dataDir, clock } = await cardsFixture()
    const [a, b, c] = store.data.content.cards.map((card) => card.id)
    await ok('cards:grade', { cardId: a!, rating: 3 })
    await ok('cards:suspend', { ids: [b!], suspended: true })
    await ok('cards:note', { id: c!, note: 'remember' })
    await store.flush()
    const saved = structuredClone(store.data)

    const shippedContent = await shipped()
    const revised: Content = {
      ...shippedContent,
      version: 'c'.repeat(16),
      cards: [...shippedContent.cards.slice(1).reverse()]
    }
    const updated = await openStore({ dataDir, content: revised, now: clock.now })
    expect(updated.data.content.version).toBe('c'.repeat(16))
    expect(updated.data.cards).toStrictEqual(saved.cards)
    expect(updated.data.flashcards).toStrictEqual(saved.flashcards)
    expect(updated.data.reviewLog).toStrictEqual(saved.reviewLog)

    const handlers = createHandlers(updated, clock.now)
    const rows = await handlers['cards:list']({})
    expect(rows.find((r) => r.card.id === b)).toMatchObject({ suspended: true })
    expect(rows.find((r) => r.card.id === c)).toMatchObject({ note: 'remember' })
    expect(rows.some((r) => r.card.id === a)).toBe(false)
  })
})

describe('cards:export', () => {
  it('exports every card for Anki as Basic notes, the cloze cards as Cloze notes, and all as CSV', async () => {
    const { ok, store } = await cardsFixture()
    const total = store.data.content.cards.length
    const clozeCount = store.data.content.cards.filter((c) => c.type === 'cloze').length
    const basic = await ok('cards:export', { format: 'anki-basic' })
    expect(basic.cards).toBe(total)
    expect(basic.text.split('\n').filter((l) => l && !l.startsWith('#'))).toHaveLength(total)
    const cloze = await ok('cards:export', { format: 'anki-cloze' })
    expect(cloze.cards).toBe(clozeCount)
    expect(cloze.text).toContain('#notetype:Cloze')
    const csv = await ok('cards:export', { format: 'csv' })
    expect(csv.text.split('\r\n').filter(Boolean)).toHaveLength(total + 1)
  })
})

describe('cards:stats and cards:recall', () => {
  it('show the session’s reviews today, and recall in the section studied', async () => {
    const { ok, store, clock } = await cardsFixture()
    const opening = store.data.content.cards.filter((c) => c.section === 'opening').slice(0, 3)
    for (const card of opening) {
      await ok('cards:grade', { cardId: card.id, rating: card === opening[0] ? 1 : 4 })
      clock.advanceSeconds(10)
    }
    const stats = await ok('cards:stats', {})
    expect(stats.reviewsPerDay.at(-1)).toMatchObject({ count: 3, again: 1 })
    expect(stats.byState.new).toBe(store.data.content.cards.length - 3)
    const recall = await ok('cards:recall', {})
    expect(recall.map((r) => r.section)).toEqual(store.data.content.article.sections.map((s) => s.id))
    expect(recall[0]).toMatchObject({ section: 'opening', studied: 3 })
    expect(recall[0]!.meanRetrievability).toBeGreaterThan(0.9)
    expect(recall[1]!.meanRetrievability).toBeNull()
  })
})
