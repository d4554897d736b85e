/**
 * The timeline's shared state: an arrow that leaves a preset's window says so, opening a group
 * selects its first event, and the map follows the selected event to where it happened.
 */
import { describe, expect, it } from 'vitest'
import type { Places } from '@shared/places-schemas'
import type { Timeline } from '@shared/timeline-schemas'
import shippedPlaces from '../../../../../resources/content/places.json'
import shippedTimeline from '../../../../../resources/content/timeline.json'
import type { AppState } from '../../app-state.svelte'
import { layOutAxis } from './axis-layout'
import { PRESETS } from './presets'
import { TimelineState } from './timeline.svelte'

// The shipped files, as the content loader's own tests check them against their schemas.
const content = { timeline: shippedTimeline as Timeline, places: shippedPlaces as Places }
const state = () => new TimelineState(() => ({ content }) as unknown as AppState)
const week = PRESETS.find((p) => p.id === 'week-of-18-aug')!
const anchor = () => 0.5

describe('the timeline state', () => {
  it('says nothing while the arrows stay inside the preset, and says so when they leave it', () => {
    const timeline = state()
    timeline.showPreset(week)
    timeline.select('oval-office-august')
    timeline.handleKey('ArrowRight', false, anchor)
    expect(timeline.selectedId).toBe('east-room-meeting')
    expect(timeline.notice).toBe('')

    timeline.select('oval-office-august')
    timeline.handleKey('ArrowLeft', false, anchor)

    expect(timeline.selectedId).toBe('ceasefire-demand-dropped')
    expect(timeline.notice).toBe(
      'Trump drops the ceasefire demand lies outside The week of 18 Aug: the axis moved to show it.'
    )
    timeline.zoom(2)
    expect(timeline.notice).toBe('')
  })

  it('opens a group by framing its events and selecting the first', () => {
    const timeline = state()
    timeline.openGroup(['oval-office-february', 'coalition-launched'])
    expect(timeline.selectedId).toBe('oval-office-february')
    expect(timeline.window.end.getTime() - timeline.window.start.getTime()).toBeLessThan(10 * 86_400_000)
  })

  it('shows on the map where the selected event happened, unless a place holding it was chosen', () => {
    const timeline = state()
    expect(timeline.shownPlace).toBeNull()
    timeline.select('trump-putin-call')
    expect(timeline.shownPlace?.id).toBe('washington')
    timeline.choosePlace('moscow')
    timeline.select('trump-putin-call')
    expect(timeline.shownPlace?.id).toBe('moscow')
    timeline.select('alaska-summit')
    expect(timeline.shownPlace?.id).toBe('anchorage')
  })

  it('switches between one axis and the two meetings', () => {
    const timeline = state()
    timeline.showTwoMeetings()
    expect(timeline.twoMeetings).toBe(true)
    timeline.showPreset(week)
    expect(timeline.twoMeetings).toBe(false)
    expect(timeline.window).toEqual(week.window)
  })

  it('opens an event asked for from elsewhere: selected, on the axis, with a marker of its own', () => {
    const timeline = state()
    timeline.pane = 'compare'
    timeline.showTwoMeetings()
    const width = 900
    const markerOf = (id: string) =>
      layOutAxis(timeline.events, timeline.window, width).markers.find((m) => m.ids.includes(id))
    // At the default zoom the 18 August events share one marker.
    expect(markerOf('east-room-meeting')!.ids.length).toBeGreaterThan(1)

    expect(timeline.openEvent('east-room-meeting')).toBe(true)
    expect(timeline.selectedId).toBe('east-room-meeting')
    expect(timeline.pane).toBe('axis')
    expect(timeline.twoMeetings).toBe(false)
    timeline.reveal(width)

    expect(markerOf('east-room-meeting')!.ids).toEqual(['east-room-meeting'])
    expect(timeline.revealId).toBeNull()
  })

  it('an event far off the axis is brought into view; the list stays the list; an unknown event changes nothing', () => {
    const timeline = state()
    timeline.showPreset(week)
    timeline.pane = 'list'
    expect(timeline.openEvent('crimea-annexed')).toBe(true)
    expect(timeline.pane).toBe('list')
    expect(timeline.revealId).toBeNull()
    const marker = layOutAxis(timeline.events, timeline.window, 900).markers.find((m) =>
      m.ids.includes('crimea-annexed')
    )
    expect(marker?.ids).toEqual(['crimea-annexed'])

    const before = timeline.window
    expect(timeline.openEvent('no-such-event')).toBe(false)
    expect(timeline.selectedId).toBe('crimea-annexed')
    expect(timeline.window).toBe(before)
  })
})
