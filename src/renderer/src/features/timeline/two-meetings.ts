/**
 * "The two meetings": the two Oval Office meetings side by side, each on an axis of its own day
 * (a broken axis: the 171 days between are left out and said instead).
 */
import { daysBetween } from '@shared/timeline-dates'
import type { Comparison, TimelineEvent } from '@shared/timeline-schemas'
import type { TimeWindow } from './time-window'

export interface MeetingPanel {
  side: 'february' | 'august'
  /** The meeting's local date. */
  date: string
  /** The whole of that local day, midnight to midnight. */
  window: TimeWindow
  /** The events of that day, in timeline order: the meeting and whatever else happened then. */
  events: TimelineEvent[]
}

/** The two panels, February first, and the days between the meetings; null when either is missing. */
export function meetingPanels(
  events: readonly TimelineEvent[],
  comparison: Comparison
): { panels: [MeetingPanel, MeetingPanel]; daysApart: number } | null {
  const february = events.find((e) => e.id === comparison.februaryEventId)
  const august = events.find((e) => e.id === comparison.augustEventId)
  if (february === undefined || august === undefined) return null
  const panel = (side: MeetingPanel['side'], meeting: TimelineEvent): MeetingPanel => {
    const start = new Date(`${meeting.date}T00:00:00Z`)
    return {
      side,
      date: meeting.date,
      window: { start, end: new Date(start.getTime() + 86_400_000) },
      events: events.filter((e) => e.date === meeting.date)
    }
  }
  return {
    panels: [panel('february', february), panel('august', august)],
    daysApart: daysBetween(february.date, august.date)
  }
}
