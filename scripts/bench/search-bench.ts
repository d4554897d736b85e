import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { DeckCard } from '@shared/card-schemas'
import { loadContent } from '../../src/main/content/load-content'
import { searchDocs } from '../../src/renderer/src/features/search/search-docs'
import { SearchIndex } from '../../src/renderer/src/features/search/search-index'
import { median, ms } from './measure'
import { HEAVY_USER, syntheticStore } from './synthetic-store'

/** The figures of the search benchmark. */
export interface SearchFigures {
  highlights: number
  cards: number
  documents: number
  buildMs: number
  /** Median over the queries, each the median of its runs; and the slowest query's median. */
  queryMs: number
  worstQueryMs: number
  /** True when the first screen's script holds none of the search code (MiniSearch loads with the palette). */
  offFirstChunk: boolean
}

/** The scale of the target: 20,000 highlights with notes, 5,000 cards. */
const SCALE = 100

/** What students type: standard wording for a paraphrase, a typo, a note's words, a prefix. */
const QUERIES = [
  'Oval Office',
  'Zelensky',
  'security guarantees',
  'why this passage',
  'cease',
  'tag-7 diplomacy'
]

/**
 * Build the palette's index over 100× a heavy user's data (the real article, 20,000 highlights
 * with notes, 5,000 cards, the timeline and the X-Ray), then time single queries as typed.
 */
export async function benchSearch(root: string): Promise<SearchFigures> {
  const content = await loadContent(join(root, 'resources/content'))
  const store = syntheticStore(content, SCALE)
  const cards: DeckCard[] = Array.from({ length: HEAVY_USER.cards * SCALE }, (_, i) => {
    const card = content.cards[i % content.cards.length]!
    return { ...card, id: `${card.id}-${i}` }
  })
  const docs = searchDocs({
    article: content.article,
    annotations: store.annotations,
    pageNotes: store.pageNotes,
    cards,
    events: content.timeline.events,
    eventNotes: store.eventNotes,
    xray: content.xray.entries
  })
  let index: SearchIndex | null = null
  const builds: number[] = []
  for (let run = 0; run < 3; run += 1) {
    const start = performance.now()
    index = new SearchIndex(docs)
    builds.push(performance.now() - start)
  }
  const perQuery = QUERIES.map((query) => {
    const times: number[] = []
    for (let run = 0; run < 15; run += 1) {
      const start = performance.now()
      index!.search(query)
      times.push(performance.now() - start)
    }
    return median(times)
  })
  const html = await readFile(join(root, 'out/renderer/index.html'), 'utf8')
  const entry = /src="\.\/(assets\/index-[^"]+\.js)"/.exec(html)?.[1]
  const first = entry ? await readFile(join(root, 'out/renderer', entry), 'utf8') : ''
  return {
    highlights: store.annotations.length,
    cards: cards.length,
    documents: docs.length,
    buildMs: median(builds),
    queryMs: median(perQuery),
    worstQueryMs: Math.max(...perQuery),
    offFirstChunk: first !== '' && !first.includes('combineWith')
  }
}

/** The search figures as a Markdown table. */
export function searchTable(figures: SearchFigures): string {
  return [
    '| highlights | cards | documents | index build | one query (median) | slowest query | search code in first chunk |',
    '|---|---|---|---|---|---|---|',
    `| ${figures.highlights.toLocaleString('en-GB')} | ${figures.cards.toLocaleString('en-GB')} | ${figures.documents.toLocaleString('en-GB')} | ${ms(figures.buildMs)} | ${ms(figures.queryMs)} | ${ms(figures.worstQueryMs)} | ${figures.offFirstChunk ? 'no' : 'YES'} |`
  ].join('\n')
}
