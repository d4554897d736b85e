import { utcDay } from 'd3-time'
import type { TimelineEvent } from '@shared/timeline-schemas'
import { loadContent } from '../../src/main/content/load-content'
import { layOutAxis } from '../../src/renderer/src/features/timeline/axis-layout'
import { axisTicks, zoomWindow, type TimeWindow } from '../../src/renderer/src/features/timeline/time-window'
import { PRESETS } from '../../src/renderer/src/features/timeline/presets'
import { medianMs, ms } from './measure'

export interface TimelineBenchRow {
  events: number
  /** One zoom step: the new window, every event placed, grouped, labelled, stacked in rows, and the ticks. */
  frameMs: number
  /** The most label rows any step of the sweep stacked. */
  rows: number
}

/** Everything the axis recomputes when the window changes, as AxisPlot derives it; the rows stacked. */
function layOut(events: readonly TimelineEvent[], window: TimeWindow, width: number): number {
  const { rows } = layOutAxis(events, window, width)
  return axisTicks(window, width).length > 0 ? rows : -1
}

/**
 * The cost of one zoom step of the axis, for the shipped events and for `scale` times as many
 * (copies spread over the same years), over a sweep of zoom levels from "Since 2014" inwards.
 */
export async function benchTimeline(contentDir: string, scale: number): Promise<TimelineBenchRow> {
  const { timeline } = await loadContent(contentDir)
  const events = Array.from({ length: scale }, (_, copy) =>
    timeline.events.map((e) => ({ ...e, id: `${e.id}-${copy}`, date: shiftedDate(e.date, copy) }))
  ).flat()
  const windows: TimeWindow[] = []
  let window = (PRESETS.find((p) => p.id === 'since-2014') ?? PRESETS[0]).window
  for (let step = 0; step < 40; step += 1) {
    windows.push(window)
    window = zoomWindow(window, 1.3, 0.9)
  }
  let rows = 0
  const total = await medianMs(5, () => {
    for (const w of windows) rows = Math.max(rows, layOut(events, w, 1100))
  })
  return { events: events.length, frameMs: total / windows.length, rows }
}

/** A copy's date: the same month and day, `copy` days later, so copies spread rather than stack. */
function shiftedDate(date: string, copy: number): string {
  return utcDay
    .offset(new Date(`${date}T12:00:00Z`), copy)
    .toISOString()
    .slice(0, 10)
}

/** The rows as a Markdown table. */
export function timelineTable(rows: readonly TimelineBenchRow[]): string {
  return [
    '| events | one zoom step (layout, stacking, ticks) | most label rows |',
    '|---:|---:|---:|',
    ...rows.map((r) => `| ${r.events.toLocaleString('en-GB')} | ${ms(r.frameMs)} | ${r.rows} |`)
  ].join('\n')
}
