import type { Annotation } from '@shared/annotation-schemas'
import { inArticleOrder } from '@shared/highlight-order'
import type { AnnotationLayerState } from './annotation-layer.svelte'
import type { Box } from './highlight-order'
import { stackNotes, type MarginBand } from './margin-layout'
import { throttleToFrame, type FrameThrottled } from '../../lib/frame-throttle'

/** The narrowest window that shows notes in the margin (narrower ones show them in a popover). */
export const MARGIN_MIN_WIDTH = 1280
/** Pixels between the article and the notes, between two notes, and between a note and a badge. */
const GAP = 12
/** The notes column's widest (it is narrower where the margin is). */
const MAX_WIDTH = 320
/** The narrowest column worth reading notes in; a narrower margin (wide lines, large text) gets popovers. */
const MIN_WIDTH = 110

/** Whether a highlight has something to show beside it: a note or tags. */
export const hasNote = (a: Annotation): boolean => !a.orphaned && (a.note.trim() !== '' || a.tags.length > 0)

/** A noted highlight's marker, just after its last character (in the notes layer's pixels). */
export interface NoteMarker {
  id: string
  top: number
  left: number
  height: number
}

/** The highlight whose note a popover shows. */
export interface PopoverNote {
  id: string
  /** Shown for the visited highlight (keyboard), else for the one under the pointer. */
  byFocus: boolean
}

/**
 * The notes beside the text: which highlights have one, where each note and marker goes, and the
 * popover that shows a note on narrow windows. Positions are in the notes layer's own pixels (it
 * scrolls with the article), so scrolling moves nothing; everything is laid out again, in one pass
 * in the next frame, when the window or the text's size changes, the highlights change, the
 * article's markup is re-cut, or a note's rendered height changes.
 */
export class MarginNotesState {
  readonly #layer: AnnotationLayerState
  readonly #root: () => HTMLElement | undefined
  /** The notes layer: positions are measured from its top left corner. */
  #container: HTMLElement | null = null
  /** The notes column's cards, by highlight id, to measure. */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a lookup for measuring, not state
  readonly #cards = new Map<string, HTMLElement>()
  readonly #schedule: FrameThrottled
  /** Lays out again when the article or a card changes size (text size, a note's Markdown arriving). */
  #resized: ResizeObserver | null = null

