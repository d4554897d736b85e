/**
 * The Flashcards view's state against a fake bridge: a passage becomes a card through the editor,
 * and a session's tally follows grades and undo.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { installFakeBridge, Refusal, removeFakeBridge } from '../../../../test-util/renderer-bridge'
import { reviewView } from '../../../../test-util/review-view'
import { AppState } from '../../app-state.svelte'
import { FlashcardsState } from './flashcards.svelte'

afterEach(removeFakeBridge)

describe('FlashcardsState.makeCardFrom', () => {
  it('opens the editor over the view showing, prefilled with the passage, and creates the card from it there', async () => {
    const calls = installFakeBridge({ 'cards:create': (input) => ({ id: 'own-1', ...(input as object) }) })
    const app = new AppState()
    const cards = new FlashcardsState(app)
    const quote = 'A coalition of 30 countries'

    cards.makeCardFrom({ sourceParagraphId: 'P13', quote })

    const { editor } = cards
    expect(app.view).toBe('read')
    expect(editor).toMatchObject({
      open: true,
      editingId: null,
      front: '',
      back: quote,
      text: quote,
      sourceParagraphId: 'P13',
      quote
    })

    editor.type = 'cloze'
    expect(editor.hide(15, 17)).toEqual({ start: 15, end: 25 })
    await cards.saveCard(app.status)

    expect(calls[0]).toEqual([
      'cards:create',
      {
        card: { type: 'cloze', text: 'A coalition of {{c1::30}} countries' },
        sourceParagraphId: 'P13',
        quote
      }
    ])
    expect(editor.open).toBe(false)
    expect(app.view).toBe('read')
    expect(app.status.message).toBe('Card created.')
  })

  it('keeps the editor open with the service’s reason when the card is refused', async () => {
    installFakeBridge({ 'cards:create': new Refusal('the question is empty') })
    const cards = new FlashcardsState(new AppState())
    cards.makeCardFrom({})
    const { editor } = cards
    editor.front = 'Who?'
    editor.back = 'Merz'
    expect(await editor.save()).toBeNull()
    expect(editor.open).toBe(true)
    expect(editor.problem).toBe('the question is empty')
  })

  it('refuses an empty card in a student’s words, without asking the service', async () => {
    const calls = installFakeBridge({})
    const cards = new FlashcardsState(new AppState())
    cards.makeCardFrom({})
    const { editor } = cards
    editor.back = ''
    expect(await editor.save()).toBeNull()
    expect(editor.problem).toBe('Write a question and an answer.')
    expect(calls.filter(([method]) => method === 'cards:create')).toEqual([])
  })
})

describe('a review session', () => {
  it('tallies grades, keeps a missed card for its passage, and takes a grade back on undo', async () => {
    let shown = 'a'
    installFakeBridge({
      'cards:next': () => reviewView(shown),
      'cards:grade': () => reviewView((shown = 'b'), true),
      'cards:undo': () => reviewView((shown = 'a'))
    })
    const { review } = new FlashcardsState(new AppState())
    await review.load()
    review.start()
    review.reveal()
    await review.grade(1)
    expect(review.tally).toEqual({ reviewed: 1, correct: 0, byGrade: [1, 0, 0, 0], learned: 1 })
    expect(review.missed?.id).toBe('a')
    expect(review.card?.card.id).toBe('b')
    expect(review.revealed).toBe(false)

    await review.undo()
    expect(review.tally).toEqual({ reviewed: 0, correct: 0, byGrade: [0, 0, 0, 0], learned: 0 })
    expect(review.missed).toBeNull()
    expect(review.card?.card.id).toBe('a')
  })

  it('does not grade a card whose answer is not shown', async () => {
    const calls = installFakeBridge({ 'cards:next': () => reviewView('a') })
    const { review } = new FlashcardsState(new AppState())
    await review.load()
    review.start()
    await review.grade(3)
    expect(calls.map(([name]) => name)).toEqual(['cards:next'])
  })
})

describe('the Flashcards view’s messages', () => {
  it('keeps a Flashcards failure that arrives once the student is back in the reader out of the reader', async () => {
    installFakeBridge({ 'cards:list': new Refusal('the data file could not be read', 'store-failed') })
    const app = new AppState()
    app.view = 'flashcards'
    const { browser } = new FlashcardsState(app)
    // The answer comes after the switch: the bridge answers asynchronously, like a host.
    const loading = browser.load()
    app.view = 'read'
    await loading
    expect(app.status.message).toBe('')
    app.view = 'flashcards'
    expect(app.status.message).toBe('The cards could not be listed: the data file could not be read')
  })
})
