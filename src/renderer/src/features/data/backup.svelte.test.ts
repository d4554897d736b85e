// @vitest-environment happy-dom
/**
 * The "Your data" dialog's state against a fake bridge: a backup is offered as a download, a
 * restore sends the file's text and reloads the app, and a refused or oversized file says why
 * without reloading.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { BACKUP_MAX_CHARS } from '@shared/limits'
import { installFakeBridge, Refusal, removeFakeBridge } from '../../../../test-util/renderer-bridge'
import { BackupState } from './backup.svelte'

afterEach(() => {
  removeFakeBridge()
  vi.restoreAllMocks()
})

describe('BackupState', () => {
  it('offers the backup as a download under its own name and says so', async () => {
    installFakeBridge({
      'backup:export': () => ({
        fileName: 'debrief-backup-2025-08-18.json',
        mimeType: 'application/json',
        text: '{}'
      })
    })
    const clicked: string[] = []
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download)
    })
    const backup = new BackupState(() => {})

    await backup.backUp()

    expect(clicked).toEqual(['debrief-backup-2025-08-18.json'])
    expect(backup.message).toBe('Backed up everything to debrief-backup-2025-08-18.json.')
    expect(backup.failed).toBe(false)
  })

  it("sends the file's text and reloads once the restore has succeeded", async () => {
    const calls = installFakeBridge({ 'backup:restore': () => ({}) })
    const reload = vi.fn()
    const backup = new BackupState(reload)

    await backup.restore(new File(['{"format":"debrief-backup"}'], 'mine.json'))

    expect(calls).toEqual([['backup:restore', { text: '{"format":"debrief-backup"}' }]])
    expect(reload).toHaveBeenCalledOnce()
    expect(backup.busy).toBe(false)
  })

  it("shows the host's reason for a refused file and does not reload", async () => {
    installFakeBridge({
      'backup:restore': new Refusal('This file is not a Debrief backup. Nothing was changed.')
    })
    const reload = vi.fn()
    const backup = new BackupState(reload)

    await backup.restore(new File(['[]'], 'other.json'))

    expect(backup.message).toBe(
      'other.json was not restored: This file is not a Debrief backup. Nothing was changed.'
    )
    expect(backup.failed).toBe(true)
    expect(reload).not.toHaveBeenCalled()
  })

  it('refuses a file far too large to be a backup without reading or sending it', async () => {
    const calls = installFakeBridge({})
    const backup = new BackupState(() => {})
    const huge = new File(['x'], 'video.json')
    Object.defineProperty(huge, 'size', { value: BACKUP_MAX_CHARS * 4 + 1 })

    await backup.restore(huge)

    expect(calls).toEqual([])
    expect(backup.message).toMatch(/too large to be a Debrief backup\. Nothing was changed\./)
    expect(backup.failed).toBe(true)
  })
})
