import MiniSearch from 'minisearch'
import { RESULT_KINDS, type ResultKind, type SearchDoc } from './search-docs'

/** A word as the index keeps it: lower case, without accents, so "Zelenskyy" and "ZELENSKYY" agree. */
export function foldWord(word: string): string {
  // Most words are plain ASCII, and indexing folds a million of them: skip the Unicode work there.
  if (ASCII.test(word)) return word.toLowerCase()
  return word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()
}

const ASCII = /^[\x20-\x7e]*$/

/** Words are runs of letters and digits: punctuation, hyphens and apostrophes split them. */
const WORDS = /[\p{L}\p{N}]+/gu

function tokenize(text: string): string[] {
  return text.match(WORDS) ?? []
}

/** One result: the document, its score, and the index words it matched (for marking them). */
export interface SearchHit {
  doc: SearchDoc
  score: number
  terms: string[]
  /** True when a word matched only through the standard wording (the article's words differ). */
  viaStandard: boolean
}

/** Results of one kind, best first. */
export interface HitGroup {
  kind: ResultKind
  hits: SearchHit[]
}

/** How many results of each kind the palette shows. */
export const PER_KIND = 6

/**
 * The palette's index: MiniSearch over every document's title, text, standard wording and tags,
 * matching prefixes (typing) and small typos (one edit in five letters), every word required.
 */
export class SearchIndex {
  readonly #search: MiniSearch<SearchDoc>
  readonly #docs = new Map<string, SearchDoc>()

  constructor(docs: readonly SearchDoc[]) {
    this.#search = new MiniSearch<SearchDoc>({
      fields: ['title', 'text', 'standard', 'tags'],
      storeFields: [],
      tokenize,
      processTerm: (term) => foldWord(term),
      searchOptions: {
        boost: { title: 2, tags: 1.5 },
        prefix: (term) => term.length >= 2,
        fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
        combineWith: 'AND'
      }
    })
    for (const doc of docs) this.#docs.set(doc.id, doc)
    this.#search.addAll(docs)
  }

  /** The results for `query`, grouped by kind, each group best first, groups by their best score. */
  search(query: string): HitGroup[] {
    if (tokenize(query).length === 0) return []
    const byKind = new Map<ResultKind, SearchHit[]>()
    for (const result of this.#search.search(query)) {
      const doc = this.#docs.get(String(result.id))
      if (!doc) continue
      const hits = byKind.get(doc.kind) ?? []
      if (hits.length >= PER_KIND) continue
      const onlyStandard = (fields: string[]): boolean =>
        fields.includes('standard') && !fields.includes('text') && !fields.includes('title')
      hits.push({
        doc,
        score: result.score,
        terms: result.terms,
        viaStandard: Object.values(result.match).some(onlyStandard)
      })
      byKind.set(doc.kind, hits)
    }
    return RESULT_KINDS.flatMap((kind) => {
      const hits = byKind.get(kind)
      return hits ? [{ kind, hits }] : []
    }).sort((a, b) => (b.hits[0]?.score ?? 0) - (a.hits[0]?.score ?? 0))
  }
}

/** A stretch of shown text, marked when it is one of the matched words. */
export interface MarkedPiece {
  text: string
  marked: boolean
}

/**
 * `text` cut into pieces with the words in `terms` marked, shortened to about `width` characters
 * around the first mark (with an ellipsis where cut), so a long note shows why it matched.
 */
export function markMatches(text: string, terms: readonly string[], width = 160): MarkedPiece[] {
  const wanted = new Set(terms.map(foldWord))
  const marks: { start: number; end: number }[] = []
  for (const match of text.matchAll(WORDS)) {
    if (wanted.has(foldWord(match[0]))) marks.push({ start: match.index, end: match.index + match[0].length })
  }
  const first = marks[0]?.start ?? 0
  const from =
    text.length <= width ? 0 : Math.max(0, Math.min(first - Math.floor(width / 3), text.length - width))
  const to = Math.min(text.length, from + width)
  const pieces: MarkedPiece[] = []
  let at = from
  for (const mark of marks) {
    if (mark.end <= from || mark.start >= to) continue
    if (mark.start > at) pieces.push({ text: text.slice(at, mark.start), marked: false })
    pieces.push({ text: text.slice(Math.max(at, mark.start), Math.min(to, mark.end)), marked: true })
    at = Math.min(to, mark.end)
  }
  if (at < to) pieces.push({ text: text.slice(at, to), marked: false })
  if (from > 0) pieces.unshift({ text: '…', marked: false })
  if (to < text.length) pieces.push({ text: '…', marked: false })
  return pieces
}
