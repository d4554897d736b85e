import type { Progress } from '@shared/schemas'
import { api } from '../../lib/api'
import type { AppState } from '../../app-state.svelte'
import { articleBlocks, blockOrder, contentsEntries, readingMinutes, TITLE_ID, type Block } from './blocks'
import { headlineFirst } from './find'
import { FindState } from './find.svelte'
import { createPositionSaver, type ReadingPosition } from './position-saver'
import { segmentBlocks } from './segments'
import { TermTipState } from './term-tip.svelte'
import { termRangesByBlock } from './terms'

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
    () => this.topBlock,
    () => this.article?.terms ?? []
  )
  readonly tip = new TermTipState()
  readonly saver = createPositionSaver((position) => void this.#save(position))

  /** Each block's text cut into quote stretches, term runs and find-match pieces, keyed by block id. */
  stretches = $derived(
    segmentBlocks(this.findBlocks, this.showTerms ? this.termRanges : null, this.find.byBlock)
  )

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

  async #save(position: ReadingPosition): Promise<void> {
    try {
      await api['progress:save'](position)
    } catch (error) {
      this.#app().status.reportError('Your reading position could not be saved', error)
    }
  }
}
