import { debounce } from '../../lib/debounce'

/** Where the reader is: the paragraph at the top and how far through the article. */
export interface ReadingPosition {
  paragraphId: string
  fraction: number
}

/** Saves the reading position once scrolling pauses, skipping saves that would change nothing. */
export interface PositionSaver {
  /** The position now; saved after `wait` ms without another. */
  note(position: ReadingPosition): void
  /** Save a waiting position at once (the page is being hidden or closed). */
  flush(): void
  /** Record a position as already saved (the one just restored), so it is not written back. */
  baseline(position: ReadingPosition): void
  cancel(): void
}

const same = (a: ReadingPosition | null, b: ReadingPosition): boolean =>
  a !== null && a.paragraphId === b.paragraphId && Math.abs(a.fraction - b.fraction) < 0.001

/** A saver that calls `save` at most once per pause of `wait` ms, and only for a new position. */
export function createPositionSaver(save: (position: ReadingPosition) => void, wait = 400): PositionSaver {
  let saved: ReadingPosition | null = null
  const debounced = debounce((position: ReadingPosition) => {
    if (same(saved, position)) return
    saved = position
    save(position)
  }, wait)
  return {
    note: debounced,
    flush: debounced.flush,
    cancel: debounced.cancel,
    baseline: (position) => {
      saved = position
    }
  }
}
