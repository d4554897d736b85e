/** The axis's ready-made views, each a span of calendar time built with d3-time's intervals. */
import { utcDay, utcMonth, utcYear } from 'd3-time'
import { calendarDate } from '@shared/timeline-dates'
import type { TimeWindow } from './time-window'

export interface TimelinePreset {
  id: 'feb-aug-2025' | 'since-2014' | 'week-of-18-aug'
  label: string
  window: TimeWindow
}

export const PRESETS: readonly [TimelinePreset, ...TimelinePreset[]] = [
  {
    id: 'feb-aug-2025',
    label: 'Feb–Aug 2025',
    // From the start of February to the end of August: both Oval Office meetings and all between.
    window: {
      start: utcMonth.floor(calendarDate('2025-02-28')),
      end: utcMonth.ceil(calendarDate('2025-08-19'))
    }
  },
  {
    id: 'since-2014',
    label: 'Since 2014',
    // Whole years, from the annexation of Crimea to the August meeting.
    window: {
      start: utcYear.floor(calendarDate('2014-03-18')),
      end: utcYear.ceil(calendarDate('2025-08-19'))
    }
  },
  {
    id: 'week-of-18-aug',
    label: 'The week of 18 Aug',
    // Every event of the week Monday 18 – Sunday 24 August falls on its first two days, so the preset
    // frames those two, hour by hour: 18 August in Washington time, 19 August in each event's zone.
    window: {
      start: utcDay.floor(calendarDate('2025-08-18')),
      end: utcDay.offset(utcDay.floor(calendarDate('2025-08-18')), 2)
    }
  }
]

/** The view the timeline opens on: the two meetings and the six months between. */
export const DEFAULT_PRESET = PRESETS[0]

/** The preset whose window this is exactly, if any (so its button can show as pressed). */
export function presetShowing(window: TimeWindow): TimelinePreset | null {
  return (
    PRESETS.find(
      (p) =>
        p.window.start.getTime() === window.start.getTime() && p.window.end.getTime() === window.end.getTime()
    ) ?? null
  )
}
