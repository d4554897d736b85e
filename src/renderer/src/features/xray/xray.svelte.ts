import type { AppState } from '../../app-state.svelte'
import { buildXray, byKind, type Mention, type XrayItem } from './xray-index'
import { xrayRequest } from './xray-request.svelte'

/** What the X-Ray view shows: every entry with its links, and the one selected. */
export class XrayState {
  readonly #app: () => AppState
  items = $derived.by(() => {
    const content = this.#app().content
    return content ? buildXray(content) : []
  })
  groups = $derived(byKind(this.items))
  selectedId = $state<string | null>(null)
  selected = $derived(this.items.find((i) => i.entry.id === this.selectedId) ?? this.items[0] ?? null)

  /** @param app the app's shared state (a getter, so refreshed content flows through) */
  constructor(app: () => AppState) {
    this.#app = app
    this.selectedId = xrayRequest.take()
  }

  select(id: string): void {
    this.selectedId = id
  }

  /** Open the reader at a mention (or a quote), the words marked for a moment. */
  open(mention: Pick<Mention, 'blockId' | 'range'>): void {
    this.#app().openPassage(mention.blockId, mention.range)
  }

  /** An entry's counts, as its row in the list says them. */
  static counts(item: XrayItem): string {
    const n = (count: number, one: string): string => `${count} ${one}${count === 1 ? '' : 's'}`
    return [
      n(item.mentions.length, 'mention'),
      ...(item.quotes.length > 0 ? [n(item.quotes.length, 'quote')] : []),
      n(item.cards.length, 'card'),
      n(item.events.length, 'event')
    ].join(' · ')
  }
}
