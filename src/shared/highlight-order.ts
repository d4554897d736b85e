import type { Annotation } from './annotation-schemas'

const startOf = (a: Annotation): number => a.target.selector[1].start
const endOf = (a: Annotation): number => a.target.selector[1].end

/**
 * Article order, the one order of highlights everywhere (the export, the Notes list, [ and ] in
 * the reader): by where they start, then where they end, then the older first, then by id, so no
 * two highlights ever tie and every view lists them alike.
 */
export function compareArticleOrder(a: Annotation, b: Annotation): number {
  return (
    startOf(a) - startOf(b) ||
    endOf(a) - endOf(b) ||
    a.created.localeCompare(b.created) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  )
}

/** The placed highlights (orphans have no place) in article order. */
export function inArticleOrder(annotations: readonly Annotation[]): Annotation[] {
  return annotations.filter((a) => !a.orphaned).sort(compareArticleOrder)
}
