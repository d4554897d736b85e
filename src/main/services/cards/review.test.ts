/**
 * Reviews end to end over a real store: the queue, a grade through ts-fsrs persisted and reloaded,
 * undo restoring a card exactly, the daily new-card limit, and bad grades refused changing nothing.
 */
import { formatDateTime } from '@shared/dates'
import { cpSync } from 'node:fs'
import { describe, expect, it, vi } from 'vitest'
import { openStore } from '../../store/open-store'
import { expectRefused, useCardsFixture } from '../../../test-util/cards'
import { shipped, useTempDirs } from '../../../test-util/store'

const cardsFixture = useCardsFixture()
const tempDir = useTempDirs()

describe('cards:next', () => {
  it('offers the day’s new cards in deck order, each grade showing its interval', async () => {
    const { ok, store } = await cardsFixture()
    const view = await ok('cards:next', {})
    expect(view.counts).toEqual({
      due: 0,
      new: 20,
      learning: 0,
      total: store.data.content.cards.length,
      suspended: 0
    })
    expect(view.next?.card.id).toBe(store.data.content.cards[0]!.id)
    expect(view.next?.status).toBe('new')
    expect(view.next?.previews.map((p) => p.rating)).toEqual([1, 2, 3, 4])
    expect(view.next?.previews.map((p) => p.label)).toEqual([
      '1m',
      '6m',
      '10m',
      expect.stringMatching(/^\d+d$/)
    ])
    expect(view.canUndo).toBe(false)
  })
})

describe('cards:grade', () => {
  it('schedules through ts-fsrs, logs the review, and both survive a restart; the next grade builds on them', async () => {
    const { ok, store, clock, reopen } = await cardsFixture()
    const first = (await ok('cards:next', {})).next!
    const good = first.previews.find((p) => p.rating === 3)!

    const after = await ok('cards:grade', { cardId: first.card.id, rating: 3 })

    const state = store.data.cards[first.card.id]!
    expect(state).toMatchObject({ reps: 1, state: 1, due: good.due, last_review: clock.now().toISOString() })
    expect(store.data.reviewLog).toEqual([
      [first.card.id, 3, clock.now().getTime(), 0, 0, 0, state.stability, state.difficulty]
    ])
    expect(after.counts.new).toBe(19)
    expect(after.canUndo).toBe(true)

    const reopened = await reopen()
    expect(reopened.data.cards[first.card.id]).toStrictEqual(state)
    expect(reopened.data.reviewLog).toStrictEqual(store.data.reviewLog)

    clock.advanceSeconds(15 * 60)
    await ok('cards:grade', { cardId: first.card.id, rating: 3 })
    expect(store.data.cards[first.card.id]).toMatchObject({ reps: 2, state: 2 })
    expect(store.data.reviewLog.map((e) => e[3])).toEqual([0, 1])
  })

  it('answers without serialising the store (the grade is journaled), and the write follows', async () => {
    const { call, store } = await cardsFixture()
    await store.flush()
    const stringify = vi.spyOn(JSON, 'stringify')
    const storeSerialised = (): boolean =>
      stringify.mock.calls.some(
        ([value]) => (value as { reviewLog?: unknown })?.reviewLog === store.data.reviewLog
      )
    try {
      const result = await call('cards:grade', { cardId: 'rutte-role', rating: 3 })
      expect(result.ok).toBe(true)
      expect(storeSerialised()).toBe(false)
      await store.flush()
      expect(storeSerialised()).toBe(true)
    } finally {
      stringify.mockRestore()
    }
  })

  it('brings a card graded Again back once it is due, before new cards', async () => {
    const { ok, clock } = await cardsFixture()
    const first = (await ok('cards:next', {})).next!.card.id
    await ok('cards:grade', { cardId: first, rating: 1 })
    clock.advanceSeconds(61)
    const view = await ok('cards:next', {})
    expect(view.next?.card.id).toBe(first)
    expect(view.next?.status).toBe('learning')
    expect(view.counts.learning).toBe(1)
  })

  it('introduces no more new cards a day than the setting allows', async () => {
    const { ok, clock } = await cardsFixture()
    expect(await ok('cards:configure', { newCardsPerDay: 2 })).toEqual({
      desiredRetention: 0.9,
      newCardsPerDay: 2
    })
    for (let i = 0; i < 2; i += 1) {
      const view = await ok('cards:next', {})
      await ok('cards:grade', { cardId: view.next!.card.id, rating: 4 })
      clock.advanceSeconds(5)
    }
    const done = await ok('cards:next', {})
    expect(done.counts).toMatchObject({ new: 0, due: 0, learning: 0 })
    expect(done.next).toBeNull()
    expect(done.nextDueAt).not.toBeNull()
    clock.advanceDays(1)
    expect((await ok('cards:next', {})).counts.new).toBe(2)
  })

  it('refuses a card that does not exist, changing nothing', async () => {
    const { call, store } = await cardsFixture()
    await expectRefused(
      store,
      () => call('cards:grade', { cardId: 'no-such-card', rating: 3 }),
      'not-found',
      /no card "no-such-card"/
    )
  })

  it('refuses a grade when the clock went backwards, changing nothing', async () => {
    const { ok, call, store, clock } = await cardsFixture()
    const [a, b] = store.data.content.cards
    await ok('cards:grade', { cardId: a!.id, rating: 3 })
    const graded = clock.now()
    clock.advanceSeconds(-3600)
    // Both moments as the app writes every date, not as ISO strings.
    await expectRefused(
      store,
      () => call('cards:grade', { cardId: b!.id, rating: 3 }),
      'invalid-input',
      new RegExp(
        `clock reads ${formatDateTime(clock.now())}, earlier than your last review at ${formatDateTime(graded)}\\.`
      )
    )
  })

  it('refuses a suspended card and a grade outside 1–4, changing nothing', async () => {
    const { ok, call, store } = await cardsFixture()
    const id = store.data.content.cards[0]!.id
    await ok('cards:suspend', { ids: [id], suspended: true })
    await expectRefused(
      store,
      () => call('cards:grade', { cardId: id, rating: 3 }),
      'invalid-input',
      /suspended/
    )
    for (const rating of [0, 5, 2.5]) {
      await expectRefused(
        store,
        () => call('cards:grade', { cardId: id, rating }),
        'invalid-input',
        /a grade is 1 to 4|expected int/
      )
    }
  })
})

