import type { EventNote, TimelineEvent } from '@shared/timeline-schemas'
import { revisionOf } from '@shared/revision'
import { api } from '../../lib/api'
import { isConflictError, type SaveOutcome } from '../../lib/state/data-changes'
import type { AppState } from '../../app-state.svelte'
import { axisCommand } from './axis-keys'
import { MARKER_SIZE } from './axis-layout'
import { DEFAULT_PRESET, presetShowing, type TimelinePreset } from './presets'
import {
  eventAxisTime,
  panWindow,
  windowAround,
  windowParting,
  windowShowing,
  zoomWindow,
  type TimeWindow
} from './time-window'

/**
 * The timeline's panes: the axis, the same events as a table, the map and its table of places,
 * the comparison and the drill.
 */
export type TimelinePane = 'axis' | 'list' | 'map' | 'places' | 'compare' | 'drill'

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

  /** Where it happened (shipped with the content; null only in a store not yet refreshed). */
  places = $derived.by(() => this.#app().content?.places ?? null)
  /** The place chosen on the map or in its table; null before any. */
  placeId = $state<string | null>(null)
  /** The place the map shows: the one chosen, else the first where the selected event happened. */
  shownPlace = $derived.by(() => {
    const list = this.places?.places ?? []
    return (
      list.find((p) => p.id === this.placeId) ??
      list.find((p) => this.selectedId !== null && p.eventIds.includes(this.selectedId)) ??
      null
    )
  })

  pane = $state<TimelinePane>('axis')
  window = $state.raw<TimeWindow>(DEFAULT_PRESET.window)
  /** "The two meetings": 28 February and 18 August side by side, instead of one axis. */
  twoMeetings = $state(false)
  /** What the last move did that the reader should be told (leaving a preset's window), else ''. */
  notice = $state('')
  selectedId = $state<string | null>(null)
  /** An event opened from elsewhere that the axis must still part from its group, once it has a width. */
  revealId = $state<string | null>(null)
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
    this.twoMeetings = false
    this.notice = ''
    this.window = preset.window
  }

  /** Show the two Oval Office meetings side by side. */
  showTwoMeetings(): void {
    this.twoMeetings = true
    this.notice = ''
  }

  /** Zoom by `factor` around `anchor` (a fraction of the axis width). */
  zoom(factor: number, anchor = 0.5): void {
    this.notice = ''
    this.window = zoomWindow(this.window, factor, anchor)
  }

  /** Pan by `fraction` of the axis width. */
  pan(fraction: number): void {
    this.notice = ''
    this.window = panWindow(this.window, fraction)
  }

  /** Choose a place: the map shows it and its events. */
  choosePlace(id: string): void {
    this.placeId = id
  }

  /**
   * Select an event and bring it into view. When that moves the axis out of the preset it was
   * showing, `notice` says so: the arrow keys never leave a preset's window silently.
   */
  select(id: string): void {
    const event = this.events.find((e) => e.id === id)
    if (event === undefined) return
    this.selectedId = id
    // The map follows the event to where it happened, unless the chosen place is one of those.
    if (this.shownPlace !== null && !this.shownPlace.eventIds.includes(id)) this.placeId = null
    const preset = presetShowing(this.window)
    this.window = windowShowing(this.window, eventAxisTime(event))
    this.notice =
      preset !== null && presetShowing(this.window) !== preset
        ? `${event.title} lies outside ${preset.label}: the axis moved to show it.`
        : ''
  }

  /**
   * Open the timeline at event `id`, asked for from another view: selected (its details shown), on
   * the axis (or in the list, if that is open). The axis then reveals it (see `reveal`). False when
   * the timeline has no such event.
   */
  openEvent(id: string): boolean {
    if (!this.events.some((e) => e.id === id)) return false
    this.twoMeetings = false
    if (this.pane !== 'list') this.pane = 'axis'
    this.select(id)
    // The list shows the row itself; the axis, when next drawn, must not take focus from the tabs.
    this.revealId = this.pane === 'list' ? null : id
    return true
  }

  /**
   * Zoom in on the event being revealed until it has a marker of its own on an axis `width` pixels
   * wide: an event asked for by name is shown, never left inside a group.
   */
  reveal(width: number): void {
    const event = this.events.find((e) => e.id === this.revealId)
    if (event === undefined || width <= 0) return
    this.revealId = null
    const times = this.events.map(eventAxisTime)
    this.window = windowParting(this.window, eventAxisTime(event), times, width, MARKER_SIZE)
  }

  /** Zoom to frame these events: opening a group marker parts them, and selects the first. */
  openGroup(ids: readonly string[]): void {
    const inGroup = this.events.filter((e) => ids.includes(e.id))
    if (inGroup.length === 0) return
    this.window = windowAround(inGroup.map(eventAxisTime))
    this.selectedId = inGroup[0]!.id
    this.notice = ''
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

  /**
   * Change a note's text and tags; true when it was saved. The text is saved over `base`, the text
   * the user started from: when another window changed it meanwhile, nothing is saved and the
   * answer is that window's text, for the user to choose between.
   */
  async editNote(id: string, note: string, tags: string[], base?: string): Promise<SaveOutcome> {
    try {
      // An unchanged text is not sent: a tag change alone cannot clash with another window's text.
      const text = base === undefined ? { note } : note === base ? {} : { note, revision: revisionOf(base) }
      const edited = await api['eventnotes:edit']({ id, tags, ...text })
      this.notes = (this.notes ?? []).map((n) => (n.id === id ? edited : n))
      return true
    } catch (error) {
      if (isConflictError(error)) {
        await this.loadNotes()
        return { theirs: this.notes?.find((n) => n.id === id)?.note ?? '' }
      }
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
