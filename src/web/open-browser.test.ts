import type { spawn as spawnProcess } from 'node:child_process'
import { EventEmitter } from 'node:events'
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { LAUNCH_PAGE_MS, launchPage, openerFor, openInBrowser } from './open-browser'

const URL = 'http://127.0.0.1:5299/?token=s3cr3t-launch-token'

/** A stand-in for child_process.spawn that records what it was asked and starts, or fails to. */
function fakeSpawn(outcome: 'spawn' | 'error') {
  const calls: { command: string; args: string[] }[] = []
  const spawn = ((command: string, args: string[]) => {
    calls.push({ command, args })
    const child = Object.assign(new EventEmitter(), { unref: () => {} })
    queueMicrotask(() =>
      child.emit(outcome, outcome === 'error' ? new Error('spawn xdg-open ENOENT') : undefined)
    )
    return child
  }) as unknown as typeof spawnProcess
  return { spawn, calls }
}

describe('npm run web opens the browser', () => {
  const folders: string[] = []
  afterEach(async () => {
    for (const folder of folders.splice(0)) await rm(folder, { recursive: true, force: true })
  })
  const folder = async (): Promise<string> => {
    const made = await mkdtemp(join(tmpdir(), 'debrief-open-'))
    folders.push(made)
    return made
  }

  it('hands the opener a private page, never the secret on a command line other accounts can read', async () => {
    const dir = await folder()
    const { spawn, calls } = fakeSpawn('spawn')
    const timers: [() => void, number][] = []
    const opened = await openInBrowser(URL, {
      folder: dir,
      platform: 'linux',
      spawn,
      setTimer: (run, ms) => timers.push([run, ms])
    })
    expect(opened).toBe(true)
    const page = join(dir, 'open-debrief.html')
    expect(calls).toEqual([{ command: 'xdg-open', args: [page] }])
    expect(JSON.stringify(calls)).not.toContain('s3cr3t')
    expect((await stat(page)).mode & 0o777).toBe(0o600)
    expect(await readFile(page, 'utf8')).toContain(`content="0;url=${URL}"`)
    // A minute later the page, and the secret in it, is gone from the disk.
    expect(timers.map(([, ms]) => ms)).toEqual([LAUNCH_PAGE_MS])
    timers[0]![0]()
    await expect
      .poll(() =>
        stat(page).then(
          () => 'there',
          () => 'gone'
        )
      )
      .toBe('gone')
  })

  it('answers false and leaves no page when there is no opener (a machine without a desktop)', async () => {
    const dir = await folder()
    const { spawn } = fakeSpawn('error')
    expect(await openInBrowser(URL, { folder: dir, platform: 'linux', spawn, setTimer: () => {} })).toBe(
      false
    )
    await expect
      .poll(() =>
        stat(join(dir, 'open-debrief.html')).then(
          () => 'there',
          () => 'gone'
        )
      )
      .toBe('gone')
  })

  it('uses each platform’s own opener', () => {
    expect(openerFor('darwin', '/d/p.html')).toEqual({ command: 'open', args: ['/d/p.html'] })
    expect(openerFor('win32', 'C:\\d\\p.html')).toEqual({
      command: 'rundll32',
      args: ['url.dll,FileProtocolHandler', 'C:\\d\\p.html']
    })
    expect(openerFor('linux', '/d/p.html').command).toBe('xdg-open')
  })

  it('writes the address into the page as an attribute, escaped', () => {
    const page = launchPage('http://127.0.0.1:1/?token=a"><script>x</script>&b')
    expect(page).not.toContain('<script>')
    // Inside a quoted attribute, only &, " and < need escaping.
    expect(page).toContain('token=a&quot;>&lt;script>x&lt;/script>&amp;b')
  })
})
