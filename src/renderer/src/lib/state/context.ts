import { getContext, hasContext, setContext } from 'svelte'

/**
 * One kind of value an ancestor component hands down to the components below it (Svelte's
 * context), typed and named. Made once per kind, beside the state it carries; the app root sets
 * the state every view shares, and a view reads it instead of reaching for a module-wide singleton.
 */
export class Context<T> {
  readonly #name: string
  readonly #key: symbol

  /** @param name what the value is, as a missing one is reported ("FlashcardsState") */
  constructor(name: string) {
    this.#name = name
    this.#key = Symbol(name)
  }

  /** Hand `value` to every component below the one initialising now; returns it. */
  set(value: T): T {
    return setContext(this.#key, value)
  }

  /**
   * The value the nearest ancestor set, read while a component initialises.
   * @throws Error naming the context when no ancestor set it
   */
  get(): T {
    if (!hasContext(this.#key)) {
      throw new Error(
        `No ${this.#name} here: it is set by an ancestor component (the app's shared state by App.svelte), and this component was drawn outside one.`
      )
    }
    return getContext<T>(this.#key)
  }
}
