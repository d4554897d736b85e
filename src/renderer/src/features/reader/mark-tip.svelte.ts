import type { Box } from './tooltip-position'

/** The marked words whose popover is showing: which occurrence, what is marked there, and where. */
export interface TipTarget {
  /** Identifies the occurrence (markKey): `<block id>:<start>-<end>`. */
  key: string
  /** The standard term marked there (its index in the article's terms), if any. */
  term: number | null
  /** The X-Ray entry named there (its id), if any. */
  name: string | null
  /** The occurrence's own characters, which the standard wording's first letter follows in case. */
  text: string
  box: Box
  /** Shown because the words have keyboard focus (it then stays until focus leaves). */
  byFocus: boolean
}

/** The marked element an event happened in: the innermost term, quote or name. */
export function markOf(node: EventTarget | null): HTMLElement | null {
  return node instanceof Element ? node.closest<HTMLElement>('[data-tip-key]') : null
}

/**
 * The popover of the reader's marked words (standard terms and X-Ray names): shown on hover and on
 * keyboard focus, one at a time. Hover hides after a short grace period, so the pointer can reach
 * it; focus keeps it until focus leaves. A name's popover holds a button, reached with Tab from
 * the name as if it came next in the text, and Escape hands focus back to the name.
 */
export class MarkTipState {
  target = $state.raw<TipTarget | null>(null)
  /** The popover element's id, to tell focus inside it from focus elsewhere. */
  readonly id: string
  #timer: ReturnType<typeof setTimeout> | undefined
  /** The marked element the popover belongs to: followed while the page scrolls. */
  #anchor: HTMLElement | null = null
  /** Words Escape has just given focus back to: that focus does not open their popover again. */
  #closed: HTMLElement | null = null

  /** @param id the id the popover element is rendered with */
  constructor(id: string) {
    this.id = id
  }

  show(target: TipTarget): void {
    clearTimeout(this.#timer)
    this.target = target
  }

  /** Hide after a moment, unless the pointer arrives on the popover or the words again. */
  hideSoon(): void {
    clearTimeout(this.#timer)
    this.#timer = setTimeout(() => this.hide(), 200)
  }

  /** Keep it showing (the pointer is over the popover itself). */
  keep(): void {
    clearTimeout(this.#timer)
  }

  hide(): void {
    clearTimeout(this.#timer)
    this.target = null
  }

  /** The words moved (the page scrolled): follow them. */
  follow(): void {
    if (this.target && this.#anchor?.isConnected) {
      this.target = { ...this.target, box: this.#anchor.getBoundingClientRect() }
    }
  }

  /** Show the popover of marked element `mark`. */
  showFor(mark: HTMLElement, byFocus: boolean): void {
    this.#anchor = mark
    const { term, name, tipKey } = mark.dataset
    this.show({
      key: tipKey ?? '',
      term: term === undefined ? null : Number(term),
      name: name ?? null,
      text: mark.textContent ?? '',
      box: mark.getBoundingClientRect(),
      byFocus
    })
  }

  /** The pointer entered something in the article; while focus holds a popover, others wait. */
  pointerOver(target: EventTarget | null): void {
    const mark = markOf(target)
    if (mark && !(this.target?.byFocus && mark.dataset.tipKey !== this.target.key)) {
      this.showFor(mark, this.target?.byFocus === true && mark === document.activeElement)
    }
  }

  /** The pointer left something in the article for `to`. */
  pointerOut(target: EventTarget | null, to: EventTarget | null): void {
    const mark = markOf(target)
    if (mark && !mark.contains(to as Node | null) && !this.target?.byFocus) this.hideSoon()
  }

  focusIn(target: EventTarget | null): void {
    const mark = markOf(target)
    const closed = this.#closed
    this.#closed = null
    if (mark && mark !== closed) this.showFor(mark, true)
  }

  /** Focus left something in the article for `to`: the popover goes, unless focus went into it. */
  focusOut(target: EventTarget | null, to: EventTarget | null): void {
    const mark = markOf(target)
    if (mark && this.target?.key === mark.dataset.tipKey && !this.#inside(to)) this.hide()
  }

  /** Focus left the popover itself for `to`: back to its words keeps it, anywhere else hides it. */
  focusLeft(to: EventTarget | null): void {
    if (to !== this.#anchor && !this.#inside(to)) this.hide()
  }

  /**
   * Tab on the focused words of a name whose popover shows: focus goes to the popover's button,
   * drawn outside the article. True when it did (the caller then stops the key's default).
   */
  enter(from: Element | null): boolean {
    const button = this.#element()?.querySelector<HTMLElement>('button')
    if (!this.target?.byFocus || from !== this.#anchor || !button) return false
    button.focus()
    return true
  }

  /**
   * Tab inside the popover. Forward, focus goes back to the words, from where the browser's own Tab
   * carries on through the text (the key is not stopped); backward, to the words themselves.
   * True when the key is to be stopped.
   */
  tabOut(backward: boolean): boolean {
    this.#anchor?.focus({ preventScroll: true })
    return backward
  }

  /** Escape: hide, and give focus back to the words if it was in the popover. */
  escape(): void {
    const inside = this.#inside(document.activeElement)
    this.hide()
    if (inside && this.#anchor) {
      this.#closed = this.#anchor
      this.#anchor.focus({ preventScroll: true })
    }
  }

  #element(): HTMLElement | null {
    return typeof document === 'undefined' ? null : document.getElementById(this.id)
  }

  #inside(node: EventTarget | null): boolean {
    return node instanceof Node && this.#element()?.contains(node) === true
  }
}
