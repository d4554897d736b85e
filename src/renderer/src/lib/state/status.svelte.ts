import { ApiCallError } from '../api'

/** A button offered with a message, e.g. "Undo" after a delete. */
export interface StatusAction {
  label: string
  run: () => void
}

/** What a feature reports through: the status line of the view it belongs to. */
export interface StatusReporter {
  /** Show `message` (with an optional action) until it is replaced or dismissed. */
  report(message: string, action?: StatusAction | null): void
  /** Show a failure as "<what we were doing>: <why>", never a stack trace. */
  reportError(doing: string, error: unknown): void
  clear(): void
}

interface Shown {
  message: string
  action: StatusAction | null
}

/**
 * The one polite message line: what went wrong or what was done, in words the user can act on.
 * Each view has its own: a message belongs to the view it came from, so one from Flashcards never
 * shows in the reader after a switch (nor the other way round), and it is there again on coming
 * back to its view, with its action (Undo) still offered.
 */
export class StatusState implements StatusReporter {
  /** Each view's message, by the view's navigation id. */
  #byView = $state.raw<Readonly<Record<string, Shown>>>({})
  readonly #currentView: () => string

  /** @param currentView the id of the view showing now: where a message reported unscoped belongs */
  constructor(currentView: () => string = () => '') {
    this.#currentView = currentView
  }

  /** The message of the view showing now ('' for none). */
  get message(): string {
    return this.#byView[this.#currentView()]?.message ?? ''
  }

  /** The action offered with the message of the view showing now. */
  get action(): StatusAction | null {
    return this.#byView[this.#currentView()]?.action ?? null
  }

  /** Show `message` in the view showing now. */
  report(message: string, action: StatusAction | null = null): void {
    this.#put(this.#currentView(), message, action)
  }

  reportError(doing: string, error: unknown): void {
    this.#put(this.#currentView(), `${doing}: ${describeError(error)}`, null)
  }

  /** Dismiss the message of the view showing now. */
  clear(): void {
    this.#put(this.#currentView(), '', null)
  }

  /**
   * The status line of view `view`: what is reported through it shows in that view only, even when
   * it arrives after the user has moved on (a slow load, a save's answer).
   */
  of(view: string): StatusReporter {
    return {
      report: (message, action = null) => this.#put(view, message, action),
      reportError: (doing, error) => this.#put(view, `${doing}: ${describeError(error)}`, null),
      clear: () => this.#put(view, '', null)
    }
  }

  #put(view: string, message: string, action: StatusAction | null): void {
    this.#byView = { ...this.#byView, [view]: { message, action } }
  }
}

/** A sentence for the user from anything thrown: the host's own message for an ApiCallError. */
export function describeError(error: unknown): string {
  if (error instanceof ApiCallError) return error.message
  return 'something unexpected went wrong. Try again, or restart Debrief.'
}