describe('cards:undo', () => {
  it('restores the card exactly, removes its log entry, and shows the card again', async () => {
    const { ok, store, clock, reopen } = await cardsFixture()
    const id = (await ok('cards:next', {})).next!.card.id
    await ok('cards:grade', { cardId: id, rating: 1 })
    clock.advanceSeconds(70)
    await store.flush()
    const before = structuredClone(store.data)

    await ok('cards:grade', { cardId: id, rating: 3 })
    const undone = await ok('cards:undo', {})

    expect(store.data).toStrictEqual(before)
    expect(undone.next?.card.id).toBe(id)
    expect((await reopen()).data).toStrictEqual(before)

    const first = await ok('cards:undo', {})
    expect(store.data.cards[id]).toBeUndefined()
    expect(store.data.reviewLog).toEqual([])
    expect(first.canUndo).toBe(false)
  })

  it('is durable once answered, like the grade: a kill straight after the answer keeps the grade undone', async () => {
    const { ok, store, clock, dataDir } = await cardsFixture()
    const id = (await ok('cards:next', {})).next!.card.id
    await store.flush()
    await ok('cards:grade', { cardId: id, rating: 3 })
    await ok('cards:undo', {})

    // What a kill at this instant leaves: the data folder exactly as it is now, copied at once.
    const killed = await tempDir()
    cpSync(dataDir, killed, { recursive: true })
    const restarted = await openStore({ dataDir: killed, content: await shipped(), now: clock.now })
    expect(restarted.data.cards[id]).toBeUndefined()
    expect(restarted.data.reviewLog).toEqual([])
    await restarted.close()
  })

  it('refuses when there is nothing to undo, or the card changed since, changing nothing', async () => {
    const { ok, call, store } = await cardsFixture()
    await expectRefused(store, () => call('cards:undo', {}), 'not-found', 'There is no grade to undo.')
    const id = store.data.content.cards[0]!.id
    await ok('cards:grade', { cardId: id, rating: 3 })
    await ok('cards:reset', { ids: [id] })
    await expectRefused(store, () => call('cards:undo', {}), 'not-found', 'There is no grade to undo.')
  })
})

describe('cards:configure', () => {
  it('saves the desired retention and refuses one out of range, changing nothing', async () => {
    const { ok, call, store, reopen } = await cardsFixture()
    await ok('cards:configure', { desiredRetention: 0.85 })
    expect((await reopen()).data.flashcards.settings).toEqual({ desiredRetention: 0.85, newCardsPerDay: 20 })
    expect(await ok('cards:settings', {})).toEqual({ desiredRetention: 0.85, newCardsPerDay: 20 })
    await expectRefused(
      store,
      () => call('cards:configure', { desiredRetention: 0.5 }),
      'invalid-input',
      /desiredRetention/
    )
    await expectRefused(store, () => call('cards:configure', {}), 'invalid-input', /at least one setting/)
  })
})
