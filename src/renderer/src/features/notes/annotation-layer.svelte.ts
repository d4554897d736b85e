import { tick } from 'svelte'
import type { Annotation, HighlightColor } from '@shared/annotation-schemas'
import { inArticleOrder } from '@shared/highlight-order'
import type { AnnotationsState } from './annotations.svelte'
import { BlockIndex } from './dom-text'
import { lineBoxes, stepHighlight, type Box } from './highlight-order'
import { annotationsAt, clearHighlights, flashRange, paintHighlights } from './highlight-paint'
import { isTyping, isUndoKey } from './keys'
import { throttleToFrame } from '../../lib/frame-throttle'

/** What the reader's highlight layer does for a key pressed anywhere in the window. */
export type LayerKeyAction =
  'highlight' | 'note' | 'drop-selection' | 'to-toolbar' | 'visit-next' | 'visit-previous'

/** Where the key was pressed, as far as the layer's decision goes. */
export interface LayerKeyContext {
  /** Text of the article is selected (as read at this key press). */
  selected: boolean
  /** Keyboard focus is inside the article. */
  inArticle: boolean
  /** A highlight is being visited with [ and ]. */
  visiting: boolean
}

/** The keys whose meaning depends on the selection: it is read afresh before they are decided. */
export const keyReadsSelection = (key: string): boolean =>
  key === 'h' || key === 'n' || key === 'escape' || key === 'tab'

/**
 * What a plain key (no Ctrl, ⌘ or Alt, not typed into a field) does in the reader: H and N
 * highlight the selection (N also opens the note editor), Esc drops it, Tab goes from it to the
 * selection toolbar, [ and ] visit the previous and next highlight. `key` is lower-cased. Null
 * when the key is not the layer's.
 */
export function layerKeyAction(key: string, shift: boolean, at: LayerKeyContext): LayerKeyAction | null {
  if (at.selected && key === 'h') return 'highlight'
  if (at.selected && key === 'n') return 'note'
  if (at.selected && key === 'escape') return 'drop-selection'
  // The toolbar is drawn outside the article: Tab from the selection goes to it.
  if (at.selected && key === 'tab' && !shift && at.inArticle) return 'to-toolbar'
  if ((key === '[' || key === ']') && (at.inArticle || at.visiting)) {
    return key === ']' ? 'visit-next' : 'visit-previous'
  }
  return null
}

/** What the layer asks of the components it draws. */
export interface LayerView {
  /** Put keyboard focus on the selection toolbar. */
  focusToolbar(): void
  /** Put keyboard focus on the visited highlight's ring. */
  focusRing(): void
}

/**
 * The reader's highlight layer: the selection and its toolbar, H/N/Esc/Tab on a selection, moving
 * between highlights with [ and ], clicking a highlight to open it, and the open editor. The
 * component (AnnotationLayer.svelte) only draws what this holds.
 */
export class AnnotationLayerState {
  readonly annotations: AnnotationsState
  readonly #root: () => HTMLElement | undefined
  #view: LayerView | null = null

  /** Bumped whenever the article's DOM changes (find and terms re-cut the text nodes). */
  domVersion = $state(0)
  /** The selected article text and where it is on screen. */
  selection = $state.raw<{ start: number; end: number; box: DOMRect } | null>(null)
  /** The editor opens with its note box focused (N, or a note opened to be read). */
  focusNote = $state(false)
  /** The highlight visited with [ and ], by id. */
  visiting = $state<string | null>(null)
  /** Bumped when the page scrolls or resizes, so the visited highlight's ring follows it. */
  layoutVersion = $state(0)
  /** The block keyboard focus left for the toolbar, to come back to. */
  #toolbarReturn: HTMLElement | null = null
  /** Clicks in the article so far: a click waiting for the list gives way to a later one. */
  #clicks = 0