  /** The window is at least MARGIN_MIN_WIDTH wide. */
  #wideWindow = false
  /** The margin is wide enough for notes in it (else they show in popovers). */
  wide = $state(false)
  /** The highlights with a note or tags, in article order. */
  noted = $derived.by(() => inArticleOrder(this.#layer.annotations.list.filter(hasNote)))
  /** Where each note's card goes (its top), by highlight id; a note not placed is not drawn. */
  tops = $state.raw<Readonly<Record<string, number>>>({})
  /** The notes column's left edge and width, once laid out. */
  column = $state.raw<{ left: number; width: number } | null>(null)
  markers = $state.raw<readonly NoteMarker[]>([])
  popover = $state.raw<PopoverNote | null>(null)
  /** Where the hovered highlight is on screen (the visited one's lines come from the layer). */
  hoverBoxes = $state.raw<readonly Box[]>([])
  #hideTimer: ReturnType<typeof setTimeout> | undefined

  constructor(layer: AnnotationLayerState, root: () => HTMLElement | undefined) {
    this.#layer = layer
    this.#root = root
    this.#schedule = throttleToFrame(() => this.layout())
  }

  /** Made on first use: the first screen is also drawn on the host, which has none. */
  get #sizes(): ResizeObserver {
    this.#resized ??= new ResizeObserver(() => this.schedule())
    return this.#resized
  }

  /** The highlight the popover shows, when it is still there with something to show. */
  get popoverNote(): Annotation | undefined {
    const id = this.popover?.id
    return id === undefined ? undefined : this.noted.find((a) => a.id === id)
  }

  /** The lines of the popover's highlight on screen. */
  get popoverBoxes(): readonly Box[] {
    return this.popover?.byFocus ? this.#layer.visitBoxes : this.hoverBoxes
  }

  /** Lay out again in the next frame (however many times this is called before it). */
  schedule(): void {
    this.#schedule()
  }

  /** Place everything from `layer`'s corner while it is drawn; answers a function for when it goes. */
  attachLayer(layer: HTMLElement): () => void {
    this.#container = layer
    this.schedule()
    return () => {
      if (this.#container === layer) this.#container = null
    }
  }

  /** Measure `card`, the note of highlight `id`, while it is drawn; answers a function for when it goes. */
  watchCard(id: string, card: HTMLElement): () => void {
    this.#cards.set(id, card)
    this.#sizes.observe(card)
    this.schedule()
    return () => {
      this.#sizes.unobserve(card)
      if (this.#cards.get(id) === card) this.#cards.delete(id)
    }
  }

  /**
   * One layout pass: read every noted highlight's lines, the badges in the margin and the cards'
   * heights, then place the markers and stack the notes. Reads all, then writes all, so the page is
   * laid out once.
   */
  layout(): void {
    const container = this.#container
    const root = this.#root()
    if (!container || !root || !this.#layer.index) return
    const origin = container.getBoundingClientRect()
    const markers: NoteMarker[] = []
    const firstLines: { id: string; top: number }[] = []
    for (const annotation of this.noted) {
      const lines = this.#layer.lineBoxesOf(annotation)
      const first = lines[0]
      const last = lines.at(-1)
      if (!first || !last) continue
      firstLines.push({ id: annotation.id, top: first.top - origin.top })
      markers.push({
        id: annotation.id,
        top: last.top - origin.top,
        left: last.left + last.width - origin.left,
        height: last.height
      })
    }
    this.markers = markers
    const article = root.getBoundingClientRect()
    const left = article.right + GAP + 4
    const width = Math.min(MAX_WIDTH, document.documentElement.clientWidth - left - GAP)
    const wide = this.#wideWindow && width >= MIN_WIDTH
    if (wide !== this.wide) this.popover = null
    this.wide = wide
    if (!wide) {
      this.tops = {}
      this.column = null
      return
    }
    // Anything the reader itself draws in this column (the recall badges, as asides) is in the way.
    const taken: MarginBand[] = [...root.querySelectorAll('aside')]
      .map((aside) => aside.getBoundingClientRect())
      .filter((box) => box.height > 0 && box.right > left && box.left < left + width)
      .map((box) => ({ top: box.top - origin.top, bottom: box.bottom - origin.top }))
    const column = { left: left - origin.left, width }
    // The cards' heights depend on the column's width: set it now, so they are measured at it.
    if (this.column?.width !== width) container.style.setProperty('--margin-note-width', `${width}px`)
    const items = firstLines.map(({ id, top }) => ({ top, height: this.#cards.get(id)?.offsetHeight ?? 0 }))
    const tops = stackNotes(items, taken, GAP)
    this.column = column
    this.tops = Object.fromEntries(firstLines.map(({ id }, i) => [id, tops[i] as number]))
  }

  /** Follow the window's width (margin or popover), size and fonts; answers a function that stops. */
  listen(): () => void {
    const query = matchMedia(`(min-width: ${MARGIN_MIN_WIDTH}px)`)
    const onquery = (): void => {
      this.#wideWindow = query.matches
      this.wide = query.matches
      this.popover = null
      this.schedule()
    }
    onquery()
    const onresize = (): void => this.schedule()
    const onscroll = (): void => {
      // A hovered highlight's popover would stay where the passage was; the pointer is off it now.
      if (this.popover && !this.popover.byFocus) this.popover = null
    }
    query.addEventListener('change', onquery)
    addEventListener('resize', onresize)
    addEventListener('scroll', onscroll, { passive: true })
    void document.fonts.ready.then(onresize)
    return () => {
      query.removeEventListener('change', onquery)
      removeEventListener('resize', onresize)
      removeEventListener('scroll', onscroll)
      this.#resized?.disconnect()
      this.#resized = null
      this.#schedule.cancel()
      clearTimeout(this.#hideTimer)
    }
  }

  /** Follow the article's size and the pointer over it; answers a function that stops. */
  observe(root: HTMLElement): () => void {
    let at: { x: number; y: number } | null = null
    let stopped = false
    const hover = throttleToFrame(() => {
      if (at) this.hover(at.x, at.y)
    })
    const onpointermove = (event: PointerEvent): void => {
      at = { x: event.clientX, y: event.clientY }
      hover()
    }
    const onpointerleave = (): void => {
      at = null
      hover.cancel()
      if (this.popover && !this.popover.byFocus) this.hideSoon()
    }
    // A returning reader's notes come with the list, after the first frame: a pointer that is
    // already resting on a highlight then shows its note without having to move.
    void this.#layer.annotations.whenLoaded().then(() => {
      if (!stopped) hover()
    })
    this.#sizes.observe(root)
    root.addEventListener('pointermove', onpointermove)
    root.addEventListener('pointerleave', onpointerleave)
    return () => {
      stopped = true
      this.#sizes.unobserve(root)
      root.removeEventListener('pointermove', onpointermove)
      root.removeEventListener('pointerleave', onpointerleave)
      hover.cancel()
    }
  }

  /** The pointer is over the article (narrow windows): show the note of the highlight under it. */
  hover(x: number, y: number): void {
    if (this.wide || this.popover?.byFocus) return
    const hit = this.#layer.highlightAtPoint(x, y)
    if (hit && hasNote(hit)) {
      clearTimeout(this.#hideTimer)
      if (this.popover?.id !== hit.id) {
        this.hoverBoxes = this.#layer.lineBoxesOf(hit)
        this.popover = { id: hit.id, byFocus: false }
      }
    } else if (this.popover) this.hideSoon()
  }

  /** Hide the hover popover in a moment, unless the pointer comes into it (to follow a link). */
  hideSoon(): void {
    clearTimeout(this.#hideTimer)
    this.#hideTimer = setTimeout(() => {
      if (!this.popover?.byFocus) this.popover = null
    }, 300)
  }

  /** The pointer came into the popover: keep it. */
  keep(): void {
    clearTimeout(this.#hideTimer)
  }

  /** Show the visited highlight's note (narrow windows), or hide a note shown for the last one. */
  followVisit(visited: Annotation | undefined): void {
    if (!this.wide && visited && hasNote(visited)) this.popover = { id: visited.id, byFocus: true }
    else if (this.popover?.byFocus) this.popover = null
  }

  /** Esc closes the popover (and does nothing else); answers whether it did. */
  escape(event: KeyboardEvent): boolean {
    if (event.key !== 'Escape' || !this.popover) return false
    event.preventDefault()
    this.popover = null
    return true
  }
}
