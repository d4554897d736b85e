/** A review's answer, as the renderer's tests have the fake bridge give it for cards:next and grades. */
import type { ReviewView } from '@shared/card-schemas'
import { revisionOf } from '@shared/revision'

/**
 * The review with card `id` (a new basic card, its revision a fingerprint of its id) up next, or
 * with nothing due when `id` is null; `canUndo` when a grade can be taken back.
 */
export function reviewView(id: string | null, canUndo = false): ReviewView {
  return {
    counts: { due: 0, new: 2, learning: 0, total: 2, suspended: 0 },
    next:
      id === null
        ? null
        : {
            card: {
              id,
              type: 'basic',
              kind: 'people',
              section: 'opening',
              tags: [],
              sources: ['P7'],
              front: `Q ${id}`,
              back: 'A'
            },
            status: 'new',
            due: null,
            note: null,
            previews: [],
            revision: revisionOf(id)
          },
    nextDueAt: null,
    canUndo
  }
}
