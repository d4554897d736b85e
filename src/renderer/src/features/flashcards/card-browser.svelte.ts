import { SvelteSet } from 'svelte/reactivity'
import type { CardRow } from '@shared/card-schemas'
import { revisionOf } from '@shared/revision'
import { api } from '../../lib/api'
import { isConflictError, type SaveOutcome } from '../../lib/state/data-changes'
import type { StatusReporter } from '../../lib/state/status.svelte'
import {
  allTags,
  filterRows,
  NO_FILTER,
  sortRows,
  type RowFilter,
  type SortDirection,
  type SortKey
} from './card-browser-filter'

/** "1 card", "12 cards". */
const cardCount = (n: number): string => `${n.toLocaleString('en-GB')} card${n === 1 ? '' : 's'}`

/** The card browser: every card, searched, filtered and sorted, with a selection for bulk actions. */
export class BrowserState {
  readonly #status: StatusReporter

  rows = $state.raw<CardRow[]>([])
  filter = $state<RowFilter>({ ...NO_FILTER })
  sortKey = $state<SortKey | null>(null)
  direction = $state<SortDirection>('ascending')
  readonly selected = new SvelteSet<string>()
  loaded = $state(false)

  visible = $derived.by(() => {
    const shown = filterRows(this.rows, this.filter, Date.now())
    return this.sortKey === null ? shown : sortRows(shown, this.sortKey, this.direction)
  })
  tags = $derived(allTags(this.rows))
  /** Selected cards still shown (a filter may hide some of the selection). */
  selectedShown = $derived(this.visible.filter((row) => this.selected.has(row.card.id)))
  /** Selected cards a filter now hides: held, but never acted on, and the count says so. */
  selectedHidden = $derived(this.selected.size - this.selectedShown.length)

  constructor(status: StatusReporter) {
    this.#status = status
  }

  async load(): Promise<void> {
    try {
      this.rows = await api['cards:list']({})
      this.loaded = true
    } catch (error) {
      this.#status.reportError('The cards could not be listed', error)
    }
  }

  /** Sort by `key`; choosing the same column again reverses the order. */
  sortBy(key: SortKey): void {
    if (this.sortKey === key) this.direction = this.direction === 'ascending' ? 'descending' : 'ascending'
    else {
      this.sortKey = key
      this.direction = 'ascending'
    }
  }

  toggle(id: string, on: boolean): void {
    if (on) this.selected.add(id)
    else this.selected.delete(id)
  }

  /** Select every card shown, or clear the selection when all shown are already selected. */
  toggleAll(): void {
    const all = this.visible.length > 0 && this.selectedShown.length === this.visible.length
    this.selected.clear()
    if (!all) for (const row of this.visible) this.selected.add(row.card.id)
  }

  /**
   * Suspend or unsuspend cards, then say how many changed, with an Undo that turns back exactly
   * those (a card already in that state is left out of both).
   */
  async suspend(ids: readonly string[], suspended: boolean, undoable = true): Promise<void> {
    const changing = this.rows
      .filter((row) => ids.includes(row.card.id) && row.suspended !== suspended)
      .map((row) => row.card.id)
    const done = await this.#apply(
      suspended ? 'Those cards could not be suspended' : 'Those cards could not be unsuspended',
      () => api['cards:suspend']({ ids: [...ids], suspended })
    )
    if (!done) return
    const what = `${suspended ? 'Suspended' : 'Unsuspended'} ${cardCount(changing.length)}`
    const already = ids.length - changing.length
    const message =
      already > 0 ? `${what} (${already} already ${suspended ? 'suspended' : 'active'}).` : `${what}.`
    this.#status.report(
      message,
      undoable && changing.length > 0
        ? { label: 'Undo', run: () => void this.suspend(changing, !suspended, false) }
        : null
    )
  }

  /** Forget the progress of cards, then say how many, with an Undo that puts it back exactly. */
  async reset(ids: readonly string[]): Promise<void> {
    let resetId = ''
    const done = await this.#apply('Those cards could not be reset', async () => {
      const reset = await api['cards:reset']({ ids: [...ids] })
      resetId = reset.resetId
      return reset.rows
    })
    if (!done) return
    this.#status.report(`Reset ${cardCount(ids.length)}: they are new again.`, {
      label: 'Undo',
      run: () => void this.#undoReset(resetId, ids.length)
    })
  }

  /** Put back the progress a reset forgot; refused (and said so) if a card moved on since. */
  async #undoReset(resetId: string, count: number): Promise<void> {
    const done = await this.#apply('The reset could not be undone', () => api['cards:unreset']({ resetId }))
    const back = count === 1 ? 'has its progress back' : 'have their progress back'
    if (done) this.#status.report(`Undid the reset: ${cardCount(count)} ${back}.`)
  }

  async remove(id: string): Promise<void> {
    await this.#apply('That card could not be deleted', () => api['cards:delete']({ id }))
    this.toggle(id, false)
  }

  /**
   * Save a personal note on a card over `base`, the note the user started from; answers whether it
   * was saved, or, when another window changed the note meanwhile, that window's note.
   */
  async setNote(id: string, note: string, base?: string): Promise<SaveOutcome> {
    try {
      const revision = base === undefined ? {} : { revision: revisionOf(base) }
      const row = await api['cards:note']({ id, note, ...revision })
      this.rows = this.rows.map((r) => (r.card.id === id ? row : r))
      return true
    } catch (error) {
      if (isConflictError(error)) {
        await this.load()
        return { theirs: this.rows.find((r) => r.card.id === id)?.note ?? '' }
      }
      this.#status.reportError('The note could not be saved', error)
      return false
    }
  }

  /** Apply a change that answers every row; answers whether it was made. */
  async #apply(failure: string, change: () => Promise<CardRow[]>): Promise<boolean> {
    try {
      this.rows = await change()
      return true
    } catch (error) {
      this.#status.reportError(failure, error)
      return false
    }
  }
}
