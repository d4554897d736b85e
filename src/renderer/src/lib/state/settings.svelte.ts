import { api } from '../api'
import { DEFAULT_SETTINGS } from '@shared/limits'
import type { Settings } from '@shared/schemas'
import type { StatusState } from './status.svelte'

/** The reader's settings, shown at once and saved through `settings:update`. */
export class SettingsState {
  value = $state<Settings>({ ...DEFAULT_SETTINGS })
  loaded = $state(false)
  readonly #status: StatusState

  constructor(status: StatusState) {
    this.#status = status
  }

  /** Start from the saved settings already at hand (sent with the page). */
  seed(value: Settings): void {
    this.value = value
    this.loaded = true
  }

  /** Fetch the saved settings; on failure keep the defaults and say so. */
  async load(): Promise<void> {
    try {
      this.value = await api['settings:get']({})
    } catch (error) {
      this.#status.reportError('Your reading settings could not be loaded, so the defaults are in use', error)
    } finally {
      this.loaded = true
    }
  }

  /**
   * Apply `patch` immediately, then save it. If saving fails, the changed settings go back to what
   * they were (unless changed again meanwhile) and the user is told.
   */
  async update(patch: Partial<Settings>): Promise<void> {
    const before = this.value
    this.value = { ...before, ...patch }
    try {
      this.value = await api['settings:update'](patch)
    } catch (error) {
      const reverted = { ...this.value }
      for (const key of Object.keys(patch) as (keyof Settings)[]) {
        if (this.value[key] === patch[key]) Object.assign(reverted, { [key]: before[key] })
      }
      this.value = reverted
      this.#status.reportError('Your change could not be saved', error)
    }
  }
}
