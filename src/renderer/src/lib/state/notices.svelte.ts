import type { StoreInfo } from '@shared/api'
import type { Notice } from '@shared/schemas'
import { api } from '../api'
import type { StatusState } from './status.svelte'

/** Messages about the user's data, and where that data lives. */
export class NoticesState {
  list = $state<Notice[]>([])
  info = $state<StoreInfo | null>(null)
  loaded = $state(false)
  readonly #status: StatusState

  constructor(status: StatusState) {
    this.#status = status
  }

  /** Start from the notices and the store's whereabouts already at hand (sent with the page). */
  seed(list: Notice[], info: StoreInfo): void {
    this.list = list
    this.info = info
    this.loaded = true
  }

  /** Fetch the undismissed notices and the store's whereabouts. */
  async load(): Promise<void> {
    const [notices, info] = await Promise.allSettled([api['notices:list']({}), api['store:info']({})])
    if (notices.status === 'fulfilled') this.list = notices.value
    else this.#status.reportError('Messages about your data could not be loaded', notices.reason)
    if (info.status === 'fulfilled') this.info = info.value
    this.loaded = true
  }

  /** Dismiss one notice for good. */
  async dismiss(id: string): Promise<void> {
    try {
      this.list = await api['notices:dismiss']({ id })
    } catch (error) {
      this.#status.reportError('That message could not be dismissed', error)
    }
  }
}
