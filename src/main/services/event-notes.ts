import type { EventNote } from '@shared/timeline-schemas'
import type { Store } from '../store/open-store'
import type { Handlers } from './handlers'
import { refuseIfChanged } from './revision-check'
import { ServiceError } from './service-error'
import { distinctTags } from './tags'

type EventNoteHandlers = Pick<
  Handlers,
  'eventnotes:list' | 'eventnotes:add' | 'eventnotes:edit' | 'eventnotes:delete'
>

/**
 * The user's notes on timeline events. A note names its event by id; a note whose event leaves the
 * shipped timeline is kept (and can still be edited or deleted), never dropped.
 */
export function eventNoteHandlers(
  store: Store,
  now: () => Date,
  newId: () => string = () => crypto.randomUUID()
): EventNoteHandlers {
  const noteById = (id: string): EventNote => {
    const note = store.data.eventNotes.find((n) => n.id === id)
    if (note === undefined) throw new ServiceError('not-found', 'That note no longer exists.')
    return note
  }
  const notesOn = (eventId: string): EventNote[] => store.data.eventNotes.filter((n) => n.eventId === eventId)

  return {
    'eventnotes:list': ({ eventId }) => (eventId === undefined ? store.data.eventNotes : notesOn(eventId)),

    'eventnotes:add': async ({ eventId, note, tags }) => {
      if (!store.data.content.timeline.events.some((e) => e.id === eventId)) {
        throw new ServiceError('not-found', `The timeline has no event “${eventId}”.`)
      }
      const at = now().toISOString()
      const added: EventNote = {
        id: newId(),
        eventId,
        note,
        tags: distinctTags(tags ?? []),
        created: at,
        updated: at
      }
      await store.update((data) => {
        data.eventNotes.push(added)
      })
      return added
    },

    'eventnotes:edit': async ({ id, note, tags, revision }) => {
      const current = noteById(id)
      if (note !== undefined) refuseIfChanged(revision, current.note)
      // Electron's IPC keeps keys whose value is undefined: only what was actually given changes.
      const edited: EventNote = {
        ...current,
        note: note ?? current.note,
        tags: tags === undefined ? current.tags : distinctTags(tags),
        updated: now().toISOString()
      }
      await store.update((data) => {
        data.eventNotes = data.eventNotes.map((n) => (n.id === id ? edited : n))
      })
      return edited
    },

    'eventnotes:delete': async ({ id }) => {
      const { eventId } = noteById(id)
      await store.update((data) => {
        data.eventNotes = data.eventNotes.filter((n) => n.id !== id)
      })
      return notesOn(eventId)
    }
  }
}
