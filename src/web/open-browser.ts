import { spawn as spawnProcess } from 'node:child_process'
import { rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { FILE_MODE } from '../main/store/file-modes'

/** The program that opens a file in the user's browser, on each platform. */
export function openerFor(platform: NodeJS.Platform, file: string): { command: string; args: string[] } {
  if (platform === 'darwin') return { command: 'open', args: [file] }
  if (platform === 'win32') return { command: 'rundll32', args: ['url.dll,FileProtocolHandler', file] }
  return { command: 'xdg-open', args: [file] }
}

/** The page that sends the browser on to `launchUrl`, at once. */
export function launchPage(launchUrl: string): string {
  const escaped = launchUrl.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')
  return (
    `<!doctype html><meta charset="utf-8"><meta name="referrer" content="no-referrer">` +
    `<meta http-equiv="refresh" content="0;url=${escaped}"><title>Opening Debrief…</title>` +
    `<p>Opening Debrief… If nothing happens, <a href="${escaped}">open it here</a>.</p>`
  )
}

/** How long the launch page stays on disk: long enough for a browser to start and read it. */
export const LAUNCH_PAGE_MS = 60_000

export interface OpenOptions {
  /** Where the launch page is written: a folder only this account can read (the data folder). */
  folder: string
  platform?: NodeJS.Platform
  spawn?: typeof spawnProcess
  setTimer?: (run: () => void, ms: number) => unknown
}

/**
 * Open `launchUrl` (which holds this launch's secret) in the user's browser without putting the
 * secret on any command line, where every account on the computer could read it (`ps`): the
 * browser is handed a page in the private data folder (0600) that sends it on, and the page is
 * deleted a minute later. Answers whether the opener started; when it did not (no desktop, no
 * opener), the address printed beside it is the way in.
 */
export async function openInBrowser(launchUrl: string, options: OpenOptions): Promise<boolean> {
  const { folder, platform = process.platform, spawn = spawnProcess, setTimer = setTimeout } = options
  const page = join(folder, 'open-debrief.html')
  await writeFile(page, launchPage(launchUrl), { mode: FILE_MODE })
  const forget = (): void => void rm(page, { force: true })
  setTimer(forget, LAUNCH_PAGE_MS)
  const { command, args } = openerFor(platform, page)
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'ignore', detached: true })
    child.once('error', () => {
      forget()
      resolve(false)
    })
    child.once('spawn', () => {
      child.unref()
      resolve(true)
    })
  })
}
