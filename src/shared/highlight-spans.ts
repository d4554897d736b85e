import type { Annotation, HighlightSpan } from './annotation-schemas'

/** Where each placed highlight lies and its colour (orphans have no place). */
export function highlightSpans(annotations: readonly Annotation[]): HighlightSpan[] {
  const spans: HighlightSpan[] = []
  for (const a of annotations) {
    if (!a.orphaned) spans.push([a.target.selector[1].start, a.target.selector[1].end, a.color])
  }
  return spans
}
