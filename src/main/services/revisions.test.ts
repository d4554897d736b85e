/**
 * Two windows on one store: each write that replaces text carries the revision the user started
 * from, and one that started before another window's change is refused ("conflict", with the
 * words the user sees) and changes nothing, in memory or on disk; the same write from the
 * revision now saved goes through. A grade for a card another window graded first is refused.
 */
import { describe, expect, it } from 'vitest'
import { describeRange } from '@shared/anchoring/anchor'
import { articleText } from '@shared/anchoring/article-text'
import { CHANGED_ELSEWHERE, revisionOf } from '@shared/revision'
import { expectRefused, useCardsFixture } from '../../test-util/cards'
import { GRADED_ELSEWHERE } from './cards/review'

const cardsFixture = useCardsFixture()

async function withHighlight() {
  const fixture = await cardsFixture()
  const text = articleText(fixture.store.data.content.article).text
  const at = text.indexOf('Oval Workplace')
  const highlight = await fixture.ok('annotations:create', {
    color: 'yellow',
    selector: describeRange(text, at, at + 'Oval Workplace'.length),
    note: 'First thought.'
  })
  return { ...fixture, highlight }
}

describe('a highlight’s note', () => {
  it('saved in window A makes window B’s save from the old text a conflict, which changes nothing', async () => {
    const { ok, call, store, highlight } = await withHighlight()
    const seen = revisionOf(highlight.note)
    await ok('annotations:update', { id: highlight.id, note: 'A’s thought.', revision: seen })

    await expectRefused(
      store,
      () => call('annotations:update', { id: highlight.id, note: 'B’s thought.', revision: seen }),
      'conflict',
      CHANGED_ELSEWHERE
    )
    expect(store.data.annotations[0]?.note).toBe('A’s thought.')

    // B chose to keep theirs over A's: saved from the revision B was shown, it goes through.
    const kept = await ok('annotations:update', {
      id: highlight.id,
      note: 'B’s thought.',
      revision: revisionOf('A’s thought.')
    })
    expect(kept.note).toBe('B’s thought.')
  })

  it('is not held up by a colour or tag change from a stale window, which replaces no text', async () => {
    const { ok, highlight } = await withHighlight()
    await ok('annotations:update', {
      id: highlight.id,
      note: 'Changed.',
      revision: revisionOf(highlight.note)
    })
    const recoloured = await ok('annotations:update', {
      id: highlight.id,
      color: 'pink',
      revision: revisionOf(highlight.note)
    })
    expect(recoloured).toMatchObject({ color: 'pink', note: 'Changed.' })
  })

  it('is saved from the text the user started from even when another window wrote the same text meanwhile', async () => {
    const { ok, highlight } = await withHighlight()
    const seen = revisionOf(highlight.note)
    await ok('annotations:update', { id: highlight.id, note: 'Other.', revision: seen })
    await ok('annotations:update', { id: highlight.id, note: highlight.note, revision: revisionOf('Other.') })
    // Nothing another window wrote is lost by this save: the text it replaces is what B saw.
    expect((await ok('annotations:update', { id: highlight.id, note: 'B.', revision: seen })).note).toBe('B.')
  })
})

describe('a page note', () => {
  it('written first in A makes B’s first note on the same section a conflict', async () => {
    const { ok, call, store } = await cardsFixture()
    const nothing = revisionOf('')
    await ok('pagenotes:write', { target: 'article', note: 'A’s overview.', revision: nothing })

    await expectRefused(
      store,
      () => call('pagenotes:write', { target: 'article', note: 'B’s overview.', revision: nothing }),
      'conflict',
      CHANGED_ELSEWHERE
    )
    // Another target is another note: no conflict with the article's.
    const section = store.data.content.article.sections[1]!.id
    await ok('pagenotes:write', { target: section, note: 'B on a section.', revision: nothing })
  })

  it('emptied in A makes B’s edit of the old text a conflict', async () => {
    const { ok, call, store } = await cardsFixture()
    await ok('pagenotes:write', { target: 'article', note: 'Old.' })
    await ok('pagenotes:write', { target: 'article', note: '', revision: revisionOf('Old.') })

    await expectRefused(
      store,
      () =>
        call('pagenotes:write', { target: 'article', note: 'Old, edited.', revision: revisionOf('Old.') }),
      'conflict',
      CHANGED_ELSEWHERE
    )
  })
})

