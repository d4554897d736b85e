import type { ImportReport } from '@shared/annotation-schemas'
import { api } from '../../lib/api'
import type { AppState } from '../../app-state.svelte'
import {
  countsOf,
  matchesFilter,
  noteItems,
  NO_FILTER,
  sortItems,
  type NoteItem,
  type NotesFilter,
  type NotesOrder
} from './notes-filter'
import { saveFile } from '../../lib/save-file'

/** The Notes view: every highlight filtered, searched and sorted, plus export and import. */
export class NotesViewState {
  readonly #app: () => AppState
  filter = $state<NotesFilter>({ ...NO_FILTER })
  order = $state<NotesOrder>('article')
  /** What the last import did, shown until the next one. */
  lastImport = $state.raw<ImportReport | null>(null)
  busy = $state(false)

  readonly #annotations = $derived.by(() => this.#app().annotations)
  items = $derived.by((): NoteItem[] => {
    const text = this.#annotations.text
    return text ? noteItems(this.#annotations.list, text) : []
  })
  placed = $derived(
    sortItems(
      this.items.filter((i) => !i.annotation.orphaned),
      this.order
    )
  )
  shown = $derived(this.placed.filter((i) => matchesFilter(i, this.filter)))
  orphans = $derived(
    this.items.filter((i) => i.annotation.orphaned && matchesFilter(i, { ...this.filter, sectionId: '' }))
  )
  counts = $derived(countsOf(this.#annotations.list))
  filtered = $derived(Object.values(this.filter).some((v) => v !== ''))

  constructor(app: () => AppState) {
    this.#app = app
  }

  /** Show the highlight's passage in the reader, marked for a moment. */
  open(item: NoteItem): void {
    const { start, end } = item.annotation.target.selector[1]
    const paragraph = item.reference.split('–')[0] ?? ''
    this.#app().openPassage(paragraph, { start, end })
  }

  async export(format: 'markdown' | 'json'): Promise<void> {
    try {
      const file = await api['annotations:export']({ format })
      saveFile(file)
      this.#app().status.report(`Saved ${file.fileName}.`)
    } catch (error) {
      this.#app().status.reportError('The export could not be made', error)
    }
  }

  async import(file: File): Promise<void> {
    this.busy = true
    try {
      this.lastImport = await api['annotations:import']({ text: await file.text() })
      await this.#app().annotations.load()
      const { added, skipped, rejected } = this.lastImport
      this.#app().status.report(
        `Import: ${added} added, ${skipped} skipped as duplicates, ${rejected.length} rejected.`
      )
    } catch (error) {
      this.lastImport = null
      this.#app().status.reportError(`${file.name} was not imported`, error)
    } finally {
      this.busy = false
    }
  }
}
