import type { Box } from './tooltip-position'

/** The phrase whose standard term is showing: which occurrence, which term, and where it is. */
export interface TipTarget {
  /** Identifies the occurrence: `<block id>:<offset>`. */
  key: string
  term: number
  /** The occurrence's own characters, which the standard wording's first letter follows in case. */
  text: string
  box: Box
  /** Shown because the phrase has keyboard focus (it then stays until focus leaves). */
  byFocus: boolean
}

/** The standard-terms tooltip. Hover hides after a short grace period, so the pointer can reach it. */
export class TermTipState {
  target = $state.raw<TipTarget | null>(null)
  #timer: ReturnType<typeof setTimeout> | undefined

  show(target: TipTarget): void {
    clearTimeout(this.#timer)
    this.target = target
  }

  /** Hide after a moment, unless the pointer arrives on the tooltip or the phrase again. */
  hideSoon(): void {
    clearTimeout(this.#timer)
    this.#timer = setTimeout(() => this.hide(), 200)
  }

  /** Keep it showing (the pointer is over the tooltip itself). */
  keep(): void {
    clearTimeout(this.#timer)
  }

  hide(): void {
    clearTimeout(this.#timer)
    this.target = null
  }

  /** The phrase moved (the page scrolled): follow it. */
  move(box: Box): void {
    if (this.target) this.target = { ...this.target, box }
  }
}
