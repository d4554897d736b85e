import type { Component } from 'svelte'
import ReaderView from './features/reader/ReaderView.svelte'
import type { IconName } from './lib/components/icons'
import type { ViewProps } from './app-state.svelte'

/** A view's module, loaded when the view is first opened. */
export type ViewModule = Promise<{ default: Component<ViewProps> }>

/**
 * One entry of the main navigation and the view it opens. The reader, the first screen, is part
 * of the page's script; every other view is fetched the first time it is opened, so the first
 * screen does not wait for code it does not show.
 */
export type NavEntry = {
  id: string
  label: string
  icon: IconName
} & ({ view: Component<ViewProps> } | { load: () => ViewModule })

/** The main navigation, in order. A new feature adds one line here. */
export const NAV_ENTRIES: readonly [NavEntry, ...NavEntry[]] = [
  { id: 'read', label: 'Read', icon: 'book', view: ReaderView },
  { id: 'notes', label: 'Notes', icon: 'notes', load: () => import('./features/notes/NotesView.svelte') },
  {
    id: 'timeline',
    label: 'Timeline',
    icon: 'timeline',
    load: () => import('./features/timeline/TimelineView.svelte')
  },
  {
    id: 'flashcards',
    label: 'Flashcards',
    icon: 'cards',
    load: () => import('./features/flashcards/FlashcardsView.svelte')
  },
  { id: 'xray', label: 'X-Ray', icon: 'people', load: () => import('./features/xray/XrayView.svelte') }
]
