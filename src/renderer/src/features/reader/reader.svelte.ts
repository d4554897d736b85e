import type { Progress } from '@shared/schemas'
import type { XrayEntry } from '@shared/xray-schemas'
import { api } from '../../lib/api'
import type { AppState } from '../../app-state.svelte'
import { xrayRequest } from '../xray/xray-request.svelte'
import { articleBlocks, blockOrder, contentsEntries, readingMinutes, TITLE_ID, type Block } from './blocks'
import { headlineFirst } from './find'
import { FindState } from './find.svelte'
import { createPositionSaver, type ReadingPosition } from './position-saver'
import { MarkTipState } from './mark-tip.svelte'
import { nameRangesByBlock } from './names'
import { segmentBlocks } from './segments'
import { standardAt, termRangesByBlock } from './terms'

/** What a popover says of a standard term: the wording as it should read there. */
export interface TipTerm {
  standard: string
  note: string | null
  /** The term is a whole quote, and `standard` the speaker's likely words. */
  quote: boolean
}

/** What a popover says of a name, in one line: who or what, and their role. */
export interface TipName {
  id: string
  title: string
  role: string
}

const KIND_ROLES: Record<XrayEntry['kind'], string> = {
  person: 'Person',
  organisation: 'Organisation',
  place: 'Place',
  term: 'Key term'
}

/** The id the marked words' popover is rendered with. */
export const TIP_ID = 'mark-tip'
/**
 * The id of the popover's text, which the marked words are described by (aria-describedby): not
 * the popover itself, as a name's popover is a dialog, whose label would stand in for its text.
 */
export const TIP_TEXT_ID = 'mark-tip-text'

/** Everything the reader shows and remembers, derived from the app's content and settings. */
export class ReaderState {
  readonly #app: () => AppState

  article = $derived.by(() => this.#app().article)
  blocks = $derived(this.article ? articleBlocks(this.article) : [])
  /** What Find searches and marks: the headline, then every block. */
  findBlocks = $derived<Block[]>(
    this.article
      ? [
          {
            id: TITLE_ID,
            kind: 'heading',
            sectionId: this.blocks[0]?.sectionId ?? '',
            text: this.article.title
          },
          ...this.blocks
        ]
      : []
  )
  blockIndex = $derived(blockOrder(this.blocks))
  contents = $derived(this.article ? contentsEntries(this.article) : [])
  minutes = $derived(readingMinutes(this.blocks))
  /** Term phrases are found once per article; the toggle only decides whether they are drawn. */
  termRanges = $derived(termRangesByBlock(this.blocks, this.article?.terms ?? []))
  showTerms = $derived.by(() => this.#app().settings.value.showStandardTerms)
  /**
   * The X-Ray's entries; empty until the X-Ray data has arrived (it may come after the first
   * paint), and its names are marked once it does.
   */
  xrayEntries = $derived.by(() => this.#app().content?.xray?.entries ?? [])
  /** X-Ray names are found once per article too, by the rule of the X-Ray's own mention links. */
  nameRanges = $derived(nameRangesByBlock(this.blocks, this.xrayEntries))
  showNames = $derived.by(() => this.#app().settings.value.showNames === true)

  /** How far through the article, 0–1, and where the reader is. */
  fraction = $state(0)
  currentSectionId = $state('')
  topBlock = $state(0)
  /** The block holding keyboard focus, null while focus is elsewhere. */
  focusedBlock = $state<string | null>(null)
  /** The first block wholly on screen below the bars, null before the layout is measured. */
  blockInView = $state<string | null>(null)
  /**
   * The article's one tab stop: the focused block, else the first block wholly on screen, so Tab
   * comes back to where the reader is rather than to the first paragraph.
   */
  tabStop = $derived(this.focusedBlock ?? this.blockInView ?? this.blocks[this.topBlock]?.id ?? '')
  /** The contents panel, on windows too narrow to show the contents beside the article. */
  contentsOpen = $state(false)
  /** Where reading resumes; null until `progress:get` has answered. */
  resumeAt = $state.raw<Progress | null>(null)

  findOrder = $derived(headlineFirst(this.blockIndex, TITLE_ID))

  readonly find = new FindState(
    () => this.findBlocks,
    () => this.findOrder,
    // A search starts where the reader is: the block they focused (a heading the contents jumped
    // to, while the smooth scroll is still on its way), else the block at the top.
    () => (this.focusedBlock !== null ? this.findOrder.get(this.focusedBlock) : undefined) ?? this.topBlock,
    () => this.article?.terms ?? []
  )
  readonly tip = new MarkTipState(TIP_ID)
  readonly saver = createPositionSaver((position) => void this.#save(position))

  /** Each block's text cut into marks (quotes, terms, names, nested) and find-match pieces, by block id. */
  segments = $derived(
    segmentBlocks(this.findBlocks, {
      terms: this.showTerms ? this.termRanges : null,
      names: this.showNames ? this.nameRanges : null,
      matches: this.find.byBlock
    })
  )

  /** The standard term of the words whose popover shows, worded as it should read there. */
  tipTerm = $derived.by((): TipTerm | null => {
    const target = this.tip.target
    const term = target && target.term !== null ? this.article?.terms[target.term] : undefined
    if (!target || !term) return null
    return {
      standard: standardAt(term.standard, target.text),
      note: term.note ?? null,
      quote: term.quote === true
    }
  })

  /** The X-Ray entry the words whose popover shows name, in one line. */
  tipName = $derived.by((): TipName | null => {
    const id = this.tip.target?.name
    const entry = id ? this.xrayEntries.find((e) => e.id === id) : undefined
    return entry ? { id: entry.id, title: entry.name, role: entry.office ?? KIND_ROLES[entry.kind] } : null
  })

  currentSection = $derived(
    this.contents.find((entry) => entry.sectionId === this.currentSectionId) ?? this.contents[0] ?? null
  )

  /** @param app the app's shared state (a getter, so a refreshed article flows through) */
  constructor(app: () => AppState) {
    this.#app = app
    this.resumeAt = app().takeFirstProgress()
  }

  /** Fetch where the user left off, unless it came with the page; on failure start at the top and say why. */
  async loadProgress(): Promise<void> {
    if (this.resumeAt !== null) return
    try {
      this.resumeAt = await api['progress:get']({})
    } catch (error) {
      this.#app().status.reportError(
        'Where you left off could not be loaded, so reading starts at the top',
        error
      )
      this.resumeAt = { paragraphId: null, fraction: 0, updatedAt: null }
    }
  }

  /** Turn the standard-terms marking on or off (saved with the settings). */
  toggleTerms(): void {
    void this.#app().settings.update({ showStandardTerms: !this.showTerms })
  }

  /** Turn the marking of the X-Ray's names on or off (saved with the settings). */
  toggleNames(): void {
    void this.#app().settings.update({ showNames: !this.showNames })
  }

  /** "More" on a name: the X-Ray opens on its entry. */
  openInXray(id: string): void {
    this.tip.hide()
    xrayRequest.ask(id)
    this.#app().view = 'xray'
  }

  async #save(position: ReadingPosition): Promise<void> {
    try {
      await api['progress:save'](position)
    } catch (error) {
      this.#app().status.reportError('Your reading position could not be saved', error)
    }
  }
}
