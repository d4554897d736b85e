import { TITLE_ID, type ContentsEntry } from './blocks'
import { firstShowingBelow, lastReached, scrollFraction } from './progress'
import type { ReadingPosition } from './position-saver'
import type { ReaderState } from './reader.svelte'
import { throttleToFrame } from '../../lib/frame-throttle'

/** How long a passage shown for another view stays marked, so the eye finds it. */
const FLASH_MS = 2400

const reducedMotion = (): boolean => matchMedia('(prefers-reduced-motion: reduce)').matches

/**
 * The reader's page as laid out: where the reader is (read from the layout as the page scrolls
 * and saved), and the moves that scroll it: contents jumps, passages other views ask for, and the
 * current find match.
 */
export class ReaderScroll {
  readonly #state: () => ReaderState
  /** The sticky bar and the element holding the article text, once mounted. */
  bar = $state<HTMLElement>()
  articleHost = $state<HTMLElement>()
  /** The window's size and the bar's bottom edge, which the popover keeps clear of. */
  viewport = $state({ width: 0, height: 0, top: 0 })

  /** @param reader the reader's state (a getter, as the component's prop may be replaced) */
  constructor(reader: () => ReaderState) {
    this.#state = reader
  }

  /**
   * Read where the reader is from the layout: the progress, the section being read and the
   * paragraph at the top (just under the sticky bar). Returns that paragraph's position for saving.
   */
  measure(): ReadingPosition | null {
    const reader = this.#state()
    if (!this.articleHost || !this.bar) return null
    const barBottom = this.bar.getBoundingClientRect().bottom
    if (this.viewport.top !== barBottom)
      this.viewport = { width: innerWidth, height: innerHeight, top: barBottom }
    const line = barBottom + 8
    const blocks = [...this.articleHost.querySelectorAll<HTMLElement>('[data-block-id]')]
    const boxes = blocks.map((block) => block.getBoundingClientRect())
    const bottoms = boxes.map((box) => box.bottom)
    // The article's tab stop: the first block wholly clear of the bars, so Tab to it scrolls nothing.
    const clear = parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || line
    const inView = boxes.findIndex((box) => box.top >= clear && box.top < innerHeight)
    reader.blockInView = blocks[inView]?.dataset.blockId ?? null
    const fraction = scrollFraction(scrollY, document.documentElement.scrollHeight, innerHeight)
    reader.fraction = fraction
    reader.topBlock = Math.max(
      0,
      reader.blockIndex.get(blocks[firstShowingBelow(bottoms, line)]?.dataset.blockId ?? '') ?? 0
    )

    const tops = reader.contents.map(
      (entry) => document.getElementById(entry.targetId)?.getBoundingClientRect().top ?? Infinity
    )
    // A heading counts as reached a quarter of the way down, and at the very end the last section is.
    const reached = fraction >= 0.999 ? tops.length - 1 : lastReached(tops, line + innerHeight * 0.25)
    reader.currentSectionId = reader.contents[reached]?.sectionId ?? ''

    const paragraphs = blocks.filter((block) => block.dataset.paragraphId)
    const top =
      paragraphs[
        firstShowingBelow(
          paragraphs.map((p) => p.getBoundingClientRect().bottom),
          line
        )
      ]
    const paragraphId = top?.dataset.paragraphId ?? paragraphs.at(-1)?.dataset.paragraphId
    return paragraphId ? { paragraphId, fraction } : null
  }

  /**
   * Start following the page: go to `passage` (asked for by another view), else to where reading
   * left off, take that as the saved baseline, and measure and save as the page scrolls. Returns
   * the function that stops, saving what is still waiting.
   */
  start(passage: string | null): () => void {
    const reader = this.#state()
    if (this.bar) setStickyHeight(this.bar.getBoundingClientRect().height)
    // A passage asked for by another view wins over where reading left off.
    const resumeId = passage ?? reader.resumeAt?.paragraphId
    const resumeAt = resumeId ? document.getElementById(resumeId) : null
    resumeAt?.scrollIntoView({ block: 'start', behavior: 'instant' })
    const restored = this.measure()
    if (restored) reader.saver.baseline(restored)

    const onscroll = throttleToFrame(() => {
      const position = this.measure()
      if (position) reader.saver.note(position)
      // The browser re-evaluates hover after a scroll (pointerout hides a hover tooltip); follow the phrase.
      reader.tip.follow()
    })
    const onresize = (): void => {
      this.viewport = { ...this.viewport, width: innerWidth, height: innerHeight }
      onscroll()
    }
    // Leaving or hiding the page must not lose a position still waiting for its debounce.
    const onhide = (): void => {
      if (document.visibilityState === 'hidden') reader.saver.flush()
    }
    const onpagehide = (): void => reader.saver.flush()
    addEventListener('scroll', onscroll, { passive: true })
    addEventListener('resize', onresize)
    addEventListener('pagehide', onpagehide)
    document.addEventListener('visibilitychange', onhide)
    return () => {
      onscroll.cancel()
      removeEventListener('scroll', onscroll)
      removeEventListener('resize', onresize)
      removeEventListener('pagehide', onpagehide)
      document.removeEventListener('visibilitychange', onhide)
      reader.saver.flush()
    }
  }

  /** A contents entry: close the panel, focus its heading and scroll it to the top (the title: the page's top). */
  jump(entry: ContentsEntry): void {
    this.#state().contentsOpen = false
    const target = document.getElementById(entry.targetId)
    if (!target) return
    const behavior = reducedMotion() ? 'instant' : 'smooth'
    target.focus({ preventScroll: true })
    if (entry.targetId === TITLE_ID) scrollTo({ top: 0, behavior })
    else target.scrollIntoView({ block: 'start', behavior })
  }

  /** Scroll paragraph `id` to the top, focus it and mark it for a moment so the eye finds it. */
  showPassage(id: string): void {
    const target = document.getElementById(id)
    if (!target) return
    target.scrollIntoView({ block: 'start', behavior: 'instant' })
    target.focus({ preventScroll: true })
    target.dataset.flash = ''
    setTimeout(() => delete target.dataset.flash, FLASH_MS)
  }

  /** Bring find match `index` into view if it is hidden under the bar or below the window, as a browser's find does. */
  showMatch(index: number): void {
    if (index < 0 || !this.articleHost || !this.bar) return
    const mark = this.articleHost.querySelector<HTMLElement>(`mark[data-match="${index}"]`)
    if (!mark) return
    const box = mark.getBoundingClientRect()
    if (box.top < this.bar.getBoundingClientRect().bottom + 8 || box.bottom > innerHeight - 8) {
      mark.scrollIntoView({ block: 'center', behavior: 'instant' })
    }
  }
}

/** Tell the page's styles how tall the sticky bar is (its scroll padding keeps focus clear of it). */
export function setStickyHeight(height: number): void {
  document.documentElement.style.setProperty('--sticky-h', `${Math.round(height)}px`)
}
