/**
 * Checking typed quiz answers the way a fair teacher would: forgiving form, strict on substance.
 * Case, accents, punctuation, articles, a small typo, an abbreviation or alias (answers.json), a
 * surname alone and an event's key word are forgiven; a wrong number never is ("16 May" is not
 * "15 May", "Article 4" not "Article 5"). A date is compared as a date, read by chrono-node, and a
 * list as a set of items, naming what was left out or added.
 */
import * as chrono from 'chrono-node'
import type { AnswerRules } from '@shared/card-schemas'

/** What a typed answer earned, and what to tell the student beyond right or wrong. */
export interface AnswerCheck {
  correct: boolean
  /** "You left out: Japan.", "Write the month in words: …", or null when there is nothing to add. */
  feedback: string | null
}

/** An answer reduced to what matters: lower case, no accents, punctuation or possessive "’s". */
export function normalizeAnswer(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/(\d)[,.](?=\d{3}\b)/g, '$1')
    .replace(/['’‘`]s\b/g, '')
    .replace(/['’‘`]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
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

/** The rules compiled once: aliases as one pattern, people by every way of naming them. */
interface Reader {
  rules: AnswerRules
  canonical: (text: string) => string
  /** For a person's full name (canonical), the shorter names that name them alone. */
  shortNames: Map<string, string[]>
  eventWords: string[]
}

const readers = new WeakMap<AnswerRules, Reader>()

function readerFor(rules: AnswerRules): Reader {
  const known = readers.get(rules)
  if (known) return known
  const meaning = new Map<string, string>()
  for (const [phrase, ...others] of rules.aliases) {
    for (const other of [phrase!, ...others]) meaning.set(normalizeAnswer(other), normalizeAnswer(phrase!))
  }
  // Longest first, so "vice president" is read before "president".
  const alternatives = [...meaning.keys()].sort((a, b) => b.length - a.length)
  const pattern = new RegExp(`(?<=^| )(?:${alternatives.map(escapeRegExp).join('|')})(?= |$)`, 'g')
  const canonical = (text: string): string =>
    normalizeAnswer(text)
      .replace(pattern, (alias) => meaning.get(alias)!)
      .split(' ')
      .filter((word) => word !== 'the' && word !== 'a' && word !== 'an')
      .join(' ')
  const shortNames = new Map(
    rules.people.map((person) => [canonical(person.name), person.short.map(canonical)] as const)
  )
  const reader: Reader = {
    rules,
    canonical,
    shortNames,
    eventWords: rules.eventWords.map(canonical).sort((a, b) => b.length - a.length)
  }
  readers.set(rules, reader)
  return reader
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * The ways `expected` (canonical) may be written besides itself: a person named alone by surname
 * ("Merz" for "Friedrich Merz, Chancellor of Germany") and an event by its key word ("Alaska" for
 * "the Alaska summit").
 */
function variants(reader: Reader, expected: string, original: string): string[] {
  const found = [expected]
  const person = canonicalPersonPrefix(reader, original)
  if (person !== null) found.push(person, ...reader.shortNames.get(person)!)
  const key = withoutEventWord(reader, expected)
  if (key !== '') found.push(key)
  return found
}

/** An event's name without the word that makes it one ("alaska" of "alaska summit"), or ''. */
function withoutEventWord(reader: Reader, name: string): string {
  const word = reader.eventWords.find((w) => name.endsWith(` ${w}`))
  return word === undefined ? '' : name.slice(0, -word.length - 1)
}

/** The person `text` names before any comma ("Friedrich Merz, Chancellor…"), canonical, or null. */
function canonicalPersonPrefix(reader: Reader, text: string): string | null {
  const name = reader.canonical(text.split(/[,(]/)[0]!)
  return reader.shortNames.has(name) ? name : null
}

/** Whether one typed term answers one expected term: exactly, by a variant, or within a typo or two. */
function termMatches(reader: Reader, given: string, expected: string): boolean {
  const typed = reader.canonical(given)
  if (typed === '') return false
  const answers = [typed, withoutEventWord(reader, typed)].filter((answer) => answer !== '')
  return variants(reader, reader.canonical(expected), expected).some((target) =>
    answers.some((answer) => {
      if (target === '') return false
      if (answer === target) return true
      if (numbersIn(answer) !== numbersIn(target)) return false
      return editDistance(answer, target) <= typosAllowed(target.length)
    })
  )
}

// ── Dates ─────────────────────────────────────────────────────────────────────────────────────

/** A date as written: only the parts the writer gave. */
interface WrittenDate {
  day?: number
  month?: number
  year?: number
  weekday?: number
}

/** Words that may stand around a date without changing it: "on the 28th of February". */
const DATE_FILLER = /^(?:on|the|of|in|at)$/

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December'
]

/** A purely numeric date: 3/4/2025, 24.02.2022, 5-5-25. */
const NUMERIC_DATE = /^\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{2}|\d{4})\s*$/

/** A numeric date whose order of day and month cannot be told: both could be a month, and differ. */
export function ambiguousNumericDate(text: string): { first: number; second: number } | null {
  const match = NUMERIC_DATE.exec(text)
  if (!match) return null
  const first = Number(match[1])
  const second = Number(match[2])
  return first <= 12 && second <= 12 && first !== second && first > 0 && second > 0 ? { first, second } : null
}

/**
 * `text` read as a date, when a date is all it says (apart from filler words such as "on the"), or
 * null. Day-month and month-day orders, ordinals, weekdays and ISO dates are understood (chrono-node);
 * a numeric date is read day first unless only month first makes sense (2/24/2022).
 */
export function readDate(text: string): WrittenDate | null {
  const numeric = NUMERIC_DATE.exec(text)
  if (numeric) {
    const [a, b] = [Number(numeric[1]), Number(numeric[2])]
    const fullYear = numeric[3]!.length === 2 ? 2000 + Number(numeric[3]) : Number(numeric[3])
    const [day, month] = a > 12 ? [a, b] : b > 12 ? [b, a] : [a, b]
    return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? { day, month, year: fullYear } : null
  }
  const results = chrono.en.parse(text, new Date(Date.UTC(2000, 0, 1)))
  if (results.length !== 1) return null
  const result = results[0]!
  const rest = `${text.slice(0, result.index)} ${text.slice(result.index + result.text.length)}`
  if (
    normalizeAnswer(rest)
      .split(' ')
      .some((word) => word !== '' && !DATE_FILLER.test(word))
  )
    return null
  if (result.end) return null
  const written: WrittenDate = {}
  for (const part of ['day', 'month', 'year', 'weekday'] as const) {
    if (result.start.isCertain(part)) written[part] = result.start.get(part)!
  }
  return written.month === undefined && written.year === undefined ? null : written
}

/** The weekday of a calendar date (0 Sunday … 6 Saturday). */
function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay()
}

/** How a typed date compares with an expected one. */
function compareDates(given: WrittenDate, expected: WrittenDate, articleYear: number): AnswerCheck {
  const wrong = (feedback: string | null = null): AnswerCheck => ({ correct: false, feedback })
  if (given.day !== expected.day || given.month !== expected.month) return wrong()
  if (given.year !== undefined && given.year !== expected.year) return wrong()
  if (given.year === undefined && expected.year !== undefined && expected.year !== articleYear)
    return wrong(`Give the year too: ${expected.year} is part of the answer.`)
  if (given.weekday !== undefined && given.day !== undefined && given.month !== undefined) {
    const year = expected.year ?? given.year ?? articleYear
    const actual = weekdayOf(year, given.month, given.day)
    if (actual !== given.weekday) {
      return wrong(
        `${given.day} ${MONTHS[given.month - 1]} ${year} was a ${WEEKDAYS[actual]}, not a ${WEEKDAYS[given.weekday]}.`
      )
    }
  }
  return { correct: true, feedback: null }
}

// ── Lists ─────────────────────────────────────────────────────────────────────────────────────

/** The items of a list answer: split at commas, semicolons, slashes, "&", "+", "and". */
export function listItems(text: string): string[] {
  return text
    .split(/\s*(?:[,;/&+]|\band\b)\s*/i)
    .map((item) => item.trim())
    .filter((item) => normalizeAnswer(item) !== '')
}

function compareLists(reader: Reader, given: string, expected: string): AnswerCheck {
  const wanted = listItems(expected)
  const typed = listItems(given)
  const unused = [...typed]
  const missing: string[] = []
  for (const item of wanted) {
    const at = unused.findIndex((candidate) => termMatches(reader, candidate, item))
    if (at === -1) missing.push(item)
    else unused.splice(at, 1)
  }
  if (missing.length === 0 && unused.length === 0) return { correct: true, feedback: null }
  const notes = [
    ...(missing.length > 0 ? [`You left out: ${missing.join(', ')}.`] : []),
    ...(unused.length > 0 ? [`Not part of the answer: ${unused.join(', ')}.`] : [])
  ]
  return { correct: false, feedback: notes.join(' ') }
}

// ── The verdict ───────────────────────────────────────────────────────────────────────────────

/** How the expected answer is to be read. */
export interface AnswerShape {
  /** The answer is a set of items (the card's `listAnswer`). */
  list?: boolean
}

/**
 * Whether `given` answers a question whose accepted answers are `accepted` (the card's answer
 * first), with what to tell the student: which items a list left out, why a date was refused.
 */
export function checkAnswer(
  given: string,
  accepted: readonly string[],
  rules: AnswerRules,
  shape: AnswerShape = {}
): AnswerCheck {
  const reader = readerFor(rules)
  if (reader.canonical(given) === '') return { correct: false, feedback: null }
  const expectedDates = accepted.map(readDate)
  const ambiguous = ambiguousNumericDate(given)
  if (ambiguous && expectedDates.some((date) => date !== null)) {
    const { first, second } = ambiguous
    return {
      correct: false,
      feedback:
        `${given.trim()} could be ${first} ${MONTHS[second - 1]} or ${second} ${MONTHS[first - 1]}: ` +
        'write the month in words.'
    }
  }
  const givenDate = readDate(given)
  let feedback: string | null = null
  for (const [i, expected] of accepted.entries()) {
    const expectedDate = expectedDates[i]
    const check =
      expectedDate && givenDate
        ? compareDates(givenDate, expectedDate, rules.articleYear)
        : shape.list
          ? compareLists(reader, given, expected)
          : { correct: termMatches(reader, given, expected), feedback: null }
    if (check.correct) return check
    feedback ??= check.feedback
  }
  return { correct: false, feedback }
}
