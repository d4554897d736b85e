/**
 * A window's state against a fake bridge, as another window changes the data: a change notice
 * fetches again what the window shows, a save refused as changed elsewhere answers the other
 * window's text (and carries the revision the user started from), and a grade refused as graded
 * elsewhere moves the session on to the card due now.
 */
import { afterEach, describe, expect, it } from 'vitest'
import type { MethodName } from '@shared/api'
import type { OwnCard } from '@shared/card-schemas'
import { CHANGED_ELSEWHERE, revisionOf } from '@shared/revision'
import { CardEditorState } from './features/flashcards/editor.svelte'
import { FlashcardsState } from './features/flashcards/flashcards.svelte'
import { AppState } from './app-state.svelte'
import {
  installFakeBridge,
  installFakeEvents,
  Refusal,
  removeFakeBridge,
  type Answer
} from '../../test-util/renderer-bridge'
import { reviewView } from '../../test-util/review-view'

/** A write refused as the service refuses one made over another window's change. */
const conflict = (message: string): Refusal => new Refusal(message, 'conflict')
const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0))

const annotationsView = (articleNote: string | null) => ({
  annotations: [],
  pageNotes:
    articleNote === null
      ? []
      : [{ target: 'article', note: articleNote, updated: '2025-08-20T10:00:00.000Z' }],
  colorNames: { yellow: 'Key point', green: 'Evidence', blue: 'Context', pink: 'Question', purple: 'Quote' }
})

afterEach(() => {
  removeFakeBridge()
})

describe('a change notice', () => {
  it('fetches again the settings and the notes another window changed, and not the reading position', async () => {
    let theme = 'light'
    let note: string | null = null
    const calls = installFakeBridge({
      'settings:get': () => ({ theme, textSize: 19, lineWidth: 'medium', showStandardTerms: true }),
      'notices:list': () => [],
      'content:get': () => null,
      'annotations:list': () => annotationsView(note)
    })
    const send = installFakeEvents()
    const app = new AppState()
    await app.start()
    calls.length = 0

    theme = 'dark'
    send({ method: 'settings:update', domain: 'settings' })
    note = 'From the other window.'
    send({ method: 'pagenotes:write', domain: 'annotations' })
    send({ method: 'progress:save', domain: 'progress' })
    await settle()

    expect(calls.map(([name]) => name).sort()).toEqual(['annotations:list', 'settings:get'])
    expect(app.settings.value.theme).toBe('dark')
    expect(app.annotations.pageNote('article')).toBe('From the other window.')
  })
})

describe('a page note saved over another window’s', () => {
  it('carries the revision it started from, and answers the other window’s note when refused', async () => {
    const calls = installFakeBridge({
      'pagenotes:write': conflict(CHANGED_ELSEWHERE),
      'annotations:list': () => annotationsView('A’s note.')
    })
    const app = new AppState()

    const outcome = await app.annotations.writePageNote('article', 'B’s note.', '')

    expect(outcome).toEqual({ theirs: 'A’s note.' })
    expect(calls[0]).toEqual([
      'pagenotes:write',
      { target: 'article', note: 'B’s note.', revision: revisionOf('') }
    ])
    // A conflict is for the user to settle beside the note, not a failure in the status line.
    expect(app.status.message).toBe('')
  })
})

describe('a grade for a card another window graded first', () => {
  it('is refused with the reason shown, and the session goes on with the card due now', async () => {
    let next = 'first'
    const calls = installFakeBridge({
      'cards:next': () => reviewView(next),
      'cards:grade': conflict('This card was graded in another window. Here is the next one.')
    })
    const app = new AppState()
    app.view = 'flashcards'
    const { review } = new FlashcardsState(app)
    await review.load()
    review.start()
    review.reveal()
    next = 'second'

    await review.grade(3)

    expect(calls.find(([name]) => name === 'cards:grade')?.[1]).toEqual({
      cardId: 'first',
      rating: 3,
      revision: revisionOf('first')
    })
    expect(review.card?.card.id).toBe('second')
    expect(review.revealed).toBe(false)
    expect(review.tally).toEqual({ reviewed: 0, correct: 0, byGrade: [0, 0, 0, 0], learned: 0 })
    expect(review.phase).toBe('session')
    expect(app.status.message).toBe('This card was graded in another window. Here is the next one.')
  })
})

describe('an own card rewritten over another window’s rewrite', () => {
  const card = (front: string): OwnCard => ({
    id: 'own-1',
    kind: 'own',
    type: 'basic',
    front,
    back: 'Rutte',
    section: null,
    tags: [],
    sources: [],
    created: '2025-08-20T10:00:00.000Z',
    updated: '2025-08-20T10:00:00.000Z'
  })

  it('shows the other window’s card; keeping mine saves over it with its revision', async () => {
    // The bridge reads its answers at each call, so the test can change one between calls.
    const answers: Partial<Record<MethodName, Answer>> = {
      'cards:update': conflict('This card was changed in another window.'),
      'cards:list': () => [{ card: card('Theirs?') }]
    }
    const calls = installFakeBridge(answers)
    const editor = new CardEditorState()
    editor.edit(card('Who?'))
    editor.front = 'Mine?'

    expect(await editor.save()).toBeNull()
    expect(editor.theirs?.type === 'basic' && editor.theirs.front).toBe('Theirs?')
    expect(editor.open).toBe(true)
    expect(calls[0]?.[1]).toMatchObject({ revision: revisionOf(card('Who?')) })

    answers['cards:update'] = (input) => (input as { card: unknown }).card
    editor.keepMine()
    await editor.save()
    expect(calls.at(-1)).toEqual([
      'cards:update',
      {
        id: 'own-1',
        card: { type: 'basic', front: 'Mine?', back: 'Rutte' },
        revision: revisionOf(card('Theirs?'))
      }
    ])
    expect(editor.open).toBe(false)
  })
})
