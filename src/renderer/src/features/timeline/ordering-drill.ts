/**
 * The ordering drill: five events, shuffled, to be put in time order. Only events whose order is
 * certain pairwise are drawn together (see certainlyBefore), so every drill has one right answer.
 */
import { shuffled } from '@shared/seeded-random'
import { certainlyBefore, orderIsCertain, sortEvents } from '@shared/timeline-order'
import type { TimelineEvent } from '@shared/timeline-schemas'

export const DRILL_SIZE = 5

/**
 * `size` events that can all be told apart in time, in a shuffled order that is not already the
 * right one; null when the timeline has no such set. Tries fresh random draws until one fills.
 */
export function drawDrill(
  events: readonly TimelineEvent[],
  random: () => number,
  size = DRILL_SIZE
): TimelineEvent[] | null {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const chosen: TimelineEvent[] = []
    for (const candidate of shuffled(events, random)) {
      if (chosen.every((event) => orderIsCertain(event, candidate))) chosen.push(candidate)
      if (chosen.length === size) break
    }
    if (chosen.length < size) continue
    const right = sortEvents(chosen).map((e) => e.id)
    let shown = shuffled(chosen, random)
    while (shown.every((e, i) => e.id === right[i])) shown = shuffled(chosen, random)
    return shown
  }
  return null
}

/** How an answer scored. */
export interface DrillScore {
  /** Events in the position they belong in. */
  inPlace: number
  /** Pairs of events the answer puts in the right relative order, of all pairs: partial credit. */
  pairsRight: number
  pairs: number
  perfect: boolean
  /** The right order, by id. */
  rightOrder: string[]
}

/** Score `answer` (event ids, earliest first) against the events' true order. */
export function scoreDrill(answer: readonly string[], events: readonly TimelineEvent[]): DrillScore {
  const byId = new Map(events.map((e) => [e.id, e]))
  const rightOrder = sortEvents(answer.map((id) => byId.get(id)!)).map((e) => e.id)
  const inPlace = answer.filter((id, i) => rightOrder[i] === id).length
  let pairsRight = 0
  let pairs = 0
  for (let i = 0; i < answer.length; i += 1) {
    for (let j = i + 1; j < answer.length; j += 1) {
      pairs += 1
      if (certainlyBefore(byId.get(answer[i]!)!, byId.get(answer[j]!)!)) pairsRight += 1
    }
  }
  return { inPlace, pairsRight, pairs, perfect: inPlace === answer.length, rightOrder }
}

/** `items` with the one at `from` moved to `to` (both clamped to the list). */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const copy = [...items]
  const target = Math.max(0, Math.min(copy.length - 1, to))
  if (from < 0 || from >= copy.length) return copy
  const [moved] = copy.splice(from, 1)
  copy.splice(target, 0, moved!)
  return copy
}