  index = $derived.by(() => {
    void this.domVersion
    const root = this.#root()
    return root && this.annotations.text ? new BlockIndex(root, this.annotations.text.blocks) : null
  })
  editing = $derived.by(() => this.annotations.byId(this.annotations.editing))
  visited = $derived.by(() => this.annotations.byId(this.visiting))
  // Sorted only when [ or ] is pressed (a derived is computed when read): opening the reader never pays for it.
  ordered = $derived.by(() => inArticleOrder(this.annotations.list))
  /** Where the visited highlight is on screen, one box per line. */
  visitBoxes = $derived.by((): Box[] => {
    void this.layoutVersion
    if (!this.visited || !this.index) return []
    return this.lineBoxesOf(this.visited)
  })

  constructor(annotations: AnnotationsState, root: () => HTMLElement | undefined) {
    this.annotations = annotations
    this.#root = root
  }

  /** Give the layer the components it focuses (once they are drawn). */
  attach(view: LayerView): void {
    this.#view = view
  }

  /** Draw every highlight (again), over the article as it now is. */
  paint(): void {
    if (this.index) paintHighlights(this.index, this.annotations.spans)
  }

  /** Watch the article's DOM for re-cut text nodes; answers a function that stops watching. */
  observeArticle(root: HTMLElement): () => void {
    const onmutation = throttleToFrame(() => (this.domVersion += 1))
    const observer = new MutationObserver(onmutation)
    observer.observe(root, { childList: true, subtree: true, characterData: true })
    return () => {
      observer.disconnect()
      onmutation.cancel()
    }
  }

  /** Mark a stretch of article text for a moment; answers a function that cancels the unmarking. */
  flash(mark: { start: number; end: number }): () => void {
    if (!this.index) return () => {}
    const unmark = flashRange(this.index, mark.start, mark.end)
    const timer = setTimeout(unmark, 2400)
    return () => clearTimeout(timer)
  }

  /** A live Range over an article-text stretch (StaticRanges have no geometry). */
  liveRange(span: { start: number; end: number }): Range | null {
    const fixed = this.index?.range(span.start, span.end)
    if (!fixed) return null
    const range = document.createRange()
    range.setStart(fixed.startContainer, fixed.startOffset)
    range.setEnd(fixed.endContainer, fixed.endOffset)
    return range
  }

  /** Where a highlight is on screen, one box per line (none when it cannot be drawn). */
  lineBoxesOf(annotation: Annotation): Box[] {
    const range = this.liveRange(annotation.target.selector[1])
    // DOMRect's fields are getters, which spreading would lose: copy them out.
    const rects = [...(range?.getClientRects() ?? [])].map(({ top, left, width, height }) => ({
      top,
      left,
      width,
      height
    }))
    return lineBoxes(rects)
  }

  /** The article block an article-text offset is in. */
  blockAt(offset: number): HTMLElement | null {
    const point = this.index?.point(offset, false)
    return point?.node.parentElement?.closest<HTMLElement>('[data-block-id]') ?? null
  }

