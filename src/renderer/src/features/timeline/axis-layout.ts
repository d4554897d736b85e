/**
 * Everything the time axis draws for one window, as one pure function (the axis and the bench both
 * call it): which events are in view, which markers would overlap and so share a group marker, what
 * each label says, and the row each label is stacked in.
 */
import { formatEventWhen } from '@shared/timeline-dates'
import type { TimelineEvent } from '@shared/timeline-schemas'
import {
  estimateLabelWidth,
  groupCaption,
  groupMarkers,
  labelLeft,
  stackLabels,
  wrapItems
} from './marker-layout'
import { axisScale, eventAxisTime, type TimeWindow } from './time-window'

/** One piece of a label line: an event's title (with its id), or a caption or time (id null). */
export interface LabelItem {
  id: string | null
  text: string
}

/** A marker on the axis and its label, placed. */
export interface AxisMarker {
  ids: string[]
  /** The marker's centre on the axis, in pixels from the left of the plot. */
  x: number
  /** The label's lines, top to bottom; the items of a line are read with ", " between them. */
  lines: LabelItem[][]
  /** The label's left edge and width, kept inside the plot. */
  left: number
  width: number
  /** The label's bottom row (0 nearest the axis), spanning `lines.length` rows upwards; null: no room. */
  row: number | null
}

export interface AxisLayout {
  markers: AxisMarker[]
  /** How many label rows the stacking used: the plot is drawn this tall. */
  rows: number
}

export interface AxisLayoutOptions {
  /** A text's width in pixels at the label font (the axis measures; tests and the bench estimate). */
  measure?: (text: string) => number
  /** Markers closer than this many pixels would overlap, and share one group marker. */
  markerSize?: number
  /** The widest a group's list of titles grows before it wraps. */
  groupWidth?: number
  /** The most titles a group lists; beyond them it says how many more it holds. */
  groupTitles?: number
  /** Horizontal padding inside a label. */
  padding?: number
  /** At or below this span the axis reads hour by hour, and each timed label says when. */
  hourlySpanMs?: number
  /** The most label rows the view has room for. */
  maxRows?: number
}

const dayMonth = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'short' })
const timeLines = new WeakMap<TimelineEvent, string>()

/**
 * When in its day an event happened, for its label on an hour-by-hour axis: its local time and zone,
 * and where another capital's date differs, that date ("evening, Eastern Time; 19 Aug in Moscow").
 * An event placed at noon for want of a time says so, so that no one reads its place as a time.
 */
export function eventTimeLine(event: TimelineEvent): string {
  const cached = timeLines.get(event)
  if (cached !== undefined) return cached
  const { time } = formatEventWhen(event, [])
  const others = event.otherLocalDates
    .filter((o) => o.date !== event.date)
    .map((o) => `${dayMonth.format(new Date(`${o.date}T12:00:00Z`))} in ${o.place}`)
  const line = [time ?? 'time of day not recorded', ...others].join('; ')
  timeLines.set(event, line)
  return line
}

/** How close (in pixels) two events' markers may come before they share one. */
export const MARKER_SIZE = 24

/** The markers and stacked labels of `events` (in timeline order) on an axis `width` pixels wide. */
export function layOutAxis(
  events: readonly TimelineEvent[],
  window: TimeWindow,
  width: number,
  {
    measure = (text) => estimateLabelWidth(text, 7, 0),
    markerSize = MARKER_SIZE,
    groupWidth = 420,
    groupTitles = 16,
    padding = 14,
    hourlySpanMs = 4 * 86_400_000,
    maxRows = 24
  }: AxisLayoutOptions = {}
): AxisLayout {
  const x = axisScale(window, width)
  const byId = new Map<string, TimelineEvent>()
  const placed: { id: string; x: number }[] = []
  for (const event of events) {
    const at = x(eventAxisTime(event))
    if (at < 0 || at > width) continue
    byId.set(event.id, event)
    placed.push({ id: event.id, x: at })
  }
  const hourly = window.end.getTime() - window.start.getTime() <= hourlySpanMs
  const groups = groupMarkers(placed, markerSize)
  const labelled = groups.map((group) => {
    const lines = linesOf(
      group.ids,
      byId,
      hourly,
      Math.min(groupWidth, width - padding),
      groupTitles,
      measure
    )
    const textWidth = Math.max(...labelLines({ ids: group.ids, lines }).map(measure))
    const labelWidth = Math.min(width, Math.ceil(textWidth) + padding)
    return {
      ids: group.ids,
      x: group.x,
      lines,
      width: labelWidth,
      left: labelLeft(group.x, labelWidth, width)
    }
  })
  const rows = stackLabels(
    labelled.map((l) => ({ left: l.left, width: l.width, lines: l.lines.length })),
    8,
    maxRows
  )
  const markers = labelled.map((l, i) => ({ ...l, row: rows[i] ?? null }))
  return {
    markers,
    rows: Math.max(0, ...markers.map((m) => (m.row === null ? 0 : m.row + m.lines.length)))
  }
}

/** A single event's title (and, hour by hour, its time); a group's dates and count, then every title. */
function linesOf(
  ids: readonly string[],
  byId: ReadonlyMap<string, TimelineEvent>,
  hourly: boolean,
  maxWidth: number,
  maxTitles: number,
  measure: (text: string) => number
): LabelItem[][] {
  const events = ids.map((id) => byId.get(id)!)
  if (events.length === 1) {
    const [event] = events as [TimelineEvent]
    const title = [{ id: event.id, text: event.title }]
    return hourly ? [title, [{ id: null, text: eventTimeLine(event) }]] : [title]
  }
  const caption = [{ id: null, text: groupCaption(events.map((e) => e.date)) }]
  const listed = events.slice(0, maxTitles)
  const items: LabelItem[] = listed.map((e) => {
    return { id: e.id, text: hourly ? `${e.title} (${eventTimeLine(e)})` : e.title }
  })
  if (events.length > listed.length)
    items.push({ id: null, text: `and ${events.length - listed.length} more` })
  const byText = new Map(items.map((item) => [item.text, item]))
  const lines = wrapItems(
    items.map((item) => item.text),
    maxWidth,
    measure
  )
  return [caption, ...lines.map((line) => line.map((text) => byText.get(text)!))]
}

/**
 * A label's lines as shown: a line's items read with ", " between them, and a group's list of titles
 * carries its comma over a line break.
 */
export function labelLines(marker: Pick<AxisMarker, 'lines' | 'ids'>): string[] {
  const last = marker.lines.length - 1
  return marker.lines.map(
    (line, l) =>
      line.map((item) => item.text).join(', ') + (marker.ids.length > 1 && l > 0 && l < last ? ',' : '')
  )
}

/** A label's text as read aloud and as axe compares it with the marker's name: every line, in order. */
export function labelText(marker: Pick<AxisMarker, 'lines' | 'ids'>): string {
  return labelLines(marker).join(' ')
}
