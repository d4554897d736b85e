import { api } from '../api'
import { DEFAULT_SETTINGS } from '@shared/limits'
import type { Settings } from '@shared/schemas'
import type { StatusState } from './status.svelte'

/** The reader's settings, shown at once and saved through `settings:update`. */
export class SettingsState {
  value = $state<Settings>({ ...DEFAULT_SETTINGS })
  loaded = $state(false)
  readonly #status: StatusState
  /** Changes of this window's still being saved. */
  #saving = 0
  /** Changes of this window's begun so far: a fetch begun before the latest one is out of date. */
  #changes = 0
  /** A fetch's answer was dropped for a change still being saved: if that save fails, fetch again. */
  #dropped = false

  constructor(status: StatusState) {
    this.#status = status
  }

  /** Start from the saved settings already at hand (sent with the page). */
  seed(value: Settings): void {
    this.value = value
    this.loaded = true
  }

  /**
   * Fetch the saved settings; on failure keep the defaults and say so. An answer overtaken by a
   * change of this window's is dropped: it may have been read before that change was written, and
   * the change's own answer brings the settings.
   */
  async load(): Promise<void> {
    const changes = this.#changes
    try {
      const value = await api['settings:get']({})
      if (changes === this.#changes) this.value = value
      else this.#dropped = true
    } catch (error) {
      this.#status.reportError('Your reading settings could not be loaded, so the defaults are in use', error)
    } finally {
      this.loaded = true
    }
  }

  /**
   * Fetch the settings again because another window changed them; not while a change of this
   * window's is being saved (its answer brings them, and an older fetch would undo it on screen).
   */
  async refresh(): Promise<void> {
    if (this.#saving === 0) await this.load()
  }

  /**
   * Apply `patch` immediately, then save it. If saving fails, the changed settings go back to what
   * they were (unless changed again meanwhile) and the user is told. The answer (the whole of what
   * is saved) is shown unless a later change has begun: it was written before that change, and
   * would undo it on screen; the later change's own answer brings it.
   */
  async update(patch: Partial<Settings>): Promise<void> {
    const before = this.value
    this.value = { ...before, ...patch }
    this.#saving += 1
    const change = ++this.#changes
    try {
      const saved = await api['settings:update'](patch)
      if (change === this.#changes) {
        this.value = saved
        // It holds a dropped fetch's news too.
        this.#dropped = false
      } else this.#dropped = true
    } catch (error) {
      const reverted = { ...this.value }
      for (const key of Object.keys(patch) as (keyof Settings)[]) {
        if (this.value[key] === patch[key]) Object.assign(reverted, { [key]: before[key] })
      }
      this.value = reverted
      this.#status.reportError('Your change could not be saved', error)
      // The dropped answer may have held another window's change, which the revert cannot know.
      if (this.#dropped) {
        this.#dropped = false
        void this.load()
      }
    } finally {
      this.#saving -= 1
    }
  }
}
