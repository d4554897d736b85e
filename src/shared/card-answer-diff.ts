/**
 * The typed-vs-expected comparison shown after a typed answer, Anki's way: the characters the two
 * share (by a longest common subsequence, ignoring case) are plain, and the rest are marked — what
 * was typed that the answer lacks, and what the answer has that was not typed. An answer sharing
 * little with the expected one, or sharing only letters scattered through it, is marked whole.
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

/** What `typed` and `expected` share and where they differ, character by character. */
export function answerDiff(typed: string, expected: string): AnswerDiff {
  const apart: AnswerDiff = {
    typed: typed === '' ? [] : [{ text: typed, same: false }],
    expected: [{ text: expected, same: false }]
  }
  if (typed.length > DIFF_MAX || expected.length > DIFF_MAX) return apart
  const a = typed.toLowerCase()
  const b = expected.toLowerCase()
  const cols = b.length + 1
  const lcs = new Array<number>((a.length + 1) * cols).fill(0)
  for (let i = a.length - 1; i >= 0; i -= 1) {
    for (let j = b.length - 1; j >= 0; j -= 1) {
      lcs[i * cols + j] =
        a[i] === b[j]
          ? lcs[(i + 1) * cols + j + 1]! + 1
          : Math.max(lcs[(i + 1) * cols + j]!, lcs[i * cols + j + 1]!)
    }
  }
  // Sharing under two thirds of what was typed is another answer, not a misspelling: letters
  // matched here and there would only be noise.
  if (lcs[0]! * 3 < a.length * 2) return apart
  const sameTyped = new Array<boolean>(a.length).fill(false)
  const sameExpected = new Array<boolean>(b.length).fill(false)
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      sameTyped[i] = true
      sameExpected[j] = true
      i += 1
      j += 1
    } else if (lcs[(i + 1) * cols + j]! >= lcs[i * cols + j + 1]!) i += 1
    else j += 1
  }
  const typedParts = runs(typed, sameTyped)
  return scattered(typedParts, lcs[0]!, a.length + b.length)
    ? apart
    : { typed: typedParts, expected: runs(expected, sameExpected) }
}

/**
 * Whether the shared letters are coincidence: they fall in runs of under three characters on average
 * ("No…hin… …i…e it" found inside a long sentence), and the two sides are not close overall (difflib's
 * ratio, 2 × shared ÷ both lengths, under 0.6). A misspelling ("Rute" for "Rutte") is close overall.
 */
function scattered(typedParts: DiffPart[], shared: number, bothLengths: number): boolean {
  const sharedRuns = typedParts.filter((part) => part.same).length
  const closeOverall = 2 * shared >= 0.6 * bothLengths
  return !closeOverall && shared < 3 * sharedRuns
}
