import type { EventNote, TimelineEvent } from '@shared/timeline-schemas'
import { api } from '../../lib/api'
import type { AppState } from '../../app-state.svelte'
import { axisCommand } from './axis-keys'
import { DEFAULT_PRESET, type TimelinePreset } from './presets'
import {
  eventAxisTime,
  panWindow,
  windowAround,
  windowShowing,
  zoomWindow,
  type TimeWindow
} from './time-window'

/** The timeline's four panes: the axis, the same events as a table, the comparison and the drill. */
export type TimelinePane = 'axis' | 'list' | 'compare' | 'drill'

/** What the timeline shows and remembers: the window on the axis, the selected event, event notes. */
export class TimelineState {
  readonly #app: () => AppState

  timeline = $derived.by(() => this.#app().content?.timeline ?? null)
  events = $derived<TimelineEvent[]>(this.timeline?.events ?? [])
  eventIds = $derived(this.events.map((e) => e.id))
  /** The two Oval Office meetings, drawn filled on the axis. */
  focusIds = $derived(
    this.timeline === null
      ? []
      : [this.timeline.comparison.februaryEventId, this.timeline.comparison.augustEventId]
  )

  pane = $state<TimelinePane>('axis')
  window = $state.raw<TimeWindow>(DEFAULT_PRESET.window)
  selectedId = $state<string | null>(null)
  selected = $derived(this.events.find((e) => e.id === this.selectedId) ?? null)

  /** Every note on every event, oldest first; null until loaded. */
  notes = $state.raw<EventNote[] | null>(null)
  /** How many notes each event has, by event id. */
  noteCounts = $derived.by((): Readonly<Record<string, number>> => {
    const noted = (this.notes ?? []).map((n) => n.eventId)
    return Object.fromEntries(
      this.eventIds.map((id) => [id, noted.filter((eventId) => eventId === id).length])
    )
  })
  /** Notes whose event is no longer in the timeline: kept and shown, never dropped. */
  detachedNotes = $derived((this.notes ?? []).filter((n) => !this.eventIds.includes(n.eventId)))

  /** @param app the app's shared state (a getter, so refreshed content flows through) */
  constructor(app: () => AppState) {
    this.#app = app
  }

  /** Show a preset's stretch of time. */
  showPreset(preset: TimelinePreset): void {
    this.window = preset.window
  }

  /** Zoom by `factor` around `anchor` (a fraction of the axis width). */
  zoom(factor: number, anchor = 0.5): void {
    this.window = zoomWindow(this.window, factor, anchor)
  }

  /** Pan by `fraction` of the axis width. */
  pan(fraction: number): void {
    this.window = panWindow(this.window, fraction)
  }

  /** Select an event and bring it into view. */
  select(id: string): void {
    const event = this.events.find((e) => e.id === id)
    if (event === undefined) return
    this.selectedId = id
    this.window = windowShowing(this.window, eventAxisTime(event))
  }

  /** Zoom to frame these events: opening a group marker parts its events. */
  frame(ids: readonly string[]): void {
    const times = this.events.filter((e) => ids.includes(e.id)).map(eventAxisTime)
    if (times.length > 0) this.window = windowAround(times)
  }

  /**
   * Handle a key pressed on the axis; true when it was one of the axis's keys. Zooming keeps the
   * selected event (or the middle) where it is on screen.
   */
  handleKey(key: string, shift: boolean, anchorOf: (id: string) => number | null): boolean {
    const command = axisCommand(key, this.eventIds, this.selectedId, shift)
    if (command === null) return false
    if (command.kind === 'select') this.select(command.id)
    else if (command.kind === 'pan') this.pan(command.fraction)
    else {
      const anchor = this.selectedId === null ? null : anchorOf(this.selectedId)
      this.zoom(command.factor, anchor !== null && anchor >= 0 && anchor <= 1 ? anchor : 0.5)
    }
    return true
  }

  /** Fetch every event note. */
  async loadNotes(): Promise<void> {
    try {
      this.notes = await api['eventnotes:list']({})
    } catch (error) {
      this.#app().status.reportError('Your notes on the timeline could not be loaded', error)
    }
  }

  /** Add a note to an event; true when it was saved. */
  async addNote(eventId: string, note: string, tags: string[]): Promise<boolean> {
    try {
      const added = await api['eventnotes:add']({ eventId, note, tags })
      this.notes = [...(this.notes ?? []), added]
      return true
    } catch (error) {
      this.#app().status.reportError('The note could not be saved', error)
      return false
    }
  }

  /** Change a note's text and tags; true when it was saved. */
  async editNote(id: string, note: string, tags: string[]): Promise<boolean> {
    try {
      const edited = await api['eventnotes:edit']({ id, note, tags })
      this.notes = (this.notes ?? []).map((n) => (n.id === id ? edited : n))
      return true
    } catch (error) {
      this.#app().status.reportError('The note could not be changed', error)
      return false
    }
  }

  /** Delete a note. */
  async deleteNote(id: string): Promise<void> {
    try {
      await api['eventnotes:delete']({ id })
      this.notes = (this.notes ?? []).filter((n) => n.id !== id)
    } catch (error) {
      this.#app().status.reportError('The note could not be deleted', error)
    }
  }
}
