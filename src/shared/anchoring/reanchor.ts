import { anchor, describeRange, type Selectors } from './anchor'

/** What re-anchoring needs of an annotation: its selectors and whether it is already an orphan. */
export interface Anchorable {
  target: { selector: Selectors }
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

/**
 * Re-anchor every annotation in `text`, in place: a placed one gets selectors describing where it
 * now is (its quote as the text now reads), one that cannot be placed keeps its selectors and is
 * marked orphaned — never dropped. Orphans are tried again too, in case the passage came back.
 */
export function reanchorAll(annotations: Anchorable[], text: string): ReanchorReport {
  const report: ReanchorReport = { moved: 0, orphaned: 0, restored: 0 }
  // Many annotations share a passage; anchor each distinct selector set once.
  const cache = new Map<string, ReturnType<typeof anchor>>()
  for (const annotation of annotations) {
    const [quote, position] = annotation.target.selector
    const key = `${position.start}:${position.end}:${quote.prefix}\u0000${quote.exact}\u0000${quote.suffix}`
    let placed = cache.get(key)
    if (placed === undefined) {
      placed = anchor(text, annotation.target.selector)
      cache.set(key, placed)
    }
    if (placed === null) {
      if (!annotation.orphaned) report.orphaned += 1
      annotation.orphaned = true
      continue
    }
    if (annotation.orphaned) report.restored += 1
    else if (placed.by !== 'position') report.moved += 1
    annotation.orphaned = false
    if (
      placed.by !== 'position' ||
      quote.prefix !== text.slice(Math.max(0, placed.start - quote.prefix.length), placed.start)
    ) {
      annotation.target.selector = describeRange(text, placed.start, placed.end)
    }
  }
  return report
}
