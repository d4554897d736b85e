import type { Grade } from 'ts-fsrs'
import { revisionOf } from '@shared/revision'
import type { CardSettings, ReviewCard, ReviewView } from '@shared/card-schemas'
import type { Store } from '../../store/open-store'
import type { Handlers } from '../handlers'
import { buildQueue } from './queue'
import { previewGrades, schedulerFor, statusOf } from './scheduling'
import { applyGrade, cardIndex, findCard, type AppliedGrade } from './card-store'
import { refuseIfChanged } from '../revision-check'
import { ServiceError } from '../service-error'

type ReviewHandlers = Pick<
  Handlers,
  'cards:next' | 'cards:grade' | 'cards:undo' | 'cards:settings' | 'cards:configure'
>

/** Why a grade is refused when another window graded the card first; the review goes on. */
export const GRADED_ELSEWHERE = 'This card was graded in another window. Here is the next one.'

/** How many grades can be undone in a row. */
export const UNDO_DEPTH = 100

/** The review session: the queue, grading, undo and the scheduling settings. */
export function cardReviewHandlers(store: Store, now: () => Date): ReviewHandlers {
  /** Grades given since the app started, newest last; undo is kept in memory only. */
  const undoable: AppliedGrade[] = []

  /** Whether `grade` is still exactly what the store holds last: nothing has changed that card or the log since. */
  const stillLast = (grade: AppliedGrade | undefined): grade is AppliedGrade =>
    grade !== undefined &&
    store.data.cards[grade.cardId] === grade.after &&
    store.data.reviewLog.at(-1) === grade.entry

  const reviewCard = (id: string, at: Date): ReviewCard => {
    const card = findCard(store, id)
    const state = store.data.cards[id]
    return {
      card,
      status: statusOf(state),
      due: state && state.reps > 0 ? state.due : null,
      note: store.data.flashcards.notes[id] ?? null,
      previews: previewGrades(state, at, schedulerFor(store.data.flashcards.settings)),
      revision: revisionOf(state)
    }
  }

  /** The queue now, showing `show` next when given (the card an undo brought back). */
  const view = (show?: string): ReviewView => {
    const at = now()
    const queue = buildQueue({
      cards: cardIndex(store).cards,
      states: store.data.cards,
      log: store.data.reviewLog,
      now: at,
      newCardsPerDay: store.data.flashcards.settings.newCardsPerDay
    })
    const next = show ?? queue.order[0]
    return {
      counts: queue.counts,
      next: next === undefined ? null : reviewCard(next, at),
      nextDueAt: queue.nextDueAt,
      canUndo: stillLast(undoable.at(-1))
    }
  }

  return {
    'cards:next': () => view(),
    'cards:grade': async ({ cardId, rating, revision }) => {
      refuseIfChanged(revision, store.data.cards[cardId], GRADED_ELSEWHERE)
      const applied = applyGrade(store, findCard(store, cardId), rating as Grade, now())
      // Answer only once the grade is durable: a refused one (disk full) was taken back, and says so.
      await applied.saved
      undoable.push(applied)
      if (undoable.length > UNDO_DEPTH) undoable.shift()
      return view()
    },
    'cards:undo': async () => {
      const last = undoable.pop()
      if (!stillLast(last)) {
        undoable.length = 0
        throw new ServiceError('not-found', 'There is no grade to undo.')
      }
      // Answered once durable, as the grade was: the write folds the journal that still holds the
      // grade, so a kill after the answer can never replay the grade the student took back.
      await store.update((data) => {
        if (last.before === undefined) delete data.cards[last.cardId]
        else data.cards[last.cardId] = last.before
        data.reviewLog.pop()
      })
      return view(last.cardId)
    },
    'cards:settings': () => store.data.flashcards.settings,
    'cards:configure': async (patch) => {
      const changes: Partial<CardSettings> = Object.fromEntries(
        Object.entries(patch).filter(([, value]) => value !== undefined)
      )
      await store.update((data) => {
        data.flashcards.settings = { ...data.flashcards.settings, ...changes }
      })
      return store.data.flashcards.settings
    }
  }
}
