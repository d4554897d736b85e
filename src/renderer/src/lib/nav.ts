import type { Component } from 'svelte'
import FlashcardsView from '../features/flashcards/FlashcardsView.svelte'
import NotesView from '../features/notes/NotesView.svelte'
import ReaderView from '../features/reader/ReaderView.svelte'
import TimelineView from '../features/timeline/TimelineView.svelte'
import type { IconName } from './components/icons'
import type { ViewProps } from './state/app.svelte'

/** One entry of the main navigation and the view it opens. */
export interface NavEntry {
  id: string
  label: string
  icon: IconName
  view: Component<ViewProps>
}

/** The main navigation, in order. A new feature adds one line here. */
export const NAV_ENTRIES: readonly [NavEntry, ...NavEntry[]] = [
  { id: 'read', label: 'Read', icon: 'book', view: ReaderView },
  { id: 'notes', label: 'Notes', icon: 'notes', view: NotesView },
  { id: 'timeline', label: 'Timeline', icon: 'timeline', view: TimelineView },
  { id: 'flashcards', label: 'Flashcards', icon: 'cards', view: FlashcardsView }
]
