import { BACKUP_MAX_CHARS } from '@shared/limits'
import { api } from '../../lib/api'
import { saveFile } from '../../lib/save-file'
import { describeError } from '../../lib/state/status.svelte'

/** Full backup and restore, as the "Your data" dialog offers them. */
export class BackupState {
  busy = $state(false)
  /** What happened last, for the dialog's live region. */
  message = $state('')
  /** True when `message` reports a failure. */
  failed = $state(false)
  readonly #reload: () => void

  /** `reload` starts the app afresh once a restore has replaced its data (location.reload in the window). */
  constructor(reload: () => void) {
    this.#reload = reload
  }

  /** Save everything the user made as one file (a download, or Electron's save dialog). */
  async backUp(): Promise<void> {
    await this.#run(async () => {
      const file = await api['backup:export']({})
      saveFile(file)
      this.#say(`Backed up everything to ${file.fileName}.`)
    }, 'The backup could not be made')
  }

  /** Replace all the user's data with the backup in `file`; on success, start the app afresh. */
  async restore(file: File): Promise<void> {
    // Bytes, not characters: a character is at most 4 bytes in UTF-8; the host checks the exact limit.
    if (file.size > BACKUP_MAX_CHARS * 4) {
      this.#say(`${file.name} is too large to be a Debrief backup. Nothing was changed.`, true)
      return
    }
    await this.#run(async () => {
      await api['backup:restore']({ text: await file.text() })
      this.#say('Restored. Debrief is reloading with your backup…')
      this.#reload()
    }, `${file.name} was not restored`)
  }

  async #run(work: () => Promise<void>, failure: string): Promise<void> {
    this.busy = true
    try {
      await work()
    } catch (error) {
      this.#say(`${failure}: ${describeError(error)}`, true)
    } finally {
      this.busy = false
    }
  }

  #say(message: string, failed = false): void {
    this.message = message
    this.failed = failed
  }
}
