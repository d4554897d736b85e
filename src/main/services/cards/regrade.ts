/**
 * Changing a grade already recorded — the quiz's "I was right" — without touching the review path:
 * the card is graded again from the state it had before, at the moment of the original review, and
 * the log entry is replaced in place, so the statistics count one review, not two.
 */
import type { Grade } from 'ts-fsrs'
import type { Store } from '../../store/open-store'
import { gradeCard, schedulerFor } from './scheduling'
import type { AppliedGrade } from './card-store'

/**
 * Re-grade the review `applied` recorded as `rating`. Answers the grade as now applied, or null
 * (changing nothing) when the card has been reviewed, reset or deleted since: its state is no longer
 * the one that review left, so rewriting it would lose what came after.
 */
export async function regrade(
  store: Store,
  applied: AppliedGrade,
  rating: Grade
): Promise<AppliedGrade | null> {
  const at = store.data.reviewLog.lastIndexOf(applied.entry)
  if (store.data.cards[applied.cardId] !== applied.after || at === -1) return null
  const { state, entry } = gradeCard(
    applied.cardId,
    applied.before,
    rating,
    new Date(applied.entry[2]),
    schedulerFor(store.data.flashcards.settings)
  )
  await store.update((data) => {
    data.cards[applied.cardId] = state
    data.reviewLog[at] = entry
  })
  return { ...applied, after: state, entry }
}
