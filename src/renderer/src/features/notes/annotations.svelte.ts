import { untrack } from 'svelte'
import { articleText, blockAt, type ArticleText } from '@shared/anchoring/article-text'
import { describeRange } from '@shared/anchoring/anchor'
import { DEFAULT_COLOR_NAMES } from '@shared/limits'
import type {
  Annotation,
  ColorNames,
  HighlightColor,
  HighlightSpan,
  PageNote
} from '@shared/annotation-schemas'
import { highlightSpans } from '@shared/highlight-spans'
import type { Article } from '@shared/schemas'
import { revisionOf } from '@shared/revision'
import { api } from '../../lib/api'
import { isConflictError, type SaveOutcome } from '../../lib/state/data-changes'
import type { StatusState } from '../../lib/state/status.svelte'

/** The user's highlights, page notes and colour names, shared by the reader and the Notes view. */
export class AnnotationsState {
  readonly status: StatusState
  readonly #article: () => Article | null

  list = $state.raw<Annotation[]>([])
  pageNotes = $state.raw<PageNote[]>([])
  colorNames = $state.raw<ColorNames>({ ...DEFAULT_COLOR_NAMES })
  loaded = $state(false)
  /** The highlights' spans sent with the page, drawn until the list itself has come. */
  firstSpans = $state.raw<readonly HighlightSpan[]>([])
  /** What the reader draws. */
  spans = $derived<readonly HighlightSpan[]>(this.loaded ? highlightSpans(this.list) : this.firstSpans)
  /** The highlight whose editor is open, by id. */
  editing = $state<string | null>(null)
  /** Deleted highlights, newest last, for Ctrl/Cmd+Z. */
  #deleted: Annotation[] = []
  /** Settled the first time the list has come. */
  #arrived: Promise<void>
  #arrive: () => void = () => {}

  /** The article text annotations are anchored in (null before the article arrives). */
  text = $derived.by((): ArticleText | null => {
    const article = this.#article()
    return article ? articleText(article) : null
  })

  constructor(status: StatusState, article: () => Article | null) {
    this.status = status
    this.#article = article
    this.#arrived = new Promise((resolve) => (this.#arrive = resolve))
  }

  /**
   * Settles once the list has come (at once when it has): what the reader drew from the page's
   * spans can be clicked or visited before then, and the act waits for the highlight it reached.
   * (Untracked: an effect that asks is not run again when the list comes.)
   */
  whenLoaded(): Promise<void> {
    return untrack(() => this.loaded) ? Promise.resolve() : this.#arrived
  }

  byId(id: string | null): Annotation | undefined {
    return id === null ? undefined : this.list.find((a) => a.id === id)
  }

  /** Fetch everything (at start; again after an import, and whenever another window changes any of it). */
  async load(): Promise<void> {
    try {
      const view = await api['annotations:list']({})
      // A highlight unchanged since it was last drawn keeps its object, so what shows it (an open
      // editor, the focused highlight) is not drawn afresh when another window changes another one.
      // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a lookup local to this call, not state
      const shown = new Map(this.list.map((a) => [a.id, a]))
      const list = view.annotations.map((a) => {
        const old = shown.get(a.id)
        return old !== undefined && JSON.stringify(old) === JSON.stringify(a) ? old : a
      })
      if (list.length !== this.list.length || list.some((a, i) => a !== this.list[i])) this.list = list
      this.pageNotes = view.pageNotes
      this.colorNames = view.colorNames
      this.loaded = true
      this.#arrive()
    } catch (error) {
      this.status.reportError('Your highlights could not be loaded', error)
    }
  }

  /** What a flashcard made from `annotation` starts with: its quote and the paragraph it begins in. */
  cardSource(annotation: Annotation): { quote: string; sourceParagraphId?: string } {
    const [quote, position] = annotation.target.selector
    const block = this.text ? blockAt(this.text.blocks, position.start) : undefined
    return {
      quote: quote.exact,
      ...(block && block.kind !== 'heading' ? { sourceParagraphId: block.id } : {})
    }
  }

