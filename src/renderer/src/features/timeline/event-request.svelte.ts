import type { AppState } from '../../app-state.svelte'

/**
 * The timeline event another view asked to open (a search result, an X-Ray entry's event). The
 * timeline takes it when it can show it (its content may arrive after the ask): selected, in view
 * with a marker of its own, and focused. Kept apart from the timeline's state so asking loads none
 * of the timeline's code.
 */
class EventRequest {
  id = $state<string | null>(null)

  /** The event asked for, once: a later visit shows what was selected then. */
  take(): string | null {
    const id = this.id
    this.id = null
    return id
  }

  /** Open the timeline at event `id`, from any view. */
  open(app: AppState, id: string): void {
    this.id = id
    app.view = 'timeline'
  }
}

export const eventRequest = new EventRequest()
