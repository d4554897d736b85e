/**
 * Notes on timeline events: added, listed, edited and deleted through the contract, kept on disk,
 * kept when their event leaves the timeline, and refused (changing nothing) when malformed.
 */
import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { NOTE_MAX } from '@shared/limits'
import { StoreSchema } from '@shared/schemas'
import { dispatch } from '../dispatch'
import { openStore } from '../store/open-store'
import { TestClock, shipped, useTempDirs } from '../../test-util/store'
import { createHandlers } from '.'
import { eventNoteHandlers } from './event-notes'

const tempDir = useTempDirs()

async function setUp() {
  const dataDir = await tempDir()
  const clock = new TestClock()
  const content = await shipped()
  const store = await openStore({ dataDir, content, now: clock.now })
  let counter = 0
  const notes = eventNoteHandlers(store, clock.now, () => `note-${(counter += 1)}`)
  return { dataDir, clock, content, store, notes }
}

describe('event notes', () => {
  it('adds a note with tags to an event and lists it, for the event and among all notes', async () => {
    const { store, notes, clock } = await setUp()

    const added = await notes['eventnotes:add']({
      eventId: 'oval-office-august',
      note: 'Compare the *tone* with February.',
      tags: ['tone', 'february']
    })

    expect(added).toEqual({
      id: 'note-1',
      eventId: 'oval-office-august',
      note: 'Compare the *tone* with February.',
      tags: ['tone', 'february'],
      created: clock.now().toISOString(),
      updated: clock.now().toISOString()
    })
    expect(await notes['eventnotes:list']({ eventId: 'oval-office-august' })).toEqual([added])
    expect(await notes['eventnotes:list']({ eventId: 'alaska-summit' })).toEqual([])
    expect(await notes['eventnotes:list']({})).toEqual([added])
    await store.flush()
    const saved = StoreSchema.parse(JSON.parse(await readFile(store.info.file, 'utf8')))
    expect(saved.eventNotes).toEqual([added])
  })

  it('keeps the first spelling of a repeated tag', async () => {
    const { notes } = await setUp()

    const added = await notes['eventnotes:add']({
      eventId: 'alaska-summit',
      note: 'x',
      tags: ['Donbas', 'donbas', 'a']
    })

    expect(added.tags).toEqual(['Donbas', 'a'])
  })

  it('counts notes per event, oldest first', async () => {
    const { notes, clock } = await setUp()
    await notes['eventnotes:add']({ eventId: 'trump-putin-call', note: 'First.' })
    clock.advanceSeconds(60)
    await notes['eventnotes:add']({ eventId: 'trump-putin-call', note: 'Second.' })
    await notes['eventnotes:add']({ eventId: 'alaska-summit', note: 'Elsewhere.' })

    const onCall = await notes['eventnotes:list']({ eventId: 'trump-putin-call' })

    expect(onCall.map((n) => n.note)).toEqual(['First.', 'Second.'])
  })

  it('edits the text or the tags alone, moving only the updated time', async () => {
    const { notes, clock } = await setUp()
    const added = await notes['eventnotes:add']({ eventId: 'alaska-summit', note: 'Before.', tags: ['a'] })
    clock.advanceSeconds(90)

    const retexted = await notes['eventnotes:edit']({ id: added.id, note: 'After.' })
    const retagged = await notes['eventnotes:edit']({ id: added.id, tags: ['b', 'c'], note: undefined })

    expect(retexted).toEqual({ ...added, note: 'After.', updated: clock.now().toISOString() })
    expect(retagged).toEqual({ ...retexted, tags: ['b', 'c'] })
    expect(await notes['eventnotes:list']({})).toEqual([retagged])
  })

  it('deletes a note and answers the notes left on its event', async () => {
    const { notes } = await setUp()
    const first = await notes['eventnotes:add']({ eventId: 'alaska-summit', note: 'One.' })
    const second = await notes['eventnotes:add']({ eventId: 'alaska-summit', note: 'Two.' })
    await notes['eventnotes:add']({ eventId: 'istanbul-talks', note: 'Three.' })

    expect(await notes['eventnotes:delete']({ id: first.id })).toEqual([second])
    expect((await notes['eventnotes:list']({})).map((n) => n.note)).toEqual(['Two.', 'Three.'])
  })

  it('keeps a note whose event left the timeline, and lets it still be edited and deleted', async () => {
    const { dataDir, content, clock, notes } = await setUp()
    const kept = await notes['eventnotes:add']({ eventId: 'istanbul-talks', note: 'Neither president came.' })
    const withoutIstanbul = {
      ...content,
      version: 'c'.repeat(16),
      timeline: {
        ...content.timeline,
        events: content.timeline.events.filter((e) => e.id !== 'istanbul-talks')
      }
    }

    const reopened = await openStore({ dataDir, content: withoutIstanbul, now: clock.now })
    const later = eventNoteHandlers(reopened, clock.now)

    expect(await later['eventnotes:list']({})).toEqual([kept])
    expect((await later['eventnotes:edit']({ id: kept.id, note: 'Kept.' })).note).toBe('Kept.')
    expect(await later['eventnotes:delete']({ id: kept.id })).toEqual([])
  })

  it('refuses a note on an event the timeline lacks, or an edit or deletion of a missing note', async () => {
    const { notes } = await setUp()

    await expect(notes['eventnotes:add']({ eventId: 'moon-landing', note: 'x' })).rejects.toMatchObject({
      code: 'not-found',
      message: 'The timeline has no event “moon-landing”.'
    })
    await expect(notes['eventnotes:edit']({ id: 'nope', note: 'x' })).rejects.toMatchObject({
      code: 'not-found'
    })
    await expect(notes['eventnotes:delete']({ id: 'nope' })).rejects.toMatchObject({ code: 'not-found' })
  })
})

