/**
 * The one search, over the shipped content and a user's data: it understands the paraphrase
 * through the standard terms, forgives case, accents, punctuation and small typos, groups results
 * by kind, and marks the words that matched.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { describeRange } from '@shared/anchoring/anchor'
import { articleText } from '@shared/anchoring/article-text'
import type { Annotation } from '@shared/annotation-schemas'
import type { Content } from '@shared/schemas'
import { loadContent } from '../../../../main/content/load-content'
import { CONTENT_DIR } from '../../../../test-util/store'
import { findTermRanges } from '../reader/terms'
import { searchDocs, standardText } from './search-docs'
import { markMatches, PER_KIND, RANK_POOL, SearchIndex, SHARD_SIZE, type HitGroup } from './search-index'

let content: Content
let index: SearchIndex

const ids = (groups: HitGroup[], kind: string): string[] =>
  groups.find((g) => g.kind === kind)?.hits.map((h) => h.doc.id) ?? []

beforeAll(async () => {
  content = await loadContent(CONTENT_DIR)
  const { text } = articleText(content.article)
  const start = text.indexOf('coalition of 30 countries')
  const at = '2025-08-20T10:00:00.000Z'
  const highlight: Annotation = {
    id: 'h1',
    created: at,
    updated: at,
    color: 'yellow',
    note: 'Who pays for the ceasefire monitors?',
    tags: ['backstop'],
    target: { selector: describeRange(text, start, start + 25) },
    orphaned: false
  }
  index = new SearchIndex(
    searchDocs({
      article: content.article,
      annotations: [highlight],
      pageNotes: [{ target: 'article', note: 'Compare with the February meeting.', updated: at }],
      cards: content.cards,
      events: content.timeline.events,
      eventNotes: [
        {
          id: 'n1',
          eventId: content.timeline.events[0]!.id,
          note: 'Referendum first',
          tags: ['crimea'],
          created: at,
          updated: at
        }
      ],
      xray: content.xray.entries
    })
  )
})

describe('the one search', () => {
  it('finds the paraphrase by its standard wording', () => {
    const oval = index.search('Oval Office')
    expect(ids(oval, 'passage')).toEqual(expect.arrayContaining(['passage:P1', 'passage:P22']))
    expect(
      oval.find((g) => g.kind === 'passage')?.hits.find((h) => h.doc.id === 'passage:P1')?.viaStandard
    ).toBe(true)
    expect(ids(index.search('secretary general'), 'passage')).toContain('passage:P7')
    expect(ids(index.search('security guarantees'), 'passage')).toContain('passage:security-guarantees')
  })

  it('forgives case, accents, punctuation and small typos', () => {
    expect(ids(index.search('Zelensky'), 'passage').length).toBeGreaterThan(3)
    expect(ids(index.search('ZELENSKYY'), 'passage')).toEqual(ids(index.search('zelenskyy'), 'passage'))
    expect(ids(index.search('Turkiye'), 'xray')).toContain('xray:fidan')
    expect(ids(index.search('kyiv’s allies'), 'passage')).toContain('passage:P12')
    expect(ids(index.search('Kluge,'), 'xray')[0]).toBe('xray:kluge')
  })

  it('searches the headline, highlights with their notes and tags, page notes, cards, events with their notes, and the X-Ray', () => {
    expect(ids(index.search(content.article.title.split(' ').slice(0, 3).join(' ')), 'passage')).toContain(
      'passage:headline'
    )
    expect(ids(index.search('monitors'), 'highlight')).toEqual(['highlight:h1'])
    expect(ids(index.search('backstop'), 'highlight')).toEqual(['highlight:h1'])
    expect(ids(index.search('February meeting'), 'pagenote')).toEqual(['pagenote:article'])
    expect(ids(index.search('Ushakov'), 'card').length).toBeGreaterThan(0)
    expect(ids(index.search('referendum first'), 'event')).toEqual([
      `event:${content.timeline.events[0]!.id}`
    ])
    expect(ids(index.search('Ushakov'), 'xray')).toEqual(['xray:ushakov'])
  })

  it('offers the app commands', () => {
    expect(ids(index.search('back up'), 'command')).toEqual(['command:backup'])
    expect(ids(index.search('dark theme'), 'command')).toEqual(['command:theme-dark'])
    expect(ids(index.search('study'), 'command')).toContain('command:study')
  })

  it('answers nothing for a query of punctuation only, and nothing for words found nowhere', () => {
    expect(index.search(' ,.; ')).toEqual([])
    expect(index.search('xylophone quantum')).toEqual([])
  })
})

describe('a heavy user: thousands of highlights whose notes share their words', () => {
  // Two shards of highlights, oldest first in the store, every note with the same words.
  const count = SHARD_SIZE + RANK_POOL
  let heavy: SearchIndex
  const day = (i: number): string => new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString()

  beforeAll(() => {
    const { text } = articleText(content.article)
    const start = text.indexOf('coalition of 30 countries')
    const annotations: Annotation[] = Array.from({ length: count }, (_, i) => ({
      id: `n${i}`,
      created: day(i),
      updated: day(i),
      color: 'yellow',
      note:
        i === 0
          ? 'why this passage matters: who pays the monitors'
          : i === 1
            ? 'why this passage matters: the referendum'
            : 'why this passage matters',
      tags: i === 0 ? ['backstop'] : ['diplomacy'],
      target: { selector: describeRange(text, start, start + 25) },
      orphaned: false
    }))
    heavy = new SearchIndex(
      searchDocs({
        article: content.article,
        annotations,
        pageNotes: [],
        cards: content.cards,
        events: content.timeline.events,
        eventNotes: [],
        xray: content.xray.entries
      })
    )
  }, 60_000)

  it('a query every note matches shows the newest highlights', () => {
    const newest = ids(heavy.search('why this passage'), 'highlight')
    expect(newest).toHaveLength(PER_KIND)
    const place = (id: string): number => Number(id.slice('highlight:n'.length))
    for (const id of newest) expect(place(id)).toBeGreaterThanOrEqual(count - RANK_POOL)
  })

  it('a word only the oldest note has is found, typed, mistyped or beside common words', () => {
    expect(ids(heavy.search('monitors'), 'highlight')).toEqual(['highlight:n0'])
    expect(ids(heavy.search('monit'), 'highlight')).toEqual(['highlight:n0'])
    expect(ids(heavy.search('monitros'), 'highlight')).toEqual(['highlight:n0'])
    expect(ids(heavy.search('why this passage matters referendum'), 'highlight')).toEqual(['highlight:n1'])
    expect(ids(heavy.search('backstop why'), 'highlight')).toEqual(['highlight:n0'])
  })

  it('words common in the article (of, the) neither hide a match nor are needed for one', () => {
    expect(ids(heavy.search('coalition of the 30 countries'), 'passage').length).toBeGreaterThan(0)
    expect(ids(heavy.search('coalition of the 30 countries'), 'passage')).toEqual(
      ids(heavy.search('coalition 30 countries'), 'passage')
    )
    // Typed letter by letter: "Of" is on its way to "Office".
    expect(ids(heavy.search('Oval Of'), 'passage')).toEqual(expect.arrayContaining(['passage:P1']))
  })
})

describe('standardText', () => {
  it('reads a paragraph in its standard wording, a quote as a whole', () => {
    const p3 = content.article.sections[0]!.paragraphs[2]!
    expect(
      standardText(p3.text, findTermRanges(p3.text, 'P3', content.article.terms), content.article.terms)
    ).toBe(
      '“I don’t want to hide the fact that I wasn’t sure it would go this way,” German Chancellor Friedrich Merz said in Washington. “But my expectations were not just met, they were exceeded.”'
    )
  })
})

describe('markMatches', () => {
  it('marks the matched words whatever their case or accents, and cuts long text around the first', () => {
    expect(markMatches('Zelenskyy and ZELENSKYY', ['zelenskyy'])).toEqual([
      { text: 'Zelenskyy', marked: true },
      { text: ' and ', marked: false },
      { text: 'ZELENSKYY', marked: true }
    ])
    const long = `${'word '.repeat(60)}target ${'more '.repeat(60)}`
    const pieces = markMatches(long, ['target'], 80)
    expect(pieces[0]).toEqual({ text: '…', marked: false })
    expect(pieces.find((p) => p.marked)?.text).toBe('target')
    expect(pieces.map((p) => p.text).join('').length).toBeLessThanOrEqual(82)
  })
})
