/**
 * A window's state against a fake bridge, as another window changes the data: a change notice
 * fetches again what the window shows, a save refused as changed elsewhere answers the other
 * window's text (and carries the revision the user started from), and a grade refused as graded
 * elsewhere moves the session on to the card due now.
 */
import { afterEach, describe, expect, it } from 'vitest'
import type { ApiResult } from '@shared/api'
import type { OwnCard, ReviewView } from '@shared/card-schemas'
import { CHANGED_ELSEWHERE, revisionOf } from '@shared/revision'
import { CardEditorState } from './features/flashcards/editor.svelte'
import { FlashcardsState } from './features/flashcards/flashcards.svelte'
import { AppState } from './app-state.svelte'
import { installFakeEvents, removeFakeBridge } from '../../test-util/renderer-bridge'

type Call = [string, unknown]
const holder = globalThis as { api?: unknown; apiEvents?: unknown }

/** Install a bridge answering each method with the envelope `answers[name](input)` gives, recording calls. */
function fakeBridge(answers: Record<string, (input: unknown) => ApiResult<unknown>>): Call[] {
  const calls: Call[] = []
  holder.api = new Proxy(
    {},
    {
      get: (_target, name: string) => async (input: unknown) => {
        calls.push([name, input])
        return answers[name]?.(input) ?? { ok: false, error: { code: 'internal', message: 'no' } }
      }
    }
  )
  return calls
}

const ok = (value: unknown): ApiResult<unknown> => ({ ok: true, value })
const conflict = (message: string): ApiResult<unknown> => ({
  ok: false,
  error: { code: 'conflict', message }
})
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
    const calls = fakeBridge({
      'settings:get': () => ok({ theme, textSize: 19, lineWidth: 'medium', showStandardTerms: true }),
      'notices:list': () => ok([]),
      'content:get': () => ok(null),
      'annotations:list': () => ok(annotationsView(note))
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
    const calls = fakeBridge({
      'pagenotes:write': () => conflict(CHANGED_ELSEWHERE),
      'annotations:list': () => ok(annotationsView('A’s note.'))
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
  const view = (id: string): ReviewView => ({
    counts: { due: 0, new: 2, learning: 0, total: 2, suspended: 0 },
    next: {
      card: {
        id,
        type: 'basic',
        kind: 'people',
        section: 'opening',
        tags: [],
        sources: ['P7'],
        front: id,
        back: 'A'
      },
      status: 'new',
      due: null,
      note: null,
      previews: [],
      revision: revisionOf(id)
    },
    nextDueAt: null,
    canUndo: false
  })

  it('is refused with the reason shown, and the session goes on with the card due now', async () => {
    let next = 'first'
    const calls = fakeBridge({
      'cards:next': () => ok(view(next)),
      'cards:grade': () => conflict('This card was graded in another window. Here is the next one.')
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
    let refuse = true
    const calls = fakeBridge({
      'cards:update': (input) =>
        refuse ? conflict('This card was changed in another window.') : ok((input as { card: unknown }).card),
      'cards:list': () => ok([{ card: card('Theirs?') }])
    })
    const editor = new CardEditorState()
    editor.edit(card('Who?'))
    editor.front = 'Mine?'

    expect(await editor.save()).toBeNull()
    expect(editor.theirs?.type === 'basic' && editor.theirs.front).toBe('Theirs?')
    expect(editor.open).toBe(true)
    expect(calls[0]?.[1]).toMatchObject({ revision: revisionOf(card('Who?')) })

    refuse = false
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
