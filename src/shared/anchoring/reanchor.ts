import { anchor, describeRange, type Anchor, type Selectors } from './anchor'

/**
 * What re-anchoring needs of an annotation: where it is now, where the user made it (when a content
 * update moved it since), and whether it is already an orphan.
 */
export interface Anchorable {
  target: {
    selector: Selectors
    /** The selectors as the user made them, kept once an update moved or reworded the highlight. */
    made?: Selectors
  }
  orphaned: boolean
}

/** How a set of annotations fared against a new text. */
export interface ReanchorReport {
  /** Placed at a different position (or with a changed quote) than before. */
  moved: number
  /** Could not be placed: kept, marked as orphans. */
  orphaned: number
  /** Orphans that could be placed again. */
  restored: number
}

const sameSelectors = (a: Selectors, b: Selectors): boolean =>
  a[0].exact === b[0].exact &&
  a[0].prefix === b[0].prefix &&
  a[0].suffix === b[0].suffix &&
  a[1].start === b[1].start &&
  a[1].end === b[1].end

/**
 * Where `selectors` land in `text`, anchoring each distinct set once (many annotations share a
 * passage).
 */
function cachedAnchor(cache: Map<string, Anchor | null>, text: string, selectors: Selectors): Anchor | null {
  const [quote, position] = selectors
  const key = `${position.start}:${position.end}:${quote.prefix}\u0000${quote.exact}\u0000${quote.suffix}`
  let placed = cache.get(key)
  if (placed === undefined) {
    placed = anchor(text, selectors)
    cache.set(key, placed)
  }
  return placed
}

/**
 * Re-anchor every annotation in `text`, in place. The selectors the user made are tried first, and
 * win when their quote is found exactly, so reverting the text puts every highlight back exactly
 * where it was made; otherwise the current selectors are tried. A placed annotation gets selectors
 * describing where it now is (its quote as the text now reads), keeping the ones it was made with;
 * one that cannot be placed keeps its selectors and is marked orphaned — never dropped. Orphans are
 * tried again too, in case the passage came back.
 */
export function reanchorAll(annotations: Anchorable[], text: string): ReanchorReport {
  const report: ReanchorReport = { moved: 0, orphaned: 0, restored: 0 }
  const cache = new Map<string, Anchor | null>()
  for (const annotation of annotations) {
    const { selector, made } = annotation.target
    const asMade = made === undefined ? null : cachedAnchor(cache, text, made)
    const placed = asMade !== null && asMade.by !== 'fuzzy' ? asMade : cachedAnchor(cache, text, selector)
    if (placed === null) {
      if (!annotation.orphaned) report.orphaned += 1
      annotation.orphaned = true
      continue
    }
    if (annotation.orphaned) report.restored += 1
    else if (placed.start !== selector[1].start || placed.end !== selector[1].end || placed.by === 'fuzzy')
      report.moved += 1
    annotation.orphaned = false
    const now = describeRange(text, placed.start, placed.end)
    if (sameSelectors(now, selector)) continue
    const original = made ?? selector
    annotation.target = sameSelectors(now, original) ? { selector: now } : { selector: now, made: original }
  }
  return report
}
