import MiniSearch, { type QueryCombination, type SearchResult } from 'minisearch'
import SearchableMap from 'minisearch/SearchableMap'
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

/**
 * Words too common to find anything by: not indexed, and dropped from a query but for its last
 * word (still being typed: "th" may become "three"). Each is in nearly every highlight and card,
 * so a query holding one would pass over every document for nothing.
 */
const STOP_WORDS = new Set(
  'a an and are as at be but by for in into is it of on or that the their then there these they this to was with'.split(
    ' '
  )
)

/** The query's words to look for: folded, stop words dropped but for a last word of two letters or more. */
export function queryWords(query: string): string[] {
  const words = tokenize(query).map(foldWord)
  return words.filter((word, i) => !STOP_WORDS.has(word) || (i === words.length - 1 && word.length >= 2))
}

/** The words of `standard` that `own` (the document's own words) lacks: all the standard field need add. */
function addedWords(standard: string, own: string): string {
  if (standard === '') return ''
  const have = new Set(tokenize(own).map(foldWord))
  return tokenize(standard)
    .filter((word) => !have.has(foldWord(word)))
    .join(' ')
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
 * The most documents one MiniSearch holds. A kind with more (a heavy user's highlights and cards)
 * is split into shards of this size, searched in the order its documents came (the newest
 * highlights first), so a query whose words are in every note stops after the first shard.
 */
export const SHARD_SIZE = 5000

/**
 * How many matches of one kind are ranked: when more match, the first this many in the kind's
 * order. MiniSearch scores every document a query matches, many times slower than it finds
 * them, so only these are scored.
 */
export const RANK_POOL = 200

/**
 * The most words of the index one typed word stands for (its prefix completions and near
 * spellings), the commonest kept: "co" alone begins hundreds of words, each a lookup in every shard.
 */
export const MAX_EXPANSIONS = 40

/** How MiniSearch weighs a completion and a near spelling against the word itself (its defaults). */
const PREFIX_WEIGHT = 0.375
const FUZZY_WEIGHT = 0.45

const FIELDS = ['title', 'text', 'standard', 'tags'] as const

/** A document as a shard indexes it: its place in the shard for an id, and the searched fields. */
type Indexed = Pick<SearchDoc, (typeof FIELDS)[number]> & { id: number }

/** A typed word as the index words it stands for, each with its weight (1 for the word itself). */
type Expansion = Map<string, number>

const onlyStandard = (fields: string[]): boolean =>
  fields.includes('standard') && !fields.includes('text') && !fields.includes('title')

/**
 * The index words `word` stands for: itself; if it is the last word typed (two letters or more),
 * the words it begins; if it has five letters or more, the words one edit away (two from eight
 * letters: one edit in five). At most MAX_EXPANSIONS, the commonest.
 */
function expand(vocabulary: SearchableMap<number>, word: string, last: boolean): Expansion {
  const found = new Map<string, number>()
  if (vocabulary.has(word)) found.set(word, 1)
  if (last && word.length >= 2) {
    for (const [term] of vocabulary.atPrefix(word)) {
      const distance = term.length - word.length
      if (distance > 0) found.set(term, (PREFIX_WEIGHT * term.length) / (term.length + 0.3 * distance))
    }
  }
  if (word.length >= 5) {
    for (const [term, [, distance]] of vocabulary.fuzzyGet(word, Math.round(word.length * 0.2))) {
      if (!found.has(term)) found.set(term, (FUZZY_WEIGHT * term.length) / (term.length + distance))
    }
  }
  if (found.size <= MAX_EXPANSIONS) return found
  const commonest = [...found.keys()]
    .sort((a, b) => (b === word ? 1 : 0) - (a === word ? 1 : 0) || vocabulary.get(b)! - vocabulary.get(a)!)
    .slice(0, MAX_EXPANSIONS)
  return new Map(commonest.map((term) => [term, found.get(term)!]))
}

/** How often the index words of `expansion` occur in the kind: how much finding them costs. */
function occurrences(vocabulary: SearchableMap<number>, expansion: Expansion): number {
  let count = 0
  for (const term of expansion.keys()) count += vocabulary.get(term) ?? 0
  return count
}

/** MiniSearch's query for one word: any of its index words, each weighed as `expand` says. */
function wordQuery(expansion: Expansion): QueryCombination {
  return {
    queries: [[...expansion.keys()].join(' ')],
    combineWith: 'OR',
    boostTerm: (term) => expansion.get(term) ?? 0
  }
}

/**
 * One MiniSearch over at most SHARD_SIZE documents of one kind. A query is answered in two steps:
 * each word finds its documents without scoring them (a zero boost makes MiniSearch only pass
 * over each posting), which leaves the documents with every word; then only the first RANK_POOL
 * of those are scored, the whole query at once, as MiniSearch ranks them.
 */
class Shard {
  readonly docs: readonly SearchDoc[]
  readonly #search: MiniSearch<Indexed>
  /** How many of the query's words each document has matched so far in this query. */
  readonly #words: Uint16Array

  /** `vocabulary` counts every word indexed, for expanding typed words once for all shards. */
  constructor(docs: readonly SearchDoc[], vocabulary: SearchableMap<number>) {
    this.docs = docs
    this.#words = new Uint16Array(docs.length)
    this.#search = new MiniSearch<Indexed>({
      fields: [...FIELDS],
      storeFields: [],
      tokenize,
      processTerm: (term) => {
        const word = foldWord(term)
        if (STOP_WORDS.has(word)) return null
        vocabulary.set(word, (vocabulary.get(word) ?? 0) + 1)
        return word
      },
      searchOptions: {
        boost: { title: 2, tags: 1.5 },
        // Words arrive expanded: each is looked up as it is.
        tokenize: (text) => text.split(' '),
        processTerm: (term) => term,
        prefix: false,
        fuzzy: false
      }
    })
    this.#search.addAll(
      docs.map((doc, id) => ({
        id,
        title: doc.title,
        text: doc.text,
        // A word the document has in its own text need not be indexed twice.
        standard: addedWords(doc.standard, `${doc.title}\n${doc.text}`),
        tags: doc.tags
      }))
    )
  }

  /**
   * The places of the documents matching every one of `words`, at most `limit`, in order. Each
   * word passes over its postings only while documents are left that have all the words before it.
   */
  matching(words: readonly Expansion[], limit: number): number[] {
    const counts = this.#words
    const seen: number[] = []
    let left = 0
    for (const [i, expansion] of words.entries()) {
      if (i > 0 && left === 0) break
      left = 0
      const step = (id: number): number => {
        if (counts[id] === i) {
          counts[id] = i + 1
          left += 1
          if (i === 0) seen.push(id)
        }
        return 0
      }
      this.#search.search(wordQuery(expansion), { boostDocument: step })
    }
    const all = words.length
    const found = left === 0 ? [] : seen.filter((id) => counts[id] === all)
    for (const id of seen) counts[id] = 0
    return found.sort((a, b) => a - b).slice(0, limit)
  }

  /** The results for `words` among the documents at `places`, best first. */
  rank(words: readonly Expansion[], places: readonly number[]): SearchResult[] {
    const chosen = new Set(places)
    return this.#search.search(
      { queries: words.map(wordQuery), combineWith: 'AND' },
      { boostDocument: (id: number) => (chosen.has(id) ? 1 : 0) }
    )
  }
}

