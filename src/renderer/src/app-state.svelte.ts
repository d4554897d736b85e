import type { FirstAnswers } from '@shared/first-answers'
import type { Content, Progress } from '@shared/schemas'
import { AnnotationsState } from './features/notes/annotations.svelte'
import { api, listenForChanges } from './lib/api'
import { DataChanges } from './lib/state/data-changes'
import { NoticesState } from './lib/state/notices.svelte'
import { SettingsState } from './lib/state/settings.svelte'
import { describeError, StatusState } from './lib/state/status.svelte'

/** The state every view shares: settings, notices, the status line and the article's content. */
export class AppState {
  /** The status line: each view has its own message (see StatusState). */
  readonly status = new StatusState(() => this.view)
  readonly settings = new SettingsState(this.status)
  readonly notices = new NoticesState(this.status)
  /** The user's highlights and notes, shared by the reader and the Notes view. */
  readonly annotations = new AnnotationsState(this.status, () => this.content?.article ?? null)
  /** The host's change notices, handed to whichever state shows the part of the data that changed. */
  readonly changes = new DataChanges()
  content = $state.raw<Content | null>(null)
  contentError = $state<string | null>(null)
  /**
   * Views wait for the settings (applied before anything is drawn with them) and for the notices
   * (shown above the view: arriving later they would push the restored reading position down).
   */
  ready = $derived(this.settings.loaded && this.notices.loaded && this.content !== null)
  /** The id of the main-navigation entry whose view is showing. */
  view = $state('read')
  /** A paragraph another view asked to see in the article; the reader shows it, then clears this. */
  passage = $state<string | null>(null)
  /** The stretch of article text (annotation offsets) to mark briefly once the passage shows. */
  passageRange = $state.raw<{ start: number; end: number } | null>(null)
  /** Where reading resumes, when it came with the page; the reader takes it once. */
  #firstProgress: Progress | null = null
  readonly #seeded: boolean

  /**
   * @param first the first screen's answers when the page came with them (browser host): every
   *   view then draws at once, on the server and in the page alike, with no request to wait for
   */
  constructor(first: FirstAnswers | null = null) {
    this.#seeded = first !== null
    if (first === null) return
    this.content = first['content:get']
    this.settings.seed(first['settings:get'])
    this.notices.seed(first['notices:list'], first['store:info'])
    this.#firstProgress = first['progress:get']
    this.annotations.firstSpans = first['annotations:spans']
  }

  /** Where reading resumes if it came with the page (once: later visits to the reader ask). */
  takeFirstProgress(): Progress | null {
    const progress = this.#firstProgress
    this.#firstProgress = null
    return progress
  }

  /**
   * Show paragraph `paragraphId` (e.g. "P12") in the reader, switching to it; with `range`, that
   * stretch of the article text (as annotations are anchored) is marked for a moment.
   */
  openPassage(paragraphId: string, range: { start: number; end: number } | null = null): void {
    this.passage = paragraphId
    this.passageRange = range
    this.view = 'read'
  }

  /**
   * Load everything at once, unless it came with the page; settings apply the moment they arrive.
   * From then on, a change made in another window is fetched again as soon as the host says so.
   * (The reading position is not: each window keeps its own place in the article.)
   */
  async start(): Promise<void> {
    this.changes.on(['settings'], () => this.settings.refresh())
    this.changes.on(['notices'], () => this.notices.load())
    this.changes.on(['annotations'], () => this.annotations.load())
    listenForChanges((notice) => this.changes.receive(notice))
    if (this.#seeded) return this.annotations.load()
    await Promise.all([
      this.settings.load(),
      this.notices.load(),
      this.loadContent(),
      this.annotations.load()
    ])
  }

  /** Fetch the article (again, after a failure). */
  async loadContent(): Promise<void> {
    this.contentError = null
    try {
      this.content = await api['content:get']({})
    } catch (error) {
      this.contentError = describeError(error)
      this.status.reportError('The article could not be loaded', error)
    }
  }
}

/** What every view in the main navigation receives. */
export interface ViewProps {
  app: AppState
}
