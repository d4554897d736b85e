import { SvelteSet } from 'svelte/reactivity'
import type { CardRow } from '@shared/card-schemas'
import { api } from '../../lib/api'
import type { StatusState } from '../../lib/state/status.svelte'
import {
  allTags,
  filterRows,
  NO_FILTER,
  sortRows,
  type RowFilter,
  type SortDirection,
  type SortKey
} from './card-browser-filter'

/** The card browser: every card, searched, filtered and sorted, with a selection for bulk actions. */
export class BrowserState {
  readonly #status: StatusState

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

  constructor(status: StatusState) {
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

  async suspend(ids: readonly string[], suspended: boolean): Promise<void> {
    await this.#apply(
      suspended ? 'Those cards could not be suspended' : 'Those cards could not be unsuspended',
      () => api['cards:suspend']({ ids: [...ids], suspended })
    )
  }

  async reset(ids: readonly string[]): Promise<void> {
    await this.#apply('Those cards could not be reset', () => api['cards:reset']({ ids: [...ids] }))
  }

  async remove(id: string): Promise<void> {
    await this.#apply('That card could not be deleted', () => api['cards:delete']({ id }))
    this.toggle(id, false)
  }

  /** Save a personal note on a card; answers whether it was saved. */
  async setNote(id: string, note: string): Promise<boolean> {
    try {
      const row = await api['cards:note']({ id, note })
      this.rows = this.rows.map((r) => (r.card.id === id ? row : r))
      return true
    } catch (error) {
      this.#status.reportError('The note could not be saved', error)
      return false
    }
  }

  async #apply(failure: string, change: () => Promise<CardRow[]>): Promise<void> {
    try {
      this.rows = await change()
    } catch (error) {
      this.#status.reportError(failure, error)
    }
  }
}
