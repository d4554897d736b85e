/** The card browser's search, filters and sort: pure, so the table can re-run them on every keystroke. */
import type { CardRow, CardStatus } from '@shared/card-schemas'
import { cardAnswerSide, cardPrompt, cardTags } from '@shared/card-text'

export type StateFilter = CardStatus | 'suspended'
export type DueFilter = 'due' | 'not-due' | 'never'

export interface RowFilter {
  query: string
  tag: string | null
  state: StateFilter | null
  due: DueFilter | null
}

export const NO_FILTER: RowFilter = { query: '', tag: null, state: null, due: null }

export type SortKey = 'question' | 'kind' | 'section' | 'state' | 'due' | 'reps' | 'lapses' | 'recall'
export type SortDirection = 'ascending' | 'descending'

/** Text folded for matching: lower case, without accents or curly quotes. */
function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[’‘]/g, "'").toLowerCase()
}

/** Every word of `query` appears somewhere in the card: its id, question, answer, tags or note. */
function matchesQuery(row: CardRow, words: readonly string[]): boolean {
  if (words.length === 0) return true
  const haystack = fold(
    [row.card.id, cardPrompt(row.card), cardAnswerSide(row.card), ...cardTags(row.card), row.note ?? ''].join(
      ' '
    )
  )
  return words.every((word) => haystack.includes(word))
}

/** The rows that pass every filter set, in their given order; `nowMs` decides what is due. */
export function filterRows(rows: readonly CardRow[], filter: RowFilter, nowMs: number): CardRow[] {
  const words = fold(filter.query).split(/\s+/).filter(Boolean)
  return rows.filter((row) => {
    if (filter.tag !== null && !cardTags(row.card).includes(filter.tag)) return false
    if (filter.state !== null) {
      if (filter.state === 'suspended' ? !row.suspended : row.suspended || row.status !== filter.state)
        return false
    }
    if (filter.due !== null) {
      const due = row.due === null ? null : Date.parse(row.due) <= nowMs
      if (filter.due === 'never' ? row.due !== null : filter.due === 'due' ? due !== true : due !== false)
        return false
    }
    return matchesQuery(row, words)
  })
}

const STATE_ORDER: Record<StateFilter, number> = {
  new: 0,
  learning: 1,
  relearning: 2,
  review: 3,
  suspended: 4
}

/** The value a column sorts by; null sorts last whichever the direction. */
function sortValue(row: CardRow, key: SortKey): string | number | null {
  switch (key) {
    case 'question':
      return fold(cardPrompt(row.card))
    case 'kind':
      return row.card.kind
    case 'section':
      return row.card.section
    case 'state':
      return STATE_ORDER[row.suspended ? 'suspended' : row.status]
    case 'due':
      return row.due === null ? null : Date.parse(row.due)
    case 'reps':
      return row.reps
    case 'lapses':
      return row.lapses
    case 'recall':
      return row.retrievability
  }
}

/** The rows sorted by `key`, ties kept in their given order; empty values last. */
export function sortRows(rows: readonly CardRow[], key: SortKey, direction: SortDirection): CardRow[] {
  const sign = direction === 'ascending' ? 1 : -1
  return rows
    .map((row, index) => ({ row, index, value: sortValue(row, key) }))
    .sort((a, b) => {
      if (a.value === b.value) return a.index - b.index
      if (a.value === null) return 1
      if (b.value === null) return -1
      return (a.value < b.value ? -1 : 1) * sign
    })
    .map(({ row }) => row)
}

/** Every tag in use, sorted, for the tag filter. */
export function allTags(rows: readonly CardRow[]): string[] {
  return [...new Set(rows.flatMap((row) => cardTags(row.card)))].sort()
}