describe('an event note', () => {
  it('edited in A makes B’s edit from the old text a conflict, and B’s tag change alone goes through', async () => {
    const { ok, call, store } = await cardsFixture()
    const note = await ok('eventnotes:add', { eventId: 'oval-office-august', note: 'Cordial.' })
    const seen = revisionOf(note.note)
    await ok('eventnotes:edit', { id: note.id, note: 'Cordial this time.', revision: seen })

    await expectRefused(
      store,
      () => call('eventnotes:edit', { id: note.id, note: 'Warm.', revision: seen }),
      'conflict',
      CHANGED_ELSEWHERE
    )
    const tagged = await ok('eventnotes:edit', { id: note.id, tags: ['tone'], revision: seen })
    expect(tagged).toMatchObject({ note: 'Cordial this time.', tags: ['tone'] })
  })
})

describe('an own card and a card’s note', () => {
  it('a card rewritten in A makes B’s rewrite of the card it was shown a conflict', async () => {
    const { ok, call, store } = await cardsFixture()
    const card = await ok('cards:create', { card: { type: 'basic', front: 'Who?', back: 'Rutte' } })
    const seen = revisionOf(card)
    const [row] = (await ok('cards:list', {})).filter((r) => r.card.id === card.id)
    expect(revisionOf(row!.card), 'the revision of the card as the browser lists it').toBe(seen)
    await ok('cards:update', {
      id: card.id,
      card: { type: 'basic', front: 'Who leads NATO?', back: 'Rutte' },
      revision: seen
    })

    await expectRefused(
      store,
      () =>
        call('cards:update', {
          id: card.id,
          card: { type: 'basic', front: 'Who?', back: 'Mark Rutte' },
          revision: seen
        }),
      'conflict',
      'This card was changed in another window.'
    )
  })

  it('a card note written in A makes B’s note from the old one a conflict', async () => {
    const { ok, call, store } = await cardsFixture()
    await ok('cards:note', { id: 'rutte-role', note: 'A.', revision: revisionOf('') })

    await expectRefused(
      store,
      () => call('cards:note', { id: 'rutte-role', note: 'B.', revision: revisionOf('') }),
      'conflict',
      CHANGED_ELSEWHERE
    )
  })
})

describe('a grade', () => {
  it('given in A makes B’s grade of the same card, as it was shown, a conflict; B’s next card is another', async () => {
    const { ok, call, store } = await cardsFixture()
    const shown = (await ok('cards:next', {})).next!
    const afterA = await ok('cards:grade', { cardId: shown.card.id, rating: 3, revision: shown.revision })

    await expectRefused(
      store,
      () => call('cards:grade', { cardId: shown.card.id, rating: 1, revision: shown.revision }),
      'conflict',
      GRADED_ELSEWHERE
    )
    expect(store.data.reviewLog.filter(([cardId]) => cardId === shown.card.id)).toHaveLength(1)
    // What B asks for next is what A sees next: the card A graded is no longer first.
    const next = await ok('cards:next', {})
    expect(next.next?.card.id).toBe(afterA.next?.card.id)
    expect(next.next?.card.id).not.toBe(shown.card.id)
  })

  it('of a card whose state an undo put back exactly is accepted: nothing was graded meanwhile', async () => {
    const { ok } = await cardsFixture()
    const shown = (await ok('cards:next', {})).next!
    await ok('cards:grade', { cardId: shown.card.id, rating: 3, revision: shown.revision })
    await ok('cards:undo', {})
    await ok('cards:grade', { cardId: shown.card.id, rating: 4, revision: shown.revision })
  })

  it('from the card as the queue shows it now is accepted, revision after revision', async () => {
    const { ok } = await cardsFixture()
    let view = await ok('cards:next', {})
    for (let i = 0; i < 5 && view.next; i += 1) {
      view = await ok('cards:grade', { cardId: view.next.card.id, rating: 1, revision: view.next.revision })
    }
    expect(view.next).not.toBeNull()
  })
})
