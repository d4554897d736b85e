import type { AnyCard } from '@shared/card-schemas'
import type { Theme } from '@shared/schemas'
import type { EventNote } from '@shared/timeline-schemas'
import { api } from '../../lib/api'
import type { AppState } from '../../app-state.svelte'
import { BackupState } from '../data/backup.svelte'
import { NO_FILTER } from '../flashcards/card-browser-filter'
import type { FlashcardsState } from '../flashcards/flashcards.svelte'
import { eventRequest } from '../timeline/event-request.svelte'
import { xrayRequest } from '../xray/xray-request.svelte'
import { searchDocs, type CommandId } from './search-docs'
import { SearchIndex, type HitGroup, type SearchHit } from './search-index'

/** The command palette: its query, the results, and which one the arrow keys are on. */
export class PaletteState {
  readonly #app: AppState
  readonly #cards: FlashcardsState
  query = $state('')
  index = $state.raw<SearchIndex | null>(null)
  groups = $derived(this.index ? this.index.search(this.query) : [])
  /** Every hit in the order shown, for ↑ and ↓. */
  flat = $derived(this.groups.flatMap((g: HitGroup) => g.hits))
  active = $state(0)

  /** @param cards the app's flashcards state, where a card result or a study command leads */
  constructor(app: AppState, cards: FlashcardsState) {
    this.#app = app
    this.#cards = cards
  }

  /**
   * Build the index from the content and the user's data as they are now. Cards (the user's own
   * among them) and event notes are asked for; if they cannot be had, the shipped ones are searched.
   */
  async prepare(): Promise<void> {
    const app = this.#app
    const content = await app.wholeContent()
    const [cards, eventNotes] = await Promise.all([
      api['cards:list']({}).then(
        (rows): readonly AnyCard[] => rows.map((row) => row.card),
        (): readonly AnyCard[] => content.cards
      ),
      api['eventnotes:list']({}).catch((): EventNote[] => [])
    ])
    this.index = new SearchIndex(
      searchDocs({
        article: content.article,
        annotations: app.annotations.list,
        pageNotes: app.annotations.pageNotes,
        cards,
        events: content.timeline.events,
        eventNotes,
        xray: content.xray.entries
      })
    )
  }

  search(query: string): void {
    this.query = query
    this.active = 0
  }

  /** Move the active result by `step`, wrapping round. */
  move(step: number): void {
    const count = this.flat.length
    if (count > 0) this.active = (this.active + step + count) % count
  }

  /** Open a result in place: the passage in the reader, the card in the browser, and so on. */
  async open(hit: SearchHit): Promise<void> {
    const app = this.#app
    const target = hit.doc.target
    switch (target.kind) {
      case 'passage':
        app.openPassage(target.blockId, target.range)
        break
      case 'highlight':
        app.openPassage(target.blockId, target.range)
        break
      case 'pagenote':
        app.view = 'notes'
        break
      case 'card': {
        const cards = this.#cards
        cards.browser.filter = { ...NO_FILTER, query: target.prompt }
        app.view = 'flashcards'
        await cards.show('cards')
        break
      }
      case 'event':
        eventRequest.open(app, target.id)
        break
      case 'xray':
        xrayRequest.ask(target.id)
        app.view = 'xray'
        break
      case 'command':
        await this.#run(target.id)
        break
    }
  }

  async #run(command: CommandId): Promise<void> {
    const app = this.#app
    if (command === 'study' || command === 'quiz') {
      app.view = 'flashcards'
      await this.#cards.show(command === 'study' ? 'review' : 'quiz')
    } else if (command === 'backup') {
      const backup = new BackupState(() => location.reload())
      await backup.backUp()
      app.status.report(backup.message)
    } else {
      await app.settings.update({ theme: command.slice('theme-'.length) as Theme })
    }
  }
}
