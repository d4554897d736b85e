/**
 * The data folder is private to the account that runs Debrief: the folder and every folder in it
 * 0700, every file 0600, so no other account on the computer can read or change it.
 */
import { chmodSync, mkdirSync, statSync } from 'node:fs'
import { chmod, lstat, readdir } from 'node:fs/promises'
import { dirname, join } from 'node:path'

/** Mode of every file Debrief creates in its data folder. */
export const FILE_MODE = 0o600
/** Mode of the data folder and every folder in it. */
export const FOLDER_MODE = 0o700

/**
 * Create `dir` (and any missing parent) private to this account, or throw at once with the reason:
 * a folder that cannot be made (inside /proc, a file in the way, no permission) is an error to show.
 * Synchronous, because Electron needs its data folder before the app is ready; it is a few calls.
 */
export function makePrivateFolder(dir: string): void {
  makeFolder(dir)
  const current = statSync(dir).mode & 0o777
  if ((current & ~FOLDER_MODE) !== 0) chmodSync(dir, current & FOLDER_MODE)
}

/**
 * mkdir, making missing parents first. Not `mkdir(dir, { recursive: true })`: in a folder that
 * refuses new entries with ENOENT, as /proc does, Node's recursive mkdir retries forever.
 */
function makeFolder(dir: string): void {
  try {
    mkdirSync(dir, { mode: FOLDER_MODE })
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'EEXIST') {
      if (!statSync(dir).isDirectory()) throw error
      return
    }
    const parent = dirname(dir)
    if (code !== 'ENOENT' || parent === dir) throw error
    makeFolder(parent)
    // With its parent there, a second refusal is the folder's own.
    mkdirSync(dir, { mode: FOLDER_MODE })
  }
}

/**
 * Tighten everything in the data folder that is looser than it should be (a folder made by an
 * older Debrief, a file copied in by hand): the folder, its folders and their files. Symbolic
 * links are left alone (chmod would follow them out of the folder).
 */
export async function tightenDataFolder(dataDir: string): Promise<void> {
  await tighten(dataDir, FOLDER_MODE)
  for (const entry of await readdir(dataDir, { withFileTypes: true })) {
    const path = join(dataDir, entry.name)
    if (entry.isDirectory()) {
      await tighten(path, FOLDER_MODE)
      for (const inner of await readdir(path, { withFileTypes: true })) {
        if (inner.isFile()) await tighten(join(path, inner.name), FILE_MODE)
      }
    } else if (entry.isFile()) {
      await tighten(path, FILE_MODE)
    }
  }
}

/** chmod `path` to `mode` when it grants anything `mode` does not. */
async function tighten(path: string, mode: number): Promise<void> {
  const current = (await lstat(path)).mode & 0o777
  if ((current & ~mode) !== 0) await chmod(path, current & mode)
}
