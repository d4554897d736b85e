/**
 * The typed-vs-expected comparison shown after a typed answer, Anki's way: what the two share is
 * plain, and the rest is marked — what was typed that the answer lacks, and what the answer has that
 * was not typed. It works in two steps so that letters shared by chance are never shown as shared:
 * words are paired first (the same word, a misspelling of it, or an abbreviation of it, in order),
 * and only a paired word is compared letter by letter. An answer that pairs no word is marked whole.
 */

/** A run of characters, either shared by both sides or only on this one. */
export interface DiffPart {
  text: string
  same: boolean
}

export interface AnswerDiff {
  typed: DiffPart[]
  expected: DiffPart[]
}

/** Beyond this many characters a side is shown whole, marked as differing: the table would be too big. */
const DIFF_MAX = 300

/** A word of an answer and where it sits. */
interface Word {
  /** Lower case, to compare. */
  text: string
  start: number
  /** In characters of the answer as written. */
  length: number
}

function wordsOf(text: string): Word[] {
  return [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({
    text: m[0].toLowerCase(),
    start: m.index,
    length: m[0].length
  }))
}

/** Edits (insert, delete, replace) from `a` to `b`. */
function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i += 1) {
    const next = [i]
    for (let j = 1; j <= b.length; j += 1) {
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
    }
    row = next
  }
  return row[b.length]!
}

/** `typed` is `expected` misspelt by about one letter in four ("Rute", "Febuary"), or cut short ("Feb"). */
function sameWord(typed: string, expected: string): boolean {
  if (typed === expected) return true
  if (typed.length >= 3 && expected.startsWith(typed)) return true
  return editDistance(typed, expected) <= Math.floor(Math.max(typed.length, expected.length) / 4)
}

/** The longest in-order pairing of `a`'s words with `b`'s (a longest common subsequence by `same`). */
function pairs<T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean): [number, number][] {
  const cols = b.length + 1
  const lcs = new Array<number>((a.length + 1) * cols).fill(0)
  for (let i = a.length - 1; i >= 0; i -= 1) {
    for (let j = b.length - 1; j >= 0; j -= 1) {
      lcs[i * cols + j] = same(a[i]!, b[j]!)
        ? lcs[(i + 1) * cols + j + 1]! + 1
        : Math.max(lcs[(i + 1) * cols + j]!, lcs[i * cols + j + 1]!)
    }
  }
  const found: [number, number][] = []
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    if (same(a[i]!, b[j]!) && lcs[i * cols + j] === lcs[(i + 1) * cols + j + 1]! + 1) {
      found.push([i, j])
      i += 1
      j += 1
    } else if (lcs[(i + 1) * cols + j]! >= lcs[i * cols + j + 1]!) i += 1
    else j += 1
  }
  return found
}

/** Runs of `text`, split where `same` changes. */
function runs(text: string, same: boolean[]): DiffPart[] {
  const parts: DiffPart[] = []
  for (let i = 0; i < text.length; i += 1) {
    const last = parts.at(-1)
    if (last && last.same === same[i]) last.text += text[i]
    else parts.push({ text: text[i]!, same: same[i]! })
  }
  return parts
}

/**
 * Which characters of each side are shared: the letters two paired words share, and the spaces and
 * punctuation after a paired word (before it, for the first word) — "Friedrich " is missing whole.
 */
function sharedCharacters(typed: string, expected: string): [boolean[], boolean[]] | null {
  const typedWords = wordsOf(typed)
  const expectedWords = wordsOf(expected)
  const paired = pairs(typedWords, expectedWords, (x, y) => sameWord(x.text, y.text))
  if (paired.length === 0) return null
  const sameTyped = new Array<boolean>(typed.length).fill(false)
  const sameExpected = new Array<boolean>(expected.length).fill(false)
  const pairedTyped = new Set<number>()
  const pairedExpected = new Set<number>()
  for (const [i, j] of paired) {
    const [x, y] = [typedWords[i]!, expectedWords[j]!]
    pairedTyped.add(i)
    pairedExpected.add(j)
    const [xs, ys] = [typed.slice(x.start, x.start + x.length), expected.slice(y.start, y.start + y.length)]
    for (const [k, l] of pairs(xs.split(''), ys.split(''), (p, q) => p.toLowerCase() === q.toLowerCase())) {
      sameTyped[x.start + k] = true
      sameExpected[y.start + l] = true
    }
  }
  markSeparators(typed, typedWords, pairedTyped, sameTyped)
  markSeparators(expected, expectedWords, pairedExpected, sameExpected)
  return [sameTyped, sameExpected]
}

/** The characters between words count as shared when the word they follow was paired. */
function markSeparators(text: string, words: Word[], paired: Set<number>, same: boolean[]): void {
  let word = -1
  for (let c = 0; c < text.length; c += 1) {
    if (word + 1 < words.length && c === words[word + 1]!.start) word += 1
    const inWord = word >= 0 && c < words[word]!.start + words[word]!.length
    if (!inWord) same[c] = paired.has(word === -1 ? 0 : word)
  }
}

/** What `typed` and `expected` share and where they differ. */
export function answerDiff(typed: string, expected: string): AnswerDiff {
  const apart: AnswerDiff = {
    typed: typed === '' ? [] : [{ text: typed, same: false }],
    expected: [{ text: expected, same: false }]
  }
  if (typed.length > DIFF_MAX || expected.length > DIFF_MAX) return apart
  const shared = sharedCharacters(typed, expected)
  if (!shared) return apart
  return { typed: runs(typed, shared[0]), expected: runs(expected, shared[1]) }
}
