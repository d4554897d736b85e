import type { OwnCard } from '@shared/card-schemas'
import { revisionOf } from '@shared/revision'
import { api } from '../../lib/api'
import { isConflictError } from '../../lib/state/data-changes'
import { describeError } from '../../lib/state/status.svelte'
import { draftProblem } from './card-draft'
import { hideSelection } from './cloze-edit'

/** Where a new card comes from: a passage of the article (a highlight's paragraph and quote). */
export interface CardDraftSource {
  sourceParagraphId?: string
  quote?: string
}

/** The own-card editor: a new card (optionally prefilled from a passage) or an own card being edited. */
export class CardEditorState {
  open = $state(false)
  editingId = $state<string | null>(null)
  type = $state<'basic' | 'cloze'>('basic')
  front = $state('')
  back = $state('')
  text = $state('')
  /** A paragraph id, or '' for none. */
  sourceParagraphId = $state('')
  quote = $state<string | null>(null)
  /** Why the card could not be saved, in a student's words. */
  problem = $state<string | null>(null)
  busy = $state(false)
  /** The card as saved by another window since editing began: shown beside this one until the user chooses. */
  theirs = $state.raw<OwnCard | null>(null)
  /** The own card as it was when editing began: its revision goes with the save. */
  #base: OwnCard | null = null

  /** Open the editor for a new card; a passage prefills the answer and the cloze text with its quote. */
  start(source: CardDraftSource = {}): void {
    this.editingId = null
    this.type = 'basic'
    this.front = ''
    this.back = source.quote ?? ''
    this.text = source.quote ?? ''
    this.sourceParagraphId = source.sourceParagraphId ?? ''
    this.quote = source.quote ?? null
    this.problem = null
    this.theirs = null
    this.#base = null
    this.open = true
  }

  /** Open the editor on an own card. */
  edit(card: OwnCard): void {
    this.#base = card
    this.theirs = null
    this.editingId = card.id
    this.type = card.type
    this.front = card.type === 'basic' ? card.front : ''
    this.back = card.type === 'basic' ? card.back : ''
    this.text = card.type === 'cloze' ? card.text : ''
    this.sourceParagraphId = card.sources[0] ?? ''
    this.quote = card.quote ?? null
    this.problem = null
    this.open = true
  }

  /** Hide the words selected in the cloze text; answers the new selection, or null when nothing could be hidden. */
  hide(start: number, end: number): { start: number; end: number } | null {
    const wrapped = hideSelection(this.text, start, end)
    if (!wrapped) {
      this.problem = 'Select the words to hide first (not ones already hidden).'
      return null
    }
    this.text = wrapped.text
    this.problem = null
    return { start: wrapped.start, end: wrapped.end }
  }

  /** Save the card; answers it as saved, or null (with `problem` saying why). */
  async save(): Promise<OwnCard | null> {
    const card =
      this.type === 'basic'
        ? { type: 'basic' as const, front: this.front, back: this.back }
        : { type: 'cloze' as const, text: this.text }
    this.problem = draftProblem(card)
    if (this.problem !== null) return null
    this.busy = true
    try {
      const saved =
        this.editingId === null
          ? await api['cards:create']({
              card,
              ...(this.sourceParagraphId === '' ? {} : { sourceParagraphId: this.sourceParagraphId }),
              ...(this.quote === null ? {} : { quote: this.quote })
            })
          : await api['cards:update']({
              id: this.editingId,
              card,
              ...(this.#base === null ? {} : { revision: revisionOf(this.#base) })
            })
      this.open = false
      return saved
    } catch (error) {
      if (isConflictError(error) && this.editingId !== null) await this.#showTheirs(this.editingId)
      else this.problem = describeError(error)
      return null
    } finally {
      this.busy = false
    }
  }

  cancel(): void {
    this.open = false
    this.problem = null
    this.theirs = null
  }

  /** Save this version over the other window's, which the user has now seen (then call save). */
  keepMine(): void {
    this.#base = this.theirs
    this.theirs = null
  }

  /** Drop this version: the other window's is saved already. */
  keepTheirs(): void {
    this.cancel()
  }

  /** Fetch the card as the other window saved it, to show beside the user's version. */
  async #showTheirs(id: string): Promise<void> {
    try {
      const row = (await api['cards:list']({})).find((r) => r.card.id === id)
      if (row?.card.kind === 'own') this.theirs = row.card
      else this.problem = 'This card was deleted in another window.'
    } catch (error) {
      this.problem = describeError(error)
    }
  }
}

/** An own card's faces as plain text, to set two versions side by side. */
export function facesText(
  card: { type: 'basic'; front: string; back: string } | { type: 'cloze'; text: string }
): string {
  return card.type === 'basic' ? `${card.front}\n—\n${card.back}` : card.text
}
