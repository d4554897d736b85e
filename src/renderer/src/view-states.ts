import type { AppState } from './app-state.svelte'
import { FlashcardsState, flashcardsContext } from './features/flashcards/flashcards.svelte'
import { SectionRecallState, sectionRecallContext } from './features/flashcards/recall.svelte'

/**
 * Make the state that views keep between visits, and hand it down by context. The app root calls
 * this once while it initialises, so the state lives as long as the app (made inside a view, its
 * derived values would stop updating once that view closed) and every view reads the same one.
 */
export function provideViewStates(app: AppState): void {
  flashcardsContext.set(new FlashcardsState(app))
  sectionRecallContext.set(new SectionRecallState(app))
}
