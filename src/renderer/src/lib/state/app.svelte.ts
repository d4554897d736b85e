import type { Content } from '@shared/schemas'
import { AnnotationsState } from '../../features/notes/annotations.svelte'
import { api } from '../api'
import { NoticesState } from './notices.svelte'
import { SettingsState } from './settings.svelte'
import { describeError, StatusState } from './status.svelte'

/** The state every view shares: settings, notices, the status line and the article's content. */
export class AppState {
  readonly status = new StatusState()
  readonly settings = new SettingsState(this.status)
  readonly notices = new NoticesState(this.status)
  /** The user's highlights and notes, shared by the reader and the Notes view. */
  readonly annotations = new AnnotationsState(this.status, () => this.content?.article ?? null)
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

  /**
   * Show paragraph `paragraphId` (e.g. "P12") in the reader, switching to it; with `range`, that
   * stretch of the article text (as annotations are anchored) is marked for a moment.
   */
  openPassage(paragraphId: string, range: { start: number; end: number } | null = null): void {
    this.passage = paragraphId
    this.passageRange = range
    this.view = 'read'
  }

  /** Load everything at once; settings are applied the moment they arrive. */
  async start(): Promise<void> {
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
