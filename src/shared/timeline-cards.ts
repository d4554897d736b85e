/**
 * Flashcards drawn from the timeline: "When did…" for every event the written deck does not already
 * date, and "Which came first…" (two options: both events) for neighbouring events whose order is
 * certain. They take the built-in deck's card shape, so joining the deck is one line where the deck
 * is loaded.
 */
import type { DeckCard } from './card-schemas'
import { cardAnswer } from './card-text'
import type { Article } from './schemas'
import {
  REFERENCE_PLACES,
  daysBetween,
  eventInstant,
  formatEventWhen,
  formatLocalDate,
  localDateIn
} from './timeline-dates'
import { certainlyBefore, sortEvents } from './timeline-order'
import type { TimelineEvent } from './timeline-schemas'

/** Every built-in id of a timeline card starts so, apart from the hand-written deck's. */
export const TIMELINE_CARD_PREFIX = 'timeline-'

const TAGS = ['timeline']

/** Every local date an event's card shows: its own, and where it differs, the date elsewhere. */
function localDates(event: TimelineEvent): string[] {
  const instant = eventInstant(event)
  return [
    ...new Set([
      event.date,
      ...event.otherLocalDates.map((other) => other.date),
      ...(instant === null ? [] : REFERENCE_PLACES.map(({ timeZone }) => localDateIn(instant, timeZone)))
    ])
  ]
}

/** Ways a student may type a date: "18 March 2014", "March 18, 2014", "2014-03-18". */
function dateSpellings(date: string): string[] {
  const utc = new Date(`${date}T12:00:00Z`)
  const british = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', dateStyle: 'long' }).format(utc)
  const american = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', dateStyle: 'long' }).format(utc)
  return [...new Set([british, american, date])]
}

/** The paragraph's section: a card is filed under the section of its first source. */
function sectionFinder(article: Article): (paragraphId: string) => string {
  const sections = new Map(article.sections.flatMap((s) => s.paragraphs.map((p) => [p.id, s.id])))
  return (paragraphId) => {
    const section = sections.get(paragraphId)
    if (section === undefined) throw new Error(`the article has no paragraph ${paragraphId} in a section`)
    return section
  }
}

/** "Monday 18 August 2025", with the date elsewhere where it differs (the Trump–Putin call). */
function answerDate(event: TimelineEvent): string {
  const { otherDates } = formatEventWhen(event)
  return otherDates.length === 0
    ? formatLocalDate(event.date)
    : `${formatLocalDate(event.date)} (${otherDates.join('; ')})`
}

/** Three other events' dates, the nearest in time first, as wrong answers for multiple choice. */
function dateDistractors(event: TimelineEvent, events: readonly TimelineEvent[]): string[] | undefined {
  if (event.otherLocalDates.length > 0) return undefined
  const distance = (other: TimelineEvent): number => Math.abs(daysBetween(event.date, other.date))
  const dates = [
    ...new Set(
      events
        .filter((e) => e.date !== event.date)
        .sort((a, b) => distance(a) - distance(b))
        .map((e) => e.date)
    )
  ]
  return dates.length >= 3 ? dates.slice(0, 3).map(formatLocalDate) : undefined
}

function whenCard(
  event: TimelineEvent,
  events: readonly TimelineEvent[],
  sectionOf: (id: string) => string
): DeckCard {
  const when = formatEventWhen(event)
  const distractors = dateDistractors(event, events)
  return {
    id: `${TIMELINE_CARD_PREFIX}when-${event.id}`,
    kind: 'dates',
    type: 'basic',
    section: sectionOf(event.paragraphIds[0]!),
    tags: TAGS,
    sources: event.paragraphIds,
    front: `When did this happen: ${event.title}?`,
    back: answerDate(event),
    explain: `${when.text}${event.place === null ? '' : `, ${event.place}`}. ${event.summary}`,
    accept: localDates(event).flatMap(dateSpellings),
    ...(distractors === undefined ? {} : { distractors })
  }
}

function whichFirstCard(
  earlier: TimelineEvent,
  later: TimelineEvent,
  askLaterFirst: boolean,
  sectionOf: (id: string) => string
): DeckCard {
  const [shownFirst, shownSecond] = askLaterFirst ? [later, earlier] : [earlier, later]
  const sources = [...new Set([...earlier.paragraphIds, ...later.paragraphIds])]
  return {
    id: `${TIMELINE_CARD_PREFIX}first-${earlier.id}-${later.id}`,
    kind: 'dates',
    type: 'basic',
    section: sectionOf(sources[0]!),
    tags: TAGS,
    sources,
    front: `Which came first: ${shownFirst.title} or ${shownSecond.title}?`,
    back: earlier.title,
    distractors: [later.title],
    explain: `${earlier.title}: ${formatEventWhen(earlier).text}. ${later.title}: ${formatEventWhen(later).text}.`
  }
}

/**
 * Whether a written card already asks for `event`'s date: a card citing the event's first paragraph
 * whose expected answer names that date ("28 February 2025"). A generated card would only repeat it.
 */
function datedByWritten(event: TimelineEvent, written: readonly DeckCard[]): boolean {
  const [british] = dateSpellings(event.date)
  return written.some(
    (card) => card.sources.includes(event.paragraphIds[0]!) && cardAnswer(card).includes(british!)
  )
}

/**
 * The timeline's flashcards, in the built-in deck's shape: one "When did…" card per event the
 * `written` deck does not already date, and one two-option "Which came first…" card per event and the
 * next one whose order against it is certain. Which of the pair a question names first alternates,
 * so the answer is not always the first named.
 */
export function timelineCards(
  events: readonly TimelineEvent[],
  article: Article,
  written: readonly DeckCard[]
): DeckCard[] {
  const sectionOf = sectionFinder(article)
  const ordered = sortEvents(events)
  const cards = ordered
    .filter((event) => !datedByWritten(event, written))
    .map((event) => whenCard(event, ordered, sectionOf))
  ordered.forEach((earlier, i) => {
    const later = ordered.slice(i + 1).find((e) => certainlyBefore(earlier, e))
    if (later !== undefined) cards.push(whichFirstCard(earlier, later, i % 2 === 1, sectionOf))
  })
  return cards
}
