/** The card browser finds cards by words, tag, state and due date, and sorts by any column. */
import { describe, expect, it } from 'vitest'
import type { AnyCard, CardRow } from '@shared/card-schemas'
import { allTags, filterRows, NO_FILTER, sortRows } from './card-browser-filter'

const now = Date.parse('2025-09-01T12:00:00Z')

function row(id: string, over: Partial<CardRow> = {}, card: Partial<AnyCard> = {}): CardRow {
  return {
    card: {
      id,
      type: 'basic',
      kind: 'people',
      section: 'opening',
      tags: [],
      sources: ['P1'],
      front: `Question ${id}`,
      back: `Answer ${id}`,
      ...card
    } as AnyCard,
    status: 'new',
    suspended: false,
    due: null,
    reps: 0,
    lapses: 0,
    retrievability: null,
    note: null,
    ...over
  }
}

const rows = [
  row(
    'merz',
    { status: 'review', due: '2025-08-30T00:00:00Z', reps: 4, retrievability: 0.8 },
    { front: 'Who is Friedrich Merz?', back: 'Chancellor of Germany', tags: ['merz'] }
  ),
  row(
    'turkiye',
    { status: 'learning', due: '2025-09-02T00:00:00Z', reps: 1, lapses: 1, retrievability: 0.95 },
    { kind: 'dates', section: 'putin-zelenskyy-meeting', front: 'Where?', back: 'In Türkiye' }
  ),
  row('fresh', {}, { kind: 'claims', section: 'ceasefire' }),
  row('paused', {
    suspended: true,
    status: 'review',
    due: '2025-08-01T00:00:00Z',
    reps: 2,
    note: 'Check the date'
  })
]
const ids = (list: CardRow[]): string[] => list.map((r) => r.card.id)

describe('filterRows', () => {
  it('finds every word of the search in the question, answer, tags or note, ignoring case and accents', () => {
    expect(ids(filterRows(rows, { ...NO_FILTER, query: 'germany CHANCELLOR' }, now))).toEqual(['merz'])
    expect(ids(filterRows(rows, { ...NO_FILTER, query: 'turkiye' }, now))).toEqual(['turkiye'])
    expect(ids(filterRows(rows, { ...NO_FILTER, query: 'check' }, now))).toEqual(['paused'])
    expect(ids(filterRows(rows, { ...NO_FILTER, query: '  ' }, now))).toEqual(ids(rows))
  })

  it('filters by tag (section, kind or topic), state and due date', () => {
    expect(ids(filterRows(rows, { ...NO_FILTER, tag: 'dates' }, now))).toEqual(['turkiye'])
    expect(ids(filterRows(rows, { ...NO_FILTER, tag: 'ceasefire' }, now))).toEqual(['fresh'])
    expect(ids(filterRows(rows, { ...NO_FILTER, state: 'review' }, now))).toEqual(['merz'])
    expect(ids(filterRows(rows, { ...NO_FILTER, state: 'suspended' }, now))).toEqual(['paused'])
    expect(ids(filterRows(rows, { ...NO_FILTER, due: 'due' }, now))).toEqual(['merz', 'paused'])
    expect(ids(filterRows(rows, { ...NO_FILTER, due: 'not-due' }, now))).toEqual(['turkiye'])
    expect(ids(filterRows(rows, { ...NO_FILTER, due: 'never' }, now))).toEqual(['fresh'])
  })
})

describe('sortRows', () => {
  it('sorts by a column either way, keeping empty values last', () => {
    expect(ids(sortRows(rows, 'due', 'ascending'))).toEqual(['paused', 'merz', 'turkiye', 'fresh'])
    expect(ids(sortRows(rows, 'due', 'descending'))).toEqual(['turkiye', 'merz', 'paused', 'fresh'])
    expect(ids(sortRows(rows, 'recall', 'descending'))).toEqual(['turkiye', 'merz', 'fresh', 'paused'])
    expect(ids(sortRows(rows, 'state', 'ascending'))).toEqual(['fresh', 'turkiye', 'merz', 'paused'])
    expect(ids(sortRows(rows, 'question', 'ascending'))).toEqual(['fresh', 'paused', 'turkiye', 'merz'])
  })

  it('keeps ties in their given order', () => {
    expect(ids(sortRows(rows, 'kind', 'ascending'))).toEqual(['fresh', 'turkiye', 'merz', 'paused'])
  })
})

describe('allTags', () => {
  it('lists every section, kind and topic in use, once, sorted', () => {
    expect(allTags(rows)).toEqual([
      'ceasefire',
      'claims',
      'dates',
      'merz',
      'opening',
      'people',
      'putin-zelenskyy-meeting'
    ])
  })
})
