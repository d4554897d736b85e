import { randomUUID } from 'node:crypto'
import type { AnyCard, CardRow, ExportFile, OwnCard } from '@shared/card-schemas'
import type { CardState } from '@shared/schemas'
import type { Store } from '../../store/open-store'
import type { Handlers } from '../handlers'
import { toAnkiBasic, toAnkiCloze, toCsv } from './export'
import { newCardState, schedulerFor } from './scheduling'
import { cardStats, sectionRecall } from './stats'
import { cardIndex, cardRow, checkCardsExist, findCard } from './card-store'
import { refuseIfChanged } from '../revision-check'
import { ServiceError } from '../service-error'

type LibraryHandlers = Pick<
  Handlers,
  | 'cards:list'
  | 'cards:create'
  | 'cards:update'
  | 'cards:delete'
  | 'cards:suspend'
  | 'cards:reset'
  | 'cards:unreset'
  | 'cards:note'
  | 'cards:export'
  | 'cards:stats'
  | 'cards:recall'
>

/** An own card, or an error saying built-in cards are not edited (a note is the way to annotate them). */
function ownCard(card: AnyCard): OwnCard {
  if (card.kind !== 'own') {
    throw new ServiceError(
      'invalid-input',
      'Built-in cards cannot be edited or deleted. Add a personal note, suspend or reset it instead.'
    )
  }
  return card
}

/** How many resets can be undone: the newest ones, since the app started. */
export const RESET_UNDO_DEPTH = 20

/** A reset as made: each card's state before (undefined for one never studied) and after. */
interface MadeReset {
  id: string
  cards: { id: string; before: CardState | undefined; after: CardState }[]
}

/**
 * Why an undo of a reset is refused when cards moved on since: the two-windows rule, never
 * silently overwriting a review (`changed` of `total` cards were touched).
 */
function movedOnSinceReset(changed: number, total: number): ServiceError {
  const which =
    total === 1 ? 'This card was' : `${changed} of these ${total} cards ${changed === 1 ? 'was' : 'were'}`
  return new ServiceError(
    'conflict',
    `${which} reviewed or changed since the reset, so the reset was not undone. Nothing was changed.`
  )
}

/** The card browser, own cards, suspensions, resets, notes, export and statistics. */
export function cardLibraryHandlers(store: Store, now: () => Date): LibraryHandlers {
  /** Resets that can still be undone, newest last; kept in memory only, like the undo of a grade. */
  const resets: MadeReset[] = []
  const rows = (): CardRow[] => {
    const at = now()
    return cardIndex(store).cards.map((card) => cardRow(store, card, at))
  }
  const sectionOf = (paragraphId: string): string => {
    const section = store.data.content.article.sections.find((s) =>
      s.paragraphs.some((p) => p.id === paragraphId)
    )
    if (!section) throw new ServiceError('not-found', `The article has no paragraph ${paragraphId}.`)
    return section.id
  }

  return {
    'cards:list': () => rows(),

    'cards:create': async ({ card, sourceParagraphId, quote }) => {
      const section = sourceParagraphId === undefined ? null : sectionOf(sourceParagraphId)
      const at = now().toISOString()
      const created: OwnCard = {
        ...card,
        id: `own-${randomUUID()}`,
        kind: 'own',
        section,
        tags: [],
        sources: sourceParagraphId === undefined ? [] : [sourceParagraphId],
        ...(quote === undefined ? {} : { quote }),
        created: at,
        updated: at
      }
      await store.update((data) => {
        data.flashcards.own = [...data.flashcards.own, created]
      })
      return created
    },

    'cards:update': async ({ id, card, revision }) => {
      const old = ownCard(findCard(store, id))
      refuseIfChanged(revision, old, 'This card was changed in another window.')
      // The faces are replaced whole (a card may turn from question-and-answer into cloze); where it
      // came from and when it was made are kept.
      const updated: OwnCard = {
        ...card,
        id: old.id,
        kind: 'own',
        section: old.section,
        tags: old.tags,
        sources: old.sources,
        ...(old.quote === undefined ? {} : { quote: old.quote }),
        ...(old.sourceText === undefined ? {} : { sourceText: old.sourceText }),
        created: old.created,
        updated: now().toISOString()
      }
      await store.update((data) => {
        data.flashcards.own = data.flashcards.own.map((c) => (c.id === id ? updated : c))
      })
      return updated
    },

    'cards:delete': async ({ id }) => {
      ownCard(findCard(store, id))
      // The card's past reviews stay in the log: they happened, and the statistics count them.
      await store.update((data) => {
        data.flashcards.own = data.flashcards.own.filter((c) => c.id !== id)
        delete data.cards[id]
        delete data.flashcards.notes[id]
      })
      return rows()
    },

    'cards:suspend': async ({ ids, suspended }) => {
      checkCardsExist(store, ids)
      const at = now()
      await store.update((data) => {
        for (const id of ids) data.cards[id] = { ...(data.cards[id] ?? newCardState(at)), suspended }
      })
      return rows()
    },

    'cards:reset': async ({ ids }) => {
      checkCardsExist(store, ids)
      const at = now()
      const made: MadeReset = { id: `reset-${randomUUID()}`, cards: [] }
      await store.update((data) => {
        for (const id of new Set(ids)) {
          const before = data.cards[id]
          const after = newCardState(at, before?.suspended ?? false)
          data.cards[id] = after
          made.cards.push({ id, before, after })
        }
      })
      resets.push(made)
      if (resets.length > RESET_UNDO_DEPTH) resets.shift()
      return { rows: rows(), resetId: made.id }
    },

    'cards:unreset': async ({ resetId }) => {
      const at = resets.findIndex((r) => r.id === resetId)
      const made = resets[at]
      if (!made) {
        throw new ServiceError(
          'not-found',
          'This reset can no longer be undone: it was undone already, or Debrief has restarted since. Nothing was changed.'
        )
      }
      // A state is replaced whole by every grade, suspension, reset or restore, never changed in
      // place: a card still holding the very state the reset gave it has not moved on since.
      const changed = made.cards.filter((c) => store.data.cards[c.id] !== c.after).length
      if (changed > 0) throw movedOnSinceReset(changed, made.cards.length)
      resets.splice(at, 1)
      await store.update((data) => {
        for (const { id, before } of made.cards) {
          if (before === undefined) delete data.cards[id]
          else data.cards[id] = before
        }
      })
      return rows()
    },

    'cards:note': async ({ id, note, revision }) => {
      const card = findCard(store, id)
      refuseIfChanged(revision, store.data.flashcards.notes[id] ?? '')
      await store.update((data) => {
        if (note === '') delete data.flashcards.notes[id]
        else data.flashcards.notes[id] = note
      })
      return cardRow(store, card, now())
    },

    'cards:export': ({ format }): ExportFile => {
      const all = rows()
      if (format === 'csv') return toCsv(all)
      const file = format === 'anki-basic' ? toAnkiBasic(all) : toAnkiCloze(all)
      if (file.cards === 0) throw new ServiceError('not-found', 'There are no cloze cards to export.')
      return file
    },

    'cards:stats': () =>
      cardStats({
        cards: cardIndex(store).cards,
        states: store.data.cards,
        log: store.data.reviewLog,
        now: now()
      }),

    'cards:recall': () =>
      sectionRecall(
        store.data.content.article.sections.map((s) => s.id),
        { cards: cardIndex(store).cards, states: store.data.cards, now: now() },
        schedulerFor(store.data.flashcards.settings)
      )
  }
}
