/**
 * Lenient checking of typed quiz answers: case, accents, punctuation, a leading article and a small
 * typo are forgiven; a wrong number never is ("16 May" is not "15 May", "Article 4" not "Article 5").
 */

/** An answer reduced to what matters: lower case, no accents or punctuation, no leading article. */
export function normalizeAnswer(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/(\d)[,.](?=\d{3}\b)/g, '$1')
    .replace(/['’‘`]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^(the|a|an) /, '')
}

/** How many typos an answer of this (normalized) length may hold: none in a short word. */
function typosAllowed(length: number): number {
  if (length <= 3) return 0
  if (length <= 8) return 1
  return 2
}

/** The optimal-string-alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1
  const cols = b.length + 1
  const d: number[] = new Array<number>(rows * cols).fill(0)
  for (let i = 0; i < rows; i += 1) d[i * cols] = i
  for (let j = 0; j < cols; j += 1) d[j] = j
  for (let i = 1; i < rows; i += 1) {
    for (let j = 1; j < cols; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let best = Math.min(
        d[(i - 1) * cols + j]! + 1,
        d[i * cols + j - 1]! + 1,
        d[(i - 1) * cols + j - 1]! + cost
      )
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, d[(i - 2) * cols + j - 2]! + 1)
      }
      d[i * cols + j] = best
    }
  }
  return d[rows * cols - 1]!
}

const numbersIn = (text: string): string => (text.match(/\d+/g) ?? []).join(' ')

/** Whether `given` is close enough to one of `accepted` to count as right. */
export function answerMatches(given: string, accepted: readonly string[]): boolean {
  const answer = normalizeAnswer(given)
  if (answer === '') return false
  return accepted.some((expected) => {
    const target = normalizeAnswer(expected)
    if (answer === target) return true
    if (numbersIn(answer) !== numbersIn(target)) return false
    return editDistance(answer, target) <= typosAllowed(target.length)
  })
}
