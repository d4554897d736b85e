/** A function whose calls wait for a quiet spell; `flush` runs a waiting call now, `cancel` drops it. */
export interface Debounced<A extends unknown[]> {
  (...args: A): void
  flush(): void
  cancel(): void
}

/** Run `fn` once calls have stopped for `ms`, with the arguments of the last call. */
export function debounce<A extends unknown[]>(fn: (...args: A) => void, ms: number): Debounced<A> {
  let timer: ReturnType<typeof setTimeout> | undefined
  let pending: A | undefined
  const run = (): void => {
    clearTimeout(timer)
    timer = undefined
    const args = pending
    pending = undefined
    if (args) fn(...args)
  }
  const debounced = (...args: A): void => {
    pending = args
    clearTimeout(timer)
    timer = setTimeout(run, ms)
  }
  debounced.flush = run
  debounced.cancel = (): void => {
    clearTimeout(timer)
    timer = undefined
    pending = undefined
  }
  return debounced
}