describe('event notes through the contract', () => {
  const refused: [string, string, unknown][] = [
    ['eventnotes:add', 'an empty note', { eventId: 'alaska-summit', note: '' }],
    ['eventnotes:add', 'a note of spaces only', { eventId: 'alaska-summit', note: '  \n ' }],
    ['eventnotes:add', 'a note over the limit', { eventId: 'alaska-summit', note: 'x'.repeat(NOTE_MAX + 1) }],
    ['eventnotes:add', 'an empty tag', { eventId: 'alaska-summit', note: 'x', tags: [' '] }],
    [
      'eventnotes:add',
      'a tag over 64 characters',
      { eventId: 'alaska-summit', note: 'x', tags: ['t'.repeat(65)] }
    ],
    [
      'eventnotes:add',
      '65 tags',
      { eventId: 'alaska-summit', note: 'x', tags: Array.from({ length: 65 }, (_, i) => `t${i}`) }
    ],
    ['eventnotes:add', 'a malformed event id', { eventId: 'Alaska Summit', note: 'x' }],
    [
      'eventnotes:add',
      'a time chosen by the caller',
      { eventId: 'alaska-summit', note: 'x', created: '2030-01-01T00:00:00Z' }
    ],
    ['eventnotes:edit', 'no change at all', { id: 'note-1' }],
    ['eventnotes:edit', 'an emptied note', { id: 'note-1', note: '' }],
    ['eventnotes:edit', 'a move to another event', { id: 'note-1', eventId: 'alaska-summit' }],
    ['eventnotes:delete', 'no id', {}],
    ['eventnotes:list', 'an event id given as a number', { eventId: 7 }]
  ]

  it.each(refused)('%s refuses %s, changing nothing', async (name, _what, input) => {
    const { store } = await setUp()
    const handlers = createHandlers(store)
    const first = await dispatch(handlers, 'eventnotes:add', { eventId: 'alaska-summit', note: 'Kept.' })
    expect(first.ok).toBe(true)
    await store.flush()
    const before = structuredClone(store.data)
    const fileBefore = await readFile(store.info.file)

    const result = await dispatch(handlers, name, input)

    await store.flush()
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    expect(store.data).toStrictEqual(before)
    expect(await readFile(store.info.file)).toEqual(fileBefore)
  })

  it('trims the tags it is given', async () => {
    const { store } = await setUp()

    const added = await dispatch(createHandlers(store), 'eventnotes:add', {
      eventId: 'alaska-summit',
      note: 'x',
      tags: ['  donbas ', 'crimea']
    })

    expect(added).toMatchObject({ ok: true, value: { tags: ['donbas', 'crimea'] } })
  })

  it('serves the notes over the same handlers both hosts use', async () => {
    const { store } = await setUp()
    const handlers = createHandlers(store)

    const added = await dispatch(handlers, 'eventnotes:add', {
      eventId: 'east-room-meeting',
      note: 'Nine leaders.'
    })
    const listed = await dispatch(handlers, 'eventnotes:list', { eventId: 'east-room-meeting' })

    expect(added.ok && listed.ok && listed.value).toEqual([added.ok && added.value])
  })
})
