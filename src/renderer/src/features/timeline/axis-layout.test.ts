/**
 * The axis as a student sees it at each preset, on the shipped timeline: every event in view is
 * named, labels never overlap or leave the plot, groups form only where markers overlap and name
 * what they hold, and the week of 18 August reads hour by hour.
 */
import { describe, expect, it } from 'vitest'
import type { Timeline } from '@shared/timeline-schemas'
import shipped from '../../../../../resources/content/timeline.json'
import { eventTimeLine, labelText, layOutAxis, type AxisMarker } from './axis-layout'
import { PRESETS } from './presets'

// The shipped file, as the content loader's own tests check it against the schema.
const { events } = shipped as Timeline
const WIDTH = 1100
/** A little wider than the estimate the layout uses by default, as a browser's font may be. */
const measure = (text: string): number => text.length * 7.2
const preset = (id: string) => PRESETS.find((p) => p.id === id)!.window
const layout = (id: string) => layOutAxis(events, preset(id), WIDTH, { measure })
const title = (id: string) => events.find((e) => e.id === id)!.title
const named = (markers: readonly AxisMarker[]) => markers.map(labelText).join(' | ')

function expectTidy(markers: readonly AxisMarker[]): void {
  for (const m of markers) {
    expect(m.row, `${labelText(m)} has a row`).not.toBeNull()
    expect(m.left).toBeGreaterThanOrEqual(0)
    expect(m.left + m.width).toBeLessThanOrEqual(WIDTH)
  }
  for (const [i, a] of markers.entries()) {
    for (const b of markers.slice(i + 1)) {
      const apart = a.left + a.width <= b.left || b.left + b.width <= a.left
      const [aTop, bTop] = [a.row! + a.lines.length, b.row! + b.lines.length]
      const stacked = aTop <= b.row! || bTop <= a.row!
      expect(apart || stacked, `${labelText(a)} overlaps ${labelText(b)}`).toBe(true)
    }
  }
}

describe('the axis at each preset', () => {
  it('Feb–Aug 2025 names both Oval Office meetings and the Alaska summit', () => {
    const { markers } = layout('feb-aug-2025')
    for (const id of ['oval-office-february', 'oval-office-august', 'alaska-summit'])
      expect(named(markers)).toContain(title(id))
    expectTidy(markers)
  })

  it('Since 2014 names every event and keeps the Crimea label whole at the left edge', () => {
    const { markers } = layout('since-2014')
    for (const event of events) expect(named(markers)).toContain(event.title)
    expect(markers[0]!.ids).toEqual(['crimea-annexed'])
    expect(markers[0]!.left).toBe(0)
    expectTidy(markers)
  })

  it('the week of 18 Aug spreads 18 August over hours, in order, each with its Washington time', () => {
    const { markers } = layout('week-of-18-aug')
    const monday = ['oval-office-august', 'east-room-meeting', 'trump-putin-call', 'rutte-on-fox-news']
    const singles = monday.map((id) => markers.find((m) => m.ids.length === 1 && m.ids[0] === id)!)
    expect(singles.every((m) => m !== undefined)).toBe(true)
    const xs = singles.map((m) => m.x)
    expect([...xs].sort((a, b) => a - b)).toEqual(xs)
    expect(singles.map(labelText)).toEqual([
      'August Oval Office meeting about 1:15 pm EDT',
      'East Room meeting with European leaders afternoon, Eastern Time',
      'Trump–Putin phone call evening, Eastern Time; 19 Aug in Moscow',
      'Rutte on The Ingraham Angle night, Eastern Time'
    ])
    expect(named(markers)).toContain('Coalition of the willing meets online (about 12:15 CEST)')
    expectTidy(markers)
  })

  it('groups only markers that would overlap, and a group names every event it holds', () => {
    const { markers } = layout('feb-aug-2025')
    for (const group of markers.filter((m) => m.ids.length > 1)) {
      for (const id of group.ids) expect(labelText(group)).toContain(title(id))
    }
    const spread = markers.map((m) => m.x)
    for (const [i, x] of spread.slice(1).entries()) expect(x - spread[i]!).toBeGreaterThanOrEqual(24)
  })

  it('lists at most the titles asked for, saying how many more a group holds', () => {
    const { markers } = layOutAxis(events, preset('since-2014'), WIDTH, { measure, groupTitles: 3 })
    const group = markers.find((m) => m.ids.length === 13)!
    expect(labelText(group)).toMatch(
      /^28 Feb – 19 Aug · 13 events February Oval Office meeting, .* and 10 more$/
    )
  })

  it('leaves a label out, never overlapping, when the view has no more rows', () => {
    const { markers, rows } = layOutAxis(events, preset('week-of-18-aug'), 300, { measure, maxRows: 2 })
    expect(rows).toBeLessThanOrEqual(2)
    expect(markers.some((m) => m.row === null)).toBe(true)
  })
})

describe('an event’s time line', () => {
  it('says when it happened in its zone, where another capital’s date differs, or that no time is known', () => {
    const event = (id: string) => events.find((e) => e.id === id)!
    expect(eventTimeLine(event('oval-office-august'))).toBe('about 1:15 pm EDT')
    expect(eventTimeLine(event('trump-putin-call'))).toBe('evening, Eastern Time; 19 Aug in Moscow')
    expect(eventTimeLine(event('oval-office-february'))).toBe('time of day not recorded')
  })
})
