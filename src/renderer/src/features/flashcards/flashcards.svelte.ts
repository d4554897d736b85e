import type { ExportFile } from '@shared/card-schemas'
import { api } from '../../lib/api'
import { Context } from '../../lib/state/context'
import type { AppState } from '../../app-state.svelte'
import { BrowserState } from './card-browser.svelte'
import { saveFile } from '../../lib/save-file'
import type { StatusReporter } from '../../lib/state/status.svelte'
import { CardEditorState, type CardDraftSource } from './editor.svelte'
import { QuizState } from './quiz.svelte'
import { ReviewState } from './review.svelte'
import { StatsState } from './stats.svelte'

export type FlashcardsTab = 'review' | 'quiz' | 'cards' | 'stats'

/** What the reader's way back says, by the tab "Show in article" was chosen on. */
const BACK_LABELS: Record<FlashcardsTab, string> = {
  review: 'Back to the review',
  quiz: 'Back to the quiz',
  cards: 'Back to the cards',
  stats: 'Back to the statistics'
}

/**
 * Everything the Flashcards view shows. One per app, made by the app root and kept while other
 * views are open, so that a session or a quiz left for "Show in article" is still there on coming
 * back (made inside a view, its derived values would stop updating once that view closed).
 */
export class FlashcardsState {
  readonly app: AppState
  /** The Flashcards view's own status line: its messages never show in another view. */
  readonly status: StatusReporter
  tab = $state<FlashcardsTab>('review')
  readonly review: ReviewState
  readonly quiz: QuizState
  readonly browser: BrowserState
  readonly stats: StatsState
  readonly editor = new CardEditorState()
  /** The way back to the study screen "Show in article" left, while the reader shows the passage. */
  returnTo = $state<{ tab: FlashcardsTab; label: string } | null>(null)

  constructor(app: AppState) {
    this.app = app
    this.status = app.status.of('flashcards')
    this.review = new ReviewState(this.status)
    this.quiz = new QuizState(this.status)
    this.browser = new BrowserState(this.status)
    this.stats = new StatsState(this.status)
    // Another window's grade, edit or quiz: fetch what the tab shows again. A session's card
    // stays put (its grade is checked against the card's state instead).
    app.changes.on(['cards'], () => this.refresh())
  }

  /** Switch tab and fetch what it shows. */
  async show(tab: FlashcardsTab): Promise<void> {
    this.tab = tab
    await this.refresh()
  }

  /** Fetch what the current tab shows (on opening the view, or after a change elsewhere). */
  async refresh(): Promise<void> {
    if (this.tab === 'review' && this.review.phase === 'deck') await this.review.load()
    else if (this.tab === 'quiz') await this.quiz.loadHistory()
    else if (this.tab === 'cards') await this.browser.load()
    else if (this.tab === 'stats') await this.stats.load()
  }

  /**
   * Save a card from the editor, then show it in the browser; says so on `status` (the status line
   * of the view the editor was opened over).
   */
  async saveCard(status: StatusReporter = this.status): Promise<void> {
    const saved = await this.editor.save()
    if (!saved) return
    status.report(this.editor.editingId === null ? 'Card created.' : 'Card saved.')
    await Promise.all([this.browser.load(), this.review.phase === 'deck' ? this.review.load() : undefined])
  }

  /** Export the deck and offer the file for saving. */
  async exportCards(format: 'anki-basic' | 'anki-cloze' | 'csv'): Promise<void> {
    let file: ExportFile
    try {
      file = await api['cards:export']({ format })
    } catch (error) {
      this.status.reportError('The cards could not be exported', error)
      return
    }
    saveFile(file)
    this.status.report(`Exported ${file.cards} ${file.cards === 1 ? 'card' : 'cards'} as ${file.fileName}.`)
  }

  /** Open the reader at a card's source paragraph, leaving a way back to this tab as it stands. */
  showInArticle(paragraphId: string): void {
    this.returnTo = { tab: this.tab, label: BACK_LABELS[this.tab] }
    this.app.openPassage(paragraphId)
  }

  /**
   * Open the card editor on a passage, over the view showing now (a MakeCardDialog draws it there):
   * how a highlight becomes a card without leaving the page. The editor starts with the quote as the
   * answer and as the cloze text, and the card keeps the passage as its source, so "Show in article"
   * leads back to it.
   */
  makeCardFrom(source: CardDraftSource): void {
    this.editor.start(source)
  }

  /** Back from the reader to the tab "Show in article" left: the session, quiz or browser as it was. */
  goBack(): void {
    if (this.returnTo === null) return
    this.tab = this.returnTo.tab
    this.returnTo = null
    this.app.view = 'flashcards'
  }
}

/** The app's one FlashcardsState, made by the app root (see view-states.ts). */
export const flashcardsContext = new Context<FlashcardsState>('FlashcardsState')
