import { blockAt, paragraphReference, type ArticleText } from '@shared/anchoring/article-text'
import { compareArticleOrder } from '@shared/highlight-order'
import { HIGHLIGHT_COLORS } from '@shared/limits'
import type { Annotation, HighlightColor } from '@shared/annotation-schemas'

/** A highlight as the Notes view lists it: where it is in the article, and how it is referred to. */
export interface NoteItem {
  annotation: Annotation
  sectionId: string
  /** "P12", "P12–P13", or "" for an orphan. */
  reference: string
}

export type NotesOrder = 'article' | 'newest'

export interface NotesFilter {
  color: HighlightColor | ''
  tag: string
  sectionId: string
  query: string
}

export const NO_FILTER: NotesFilter = { color: '', tag: '', sectionId: '', query: '' }

/** Every highlight as a list item; orphans have no section or reference. */
export function noteItems(annotations: readonly Annotation[], text: ArticleText): NoteItem[] {
  return annotations.map((annotation) => {
    const { start, end } = annotation.target.selector[1]
    return annotation.orphaned
      ? { annotation, sectionId: '', reference: '' }
      : {
          annotation,
          sectionId: blockAt(text.blocks, start)?.sectionId ?? '',
          reference: paragraphReference(text.blocks, start, end)
        }
  })
}

const fold = (text: string): string => text.toLocaleLowerCase('en')

/** Whether an item passes the filter: colour, tag, section, and the query in its quote, note or tags. */
export function matchesFilter(item: NoteItem, filter: NotesFilter): boolean {
  const a = item.annotation
  if (filter.color !== '' && a.color !== filter.color) return false
  if (filter.tag !== '' && !a.tags.some((t) => fold(t) === fold(filter.tag))) return false
  if (filter.sectionId !== '' && item.sectionId !== filter.sectionId) return false
  const query = fold(filter.query.trim())
  if (query === '') return true
  return [a.target.selector[0].exact, a.note, ...a.tags].some((field) => fold(field).includes(query))
}

/** Items in article order (the one the export and [ / ] use) or newest first. */
export function sortItems(items: readonly NoteItem[], order: NotesOrder): NoteItem[] {
  return [...items].sort((x, y) =>
    order === 'newest'
      ? y.annotation.created.localeCompare(x.annotation.created)
      : compareArticleOrder(x.annotation, y.annotation)
  )
}

/** How many highlights have each colour, and each tag (tags by count, then name). */
export function countsOf(annotations: readonly Annotation[]): {
  colors: Record<HighlightColor, number>
  tags: { tag: string; count: number }[]
} {
  const colors = Object.fromEntries(HIGHLIGHT_COLORS.map((c) => [c, 0])) as Record<HighlightColor, number>
  const tags = new Map<string, { tag: string; count: number }>()
  for (const a of annotations) {
    colors[a.color] += 1
    for (const tag of a.tags) {
      const entry = tags.get(fold(tag)) ?? { tag, count: 0 }
      entry.count += 1
      tags.set(fold(tag), entry)
    }
  }
  return {
    colors,
    tags: [...tags.values()].sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag))
  }
}

/** `text` cut into pieces, those matching `query` (case-insensitive) flagged, for marking matches. */
export function splitMatches(text: string, query: string): { text: string; match: boolean }[] {
  const needle = fold(query.trim())
  if (needle === '') return [{ text, match: false }]
  const haystack = fold(text)
  const pieces: { text: string; match: boolean }[] = []
  let from = 0
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) {
    if (at > from) pieces.push({ text: text.slice(from, at), match: false })
    pieces.push({ text: text.slice(at, at + needle.length), match: true })
    from = at + needle.length
  }
  if (from < text.length) pieces.push({ text: text.slice(from), match: false })
  return pieces
}
