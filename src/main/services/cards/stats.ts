/**
 * Study statistics: reviews per day, true retention, cards by state, the due forecast, and how well
 * each section of the article is known. One pass over the review log's last 30 days at most.
 */
import { State, type FSRS } from 'ts-fsrs'
import type { AnyCard, CardStats, DayCount, SectionRecall } from '@shared/card-schemas'
import type { CardState, ReviewLogEntry } from '@shared/schemas'
import { localDayKey, localDayStart } from './days'
import { retrievability, statusOf } from './scheduling'

/** How many days the charts look back and ahead. */
export const STATS_DAYS = 30

interface StatsInput {
  cards: readonly AnyCard[]
  states: Readonly<Record<string, CardState>>
  log: readonly ReviewLogEntry[]
  now: Date
}

/** The local days from `first` to `first + count - 1` days after `now`'s, as empty counts. */
function days(now: Date, first: number, count: number): { keys: string[]; starts: number[] } {
  const starts = Array.from({ length: count + 1 }, (_, i) => localDayStart(now, first + i).getTime())
  return { keys: starts.slice(0, count).map((ms) => localDayKey(new Date(ms))), starts }
}

/** Index of the day (by its start times) holding `ms`, or -1 outside them. */
function dayIndex(starts: readonly number[], ms: number): number {
  if (ms < starts[0]! || ms >= starts[starts.length - 1]!) return -1
  let low = 0
  let high = starts.length - 2
  while (low < high) {
    const mid = (low + high + 1) >> 1
    if (starts[mid]! <= ms) low = mid
    else high = mid - 1
  }
  return low
}

/** Every chart's numbers. */
export function cardStats({ cards, states, log, now }: StatsInput): CardStats {
  const past = days(now, -(STATS_DAYS - 1), STATS_DAYS)
  const reviewsPerDay = past.keys.map((day) => ({ day, count: 0, again: 0 }))
  let reviews = 0
  let passed = 0
  for (let i = log.length - 1; i >= 0; i -= 1) {
    const [, rating, at, stateBefore] = log[i]!
    if (at < past.starts[0]!) break
    const index = dayIndex(past.starts, at)
    if (index < 0) continue
    reviewsPerDay[index]!.count += 1
    if (rating === 1) reviewsPerDay[index]!.again += 1
    // True retention counts only cards that had graduated: recall after a real interval.
    if (stateBefore === State.Review) {
      reviews += 1
      if (rating > 1) passed += 1
    }
  }

  const byState = { new: 0, learning: 0, review: 0, relearning: 0, suspended: 0 }
  const ahead = days(now, 0, STATS_DAYS)
  const forecast: DayCount[] = ahead.keys.map((day) => ({ day, count: 0 }))
  for (const card of cards) {
    const state = states[card.id]
    if (state?.suspended) {
      byState.suspended += 1
      continue
    }
    byState[statusOf(state)] += 1
    if (!state || state.state === State.New) continue
    const due = Date.parse(state.due)
    const index = due < ahead.starts[0]! ? 0 : dayIndex(ahead.starts, due)
    if (index >= 0) forecast[index]!.count += 1
  }

  return {
    reviewsPerDay,
    trueRetention: { reviews, passed, rate: reviews === 0 ? null : passed / reviews },
    byState,
    forecast
  }
}

/** Per section of the article: its cards, how many are studied, and their mean probability of recall now. */
export function sectionRecall(
  sections: readonly string[],
  { cards, states, now }: Omit<StatsInput, 'log'>,
  scheduler: FSRS
): SectionRecall[] {
  const totals = new Map(sections.map((id) => [id, { cards: 0, studied: 0, sum: 0 }]))
  for (const card of cards) {
    const total = card.section === null ? undefined : totals.get(card.section)
    const state = states[card.id]
    if (!total || state?.suspended) continue
    total.cards += 1
    const recall = retrievability(state, now, scheduler)
    if (recall === null) continue
    total.studied += 1
    total.sum += recall
  }
  return sections.map((section) => {
    const { cards: count, studied, sum } = totals.get(section)!
    return { section, cards: count, studied, meanRetrievability: studied === 0 ? null : sum / studied }
  })
}