  /**
   * Where [ and ] count from: the highlight being visited, else the caret, else the focused block
   * (from its start going forward, its end going back, so either key finds the highlights in it).
   */
  #visitOrigin(step: 1 | -1): { id: string } | { offset: number } | null {
    if (this.visiting) return { id: this.visiting }
    const index = this.index
    const current = getSelection()
    if (index && current?.focusNode && this.#root()?.contains(current.focusNode)) {
      const offset = index.offsetOf(current.focusNode, current.focusOffset)
      if (offset !== null) return { offset }
    }
    const block = document.activeElement?.closest('[data-block-id]')
    const offset = index && block ? index.offsetOf(block, step === 1 ? 0 : block.childNodes.length) : null
    return offset === null ? null : { offset }
  }

  /** Visit the next (1) or previous (-1) highlight: scroll it into view and focus its ring. */
  async visit(step: 1 | -1): Promise<void> {
    const from = this.#visitOrigin(step)
    await this.annotations.whenLoaded()
    const next = from ? stepHighlight(this.ordered, from, step) : null
    if (!next) {
      this.annotations.status.report(
        step === 1 ? 'No highlight after this point.' : 'No highlight before this point.'
      )
      return
    }
    const box = this.liveRange(next.target.selector[1])?.getBoundingClientRect()
    const top = parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0
    if (box && (box.top < top || box.bottom > innerHeight)) {
      scrollBy({ top: box.top - top - innerHeight / 4, behavior: 'instant' })
    }
    this.visiting = next.id
    this.layoutVersion += 1
    await tick()
    this.#view?.focusRing()
  }

  /** Leave the visited highlight for the block it starts in. */
  leaveVisit(): void {
    const span = this.visited?.target.selector[1]
    this.visiting = null
    if (span) this.blockAt(span.start)?.focus({ preventScroll: true })
  }

  /** A key on the visited highlight's ring: Esc leaves it, and so does Tab, onwards from its place. */
  visitKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      event.preventDefault()
      this.leaveVisit()
    } else if (event.key === 'Tab') {
      // The ring lives outside the article; Tab carries on from the highlight's place in it.
      this.leaveVisit()
    }
  }

  /** Read the page's selection: the article text it covers and where it is on screen. */
  readSelection(): void {
    const current = getSelection()
    const index = this.index
    const root = this.#root()
    if (!index || !root || !current || current.isCollapsed || current.rangeCount === 0) {
      this.selection = null
      return
    }
    const range = current.getRangeAt(0)
    if (!root.contains(range.commonAncestorContainer) && !range.intersectsNode(root)) {
      this.selection = null
      return
    }
    const offsets = index.offsetsOf(range)
    this.selection = offsets ? { ...offsets, box: range.getBoundingClientRect() } : null
  }

  /** Highlight the selection in `color`; with `withNote`, open its editor at the note. */
  async highlight(color: HighlightColor, withNote: boolean): Promise<void> {
    // The toolbar's buttons call this too; read the selection afresh rather than last frame's.
    this.readSelection()
    if (!this.selection) return
    const { start, end } = this.selection
    const created = await this.annotations.create(start, end, color)
    if (!created) return
    // Keep the caret at the highlight's end, so keyboard selection carries on from there.
    getSelection()?.collapseToEnd()
    this.selection = null
    const root = this.#root()
    if (
      this.#toolbarReturn &&
      (document.activeElement === document.body || !root?.contains(document.activeElement))
    ) {
      this.#toolbarReturn.focus({ preventScroll: true })
    }
    this.#toolbarReturn = null
    if (withNote) this.open(created.id, true)
  }

  /** Open a highlight's editor, at its note when `atNote`. */
  open(id: string, atNote: boolean): void {
    this.focusNote = atNote
    this.annotations.editing = id
  }

  /** Copy the selected quote (the article's text, not the page's rendering of it). */
  async copy(): Promise<void> {
    const text = this.annotations.text?.text
    if (!this.selection || !text) return
    const quote = text.slice(this.selection.start, this.selection.end)
    const status = this.annotations.status
    try {
      await navigator.clipboard.writeText(quote)
      status.report('Quote copied.')
    } catch {
      // Electron denies every permission, the clipboard's included; a copy command the user gave
      // (this click) needs none.
      const put = (event: ClipboardEvent): void => {
        event.clipboardData?.setData('text/plain', quote)
        event.preventDefault()
      }
      document.addEventListener('copy', put, { once: true })
      const copied = document.execCommand('copy')
      document.removeEventListener('copy', put)
      status.report(
        copied ? 'Quote copied.' : 'The quote could not be copied: use Ctrl+C (⌘C on a Mac) instead.'
      )
    }
  }

  /** A key pressed anywhere in the window (see `layerKeyAction`); Ctrl/⌘+Z undoes a delete. */
  keydown(event: KeyboardEvent): void {
    if (isUndoKey(event)) {
      event.preventDefault()
      void this.annotations.undo()
      return
    }
    const key = event.key.toLowerCase()
    const plain = !event.ctrlKey && !event.metaKey && !event.altKey
    if (!plain || isTyping(event.target) || event.defaultPrevented) return
    const inArticle = this.#root()?.contains(document.activeElement) === true
    // The selection is read once a frame; a key pressed straight after extending it must see this one.
    if (keyReadsSelection(key)) this.readSelection()
    const action = layerKeyAction(key, event.shiftKey, {
      selected: this.selection !== null,
      inArticle,
      visiting: this.visiting !== null
    })
    if (action === null) return
    event.preventDefault()
    if (action === 'highlight' || action === 'note') void this.highlight('yellow', action === 'note')
    else if (action === 'drop-selection') {
      const current = getSelection()
      if (current?.focusNode) current.collapse(current.focusNode, current.focusOffset)
    } else if (action === 'to-toolbar') {
      this.#toolbarReturn = document.activeElement instanceof HTMLElement ? document.activeElement : null
      this.#view?.focusToolbar()
    } else void this.visit(action === 'visit-next' ? 1 : -1)
  }

  /** Escape in the toolbar: back to the block the selection was made in. */
  leaveToolbar(): void {
    this.#toolbarReturn?.focus({ preventScroll: true })
    this.#toolbarReturn = null
  }

  /** Delete the highlight being edited; one visited by keyboard hands focus back to its block. */
  async deleteEditing(id: string): Promise<void> {
    const visited = this.visited
    const block = this.visiting === id && visited ? this.blockAt(visited.target.selector[1].start) : null
    await this.annotations.remove(id)
    if (!block) return
    this.visiting = null
    await tick()
    block.focus({ preventScroll: true })
  }

  /** The article-text offset under a point, when the point is over text. */
  offsetAtPoint(x: number, y: number): number | null {
    const index = this.index
    if (!index) return null
    const caret = document.caretPositionFromPoint?.(x, y)
    if (!caret) return null
    // The caret is the nearest gap; the character under the point is after it, or before it.
    for (const shift of [0, -1]) {
      const offset = caret.offset + shift
      if (!(caret.offsetNode instanceof Text) || offset < 0 || offset >= caret.offsetNode.data.length)
        continue
      const probe = document.createRange()
      probe.setStart(caret.offsetNode, offset)
      probe.setEnd(caret.offsetNode, offset + 1)
      const hit = [...probe.getClientRects()].some(
        (r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom
      )
      if (hit) return index.offsetOf(caret.offsetNode, offset)
    }
    return null
  }

  /** The innermost highlight under a point, if any. */
  highlightAtPoint(x: number, y: number): Annotation | undefined {
    const at = this.offsetAtPoint(x, y)
    return at === null ? undefined : annotationsAt(this.annotations.list, at)[0]
  }

  /** A click in the article opens the highlight under it (unless the click ended a selection). */
  click(event: MouseEvent): void {
    if (getSelection()?.isCollapsed === false) return
    void this.openAt(this.offsetAtPoint(event.clientX, event.clientY))
  }

  /**
   * Open the innermost highlight at article-text offset `at` (a click there; null, a click off the
   * text). A highlight drawn from the page's spans opens once the list with its note has come,
   * unless the reader has clicked again meanwhile.
   */
  async openAt(at: number | null): Promise<void> {
    const click = ++this.#clicks
    if (at === null) return
    await this.annotations.whenLoaded()
    const hit = annotationsAt(this.annotations.list, at)[0]
    if (hit && click === this.#clicks) this.open(hit.id, false)
  }

  /**
   * Follow the selection, the page's scrolling and where focus goes, from now until the answered
   * function is called (the reader closes), which also removes the drawn highlights.
   */
  listen(): () => void {
    const onchange = throttleToFrame(() => this.readSelection())
    const onlayout = (): void => {
      onchange()
      if (this.visiting !== null) this.layoutVersion += 1
    }
    // A visited highlight is left once the mouse or the article's own focus takes over.
    const onpointerdown = (event: PointerEvent): void => {
      if (!(event.target instanceof HTMLButtonElement && event.target.closest('.visit'))) {
        this.visiting = null
      }
    }
    const onfocusin = (event: FocusEvent): void => {
      if (this.#root()?.contains(event.target as Node | null)) this.visiting = null
    }
    document.addEventListener('selectionchange', onchange)
    addEventListener('scroll', onlayout, { passive: true })
    addEventListener('resize', onlayout)
    addEventListener('pointerdown', onpointerdown)
    addEventListener('focusin', onfocusin)
    return () => {
      document.removeEventListener('selectionchange', onchange)
      removeEventListener('scroll', onlayout)
      removeEventListener('resize', onlayout)
      removeEventListener('pointerdown', onpointerdown)
      removeEventListener('focusin', onfocusin)
      onchange.cancel()
      clearHighlights()
    }
  }
}