/**
 * A result's score as MiniSearch gives it for a query of typed words: it multiplies by how many
 * query words matched, and here each index word a typed word stands for counts as one.
 */
const rawScore = (result: SearchResult): number => result.score / Math.max(1, result.queryTerms.length)

/**
 * The palette's index: MiniSearch over every document's title, text, standard wording and tags,
 * one index per kind, a large kind in shards. Every match is found; when more than RANK_POOL of
 * one kind match, the first RANK_POOL in the kind's order (the newest highlights) are ranked.
 */
export class SearchIndex {
  readonly #kinds: { kind: ResultKind; vocabulary: SearchableMap<number>; shards: Shard[] }[]

  constructor(docs: readonly SearchDoc[]) {
    this.#kinds = RESULT_KINDS.flatMap((kind) => {
      const ofKind = docs.filter((doc) => doc.kind === kind)
      const vocabulary = new SearchableMap<number>()
      const shards: Shard[] = []
      for (let at = 0; at < ofKind.length; at += SHARD_SIZE) {
        shards.push(new Shard(ofKind.slice(at, at + SHARD_SIZE), vocabulary))
      }
      return shards.length > 0 ? [{ kind, vocabulary, shards }] : []
    })
  }

  /** The results for `query`, grouped by kind, each group best first, groups by their best score. */
  search(query: string): HitGroup[] {
    const typed = queryWords(query)
    if (typed.length === 0) return []
    const groups: HitGroup[] = []
    for (const { kind, vocabulary, shards } of this.#kinds) {
      const words = typed.map((word, i) => expand(vocabulary, word, i === typed.length - 1))
      if (words.some((expansion) => expansion.size === 0)) continue
      // The rarest word first: the documents left after it are few, and a shard without it is done.
      words.sort((a, b) => occurrences(vocabulary, a) - occurrences(vocabulary, b))
      const best: { shard: Shard; result: SearchResult; score: number }[] = []
      let pool = RANK_POOL
      for (const shard of shards) {
        if (pool === 0) break
        const places = shard.matching(words, pool)
        if (places.length === 0) continue
        pool -= places.length
        // Each shard answers best first: only its first PER_KIND can be shown.
        for (const result of shard.rank(words, places).slice(0, PER_KIND)) {
          best.push({ shard, result, score: rawScore(result) })
        }
      }
      const hits = best
        .sort((a, b) => b.score - a.score)
        .slice(0, PER_KIND)
        .map(({ shard, result, score }) => ({
          doc: shard.docs[result.id as number]!,
          score,
          terms: result.terms,
          viaStandard: Object.values(result.match).some(onlyStandard)
        }))
      if (hits.length > 0) groups.push({ kind, hits })
    }
    return groups.sort((a, b) => b.hits[0]!.score - a.hits[0]!.score)
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
