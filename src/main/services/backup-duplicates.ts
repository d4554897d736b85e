import type { StoreData } from '@shared/schemas'

/** The first value that occurs twice in `values`, if any. */
function firstRepeat(values: Iterable<string>): string | undefined {
  const seen = new Set<string>()
  for (const value of values) {
    if (seen.has(value)) return value
    seen.add(value)
  }
  return undefined
}

/**
 * Why `data` (a backup about to be restored) cannot be trusted as it is, or null: two highlights,
 * own cards or timeline notes sharing an id, or two notes on one section. Every edit and delete
 * names its item by id, so one of the pair could never be reached, or both would change at once.
 * Such a file was edited by hand or pieced together, and is refused rather than guessed at.
 */
export function duplicateIdProblem(data: Readonly<StoreData>): string | null {
  const checks: [string, Iterable<string>, string][] = [
    ['two highlights', data.annotations.map((a) => a.id), 'id'],
    ['two own cards', data.flashcards.own.map((c) => c.id), 'id'],
    ['two timeline notes', data.eventNotes.map((n) => n.id), 'id'],
    ['two notes', data.pageNotes.map((n) => n.target), 'target']
  ]
  for (const [what, values, key] of checks) {
    const repeated = firstRepeat(values)
    if (repeated !== undefined) {
      return (
        `it holds ${what} with the same ${key} “${repeated}”, so one of them could never be edited ` +
        'or deleted (the file was probably edited by hand or put together from two backups)'
      )
    }
  }
  return null
}