  /** Highlight [start, end) of the article text; answers the new highlight, or null on failure. */
  async create(start: number, end: number, color: HighlightColor): Promise<Annotation | null> {
    if (!this.text || end <= start) return null
    try {
      const created = await api['annotations:create']({
        color,
        selector: describeRange(this.text.text, start, end)
      })
      // The change notice's fetch may have brought it already.
      this.list = [...this.list.filter((a) => a.id !== created.id), created]
      return created
    } catch (error) {
      this.status.reportError('The highlight could not be saved', error)
      return null
    }
  }

  /**
   * Highlight the first place `quote` occurs in the article (exactly, else ignoring case); answers
   * a sentence saying what happened.
   */
  async highlightQuote(quote: string, color: HighlightColor): Promise<string> {
    const text = this.text?.text ?? ''
    let at = text.indexOf(quote)
    if (at === -1) at = text.toLocaleLowerCase('en').indexOf(quote.toLocaleLowerCase('en'))
    if (at === -1) return 'Those words are not in the article. Check them against the text.'
    const again = text.indexOf(text.slice(at, at + quote.length), at + 1) !== -1
    const created = await this.create(at, at + quote.length, color)
    if (!created) return 'The highlight could not be saved.'
    return again
      ? 'Highlighted where the words first occur (they occur again later: add words to choose another place).'
      : 'Highlighted.'
  }

  /**
   * Change a highlight's colour, note or tags; answers whether it was saved. A new note is saved
   * over `base`, the note the user started from: when another window changed it meanwhile, nothing
   * is saved and the answer is that window's note, for the user to choose between.
   */
  async update(
    id: string,
    change: { color?: HighlightColor; note?: string; tags?: string[] },
    base?: string
  ): Promise<SaveOutcome> {
    try {
      const revision = change.note !== undefined && base !== undefined ? revisionOf(base) : undefined
      const updated = await api['annotations:update']({ id, ...change, ...(revision ? { revision } : {}) })
      this.list = this.list.map((a) => (a.id === id ? updated : a))
      return true
    } catch (error) {
      if (isConflictError(error)) {
        await this.load()
        return { theirs: this.byId(id)?.note ?? '' }
      }
      this.status.reportError('Your change could not be saved', error)
      return false
    }
  }

  /** Delete a highlight, saying so with an Undo in the status line. */
  async remove(id: string): Promise<void> {
    try {
      const deleted = await api['annotations:delete']({ id })
      this.list = this.list.filter((a) => a.id !== id)
      if (this.editing === id) this.editing = null
      this.#deleted.push(deleted)
      this.status.report('Highlight deleted.', { label: 'Undo', run: () => void this.undo() })
    } catch (error) {
      this.status.reportError('The highlight could not be deleted', error)
    }
  }

  /** Put back the last deleted highlight exactly as it was. False when there is nothing to undo. */
  async undo(): Promise<boolean> {
    const last = this.#deleted.pop()
    if (!last) return false
    try {
      const restored = await api['annotations:restore']({ annotation: last })
      this.list = [...this.list.filter((a) => a.id !== restored.id), restored]
      this.status.report('Highlight restored.')
    } catch (error) {
      this.status.reportError('The highlight could not be restored', error)
    }
    return true
  }

  /** The article's or a section's note as saved ('' when there is none). */
  pageNote(target: string): string {
    return this.pageNotes.find((n) => n.target === target)?.note ?? ''
  }

  /**
   * Write the article's or a section's note (empty removes it) over `base`, the note the user
   * started from. When another window changed it meanwhile, nothing is saved and the answer is
   * that window's note, for the user to choose between.
   */
  async writePageNote(target: string, note: string, base?: string): Promise<SaveOutcome> {
    try {
      const revision = base === undefined ? {} : { revision: revisionOf(base) }
      this.pageNotes = await api['pagenotes:write']({ target, note, ...revision })
      return true
    } catch (error) {
      if (isConflictError(error)) {
        await this.load()
        return { theirs: this.pageNote(target) }
      }
      this.status.reportError('The note could not be saved', error)
      return false
    }
  }

  async renameColor(color: HighlightColor, name: string): Promise<void> {
    try {
      this.colorNames = await api['highlightcolors:rename']({ color, name })
    } catch (error) {
      this.status.reportError('The colour could not be renamed', error)
    }
  }
}
