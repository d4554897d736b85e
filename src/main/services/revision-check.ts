import { CHANGED_ELSEWHERE, revisionOf, type Revision } from '@shared/revision'
import { ServiceError } from './service-error'

/**
 * Refuse a write that started from `revision` when what is saved now has another: another window
 * changed it meanwhile, and writing would silently replace that change. Nothing is written; the
 * caller shows the user both versions. A write that names no revision is not checked.
 * Call it with no `await` between the check and the store's update, so nothing can come between.
 */
export function refuseIfChanged(
  revision: Revision | undefined,
  saved: unknown,
  message: string = CHANGED_ELSEWHERE
): void {
  if (revision !== undefined && revision !== revisionOf(saved)) throw new ServiceError('conflict', message)
}
