import type { FirstAnswers } from '@shared/first-answers'
import type { Article, Content, Progress } from '@shared/schemas'
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
  readonly annotations = new AnnotationsState(this.status, () => this.article)
  /** The host's change notices, handed to whichever state shows the part of the data that changed. */
  readonly changes = new DataChanges()
  /** The article: all the first screen draws of the content, so it comes with the page. */
  article = $state.raw<Article | null>(null)
  /**
   * All the content (the article and the timeline, cards, places and X-Ray the other views show),
   * fetched once the first screen is up; null until then.
   */
  content = $state.raw<Content | null>(null)
  /** Why the content could not be fetched, until it is. */
  contentError = $state<string | null>(null)
  /**
   * Views wait for the settings (applied before anything is drawn with them) and for the notices
   * (shown above the view: arriving later they would push the restored reading position down).
   */
  ready = $derived(this.settings.loaded && this.notices.loaded && this.article !== null)
  /** The id of the main-navigation entry whose view is showing. */
  view = $state('read')
  /** A paragraph another view asked to see in the article; the reader shows it, then clears this. */
  passage = $state<string | null>(null)
  /** The stretch of article text (annotation offsets) to mark briefly once the passage shows. */
  passageRange = $state.raw<{ start: number; end: number } | null>(null)
  /** Where reading resumes, when it came with the page; the reader takes it once. */
  #firstProgress: Progress | null = null
  /** The content version the article is of. */
  #articleVersion: string | null = null
  /** The latest fetch of the content. */
  #contentLoad: Promise<void> = Promise.resolve()
  readonly #seeded: boolean

  /**
   * @param first the first screen's answers when the page came with them (browser host): every
   *   view then draws at once, on the server and in the page alike, with no request to wait for
   */
  constructor(first: FirstAnswers | null = null) {
    this.#seeded = first !== null
    if (first === null) return
    this.article = first['content:article'].article
    this.#articleVersion = first['content:article'].version
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
    // A restore re-applies the shipped content to the restored data: fetch it again.
    this.changes.on(['everything'], () => this.loadContent())
    listenForChanges((notice) => this.changes.receive(notice))
    // With the page came only what the first screen draws; the rest of the content comes now.
    if (this.#seeded) {
      await Promise.all([this.loadContent(), this.annotations.load()])
      return
    }
    await Promise.all([
      this.settings.load(),
      this.notices.load(),
      this.loadContent(),
      this.annotations.load()
    ])
  }

  /** Fetch the content (again, after a failure). */
  loadContent(): Promise<void> {
    this.#contentLoad = this.#fetchContent()
    return this.#contentLoad
  }

  async #fetchContent(): Promise<void> {
    this.contentError = null
    try {
      const content = await api['content:get']({})
      // The same version as the article on screen: keep that article, so the reader is not redrawn.
      const same = this.article !== null && content.version === this.#articleVersion
      this.content = same ? { ...content, article: this.article! } : content
      this.article = this.content.article
      this.#articleVersion = content.version
    } catch (error) {
      this.contentError = describeError(error)
      const what = this.article === null ? 'The article' : 'The timeline, cards and X-Ray'
      this.status.reportError(`${what} could not be loaded`, error)
    }
  }

  /**
   * All the content, as soon as it has come: for work that needs more than the article (search).
   * Rejects, saying why, when it could not be fetched.
   */
  async wholeContent(): Promise<Content> {
    if (this.content === null) await this.#contentLoad
    if (this.content === null) throw new Error(this.contentError ?? 'The content has not been fetched.')
    return this.content
  }
}

/** What every view in the main navigation receives. */
export interface ViewProps {
  app: AppState
}
