/**
 * One writer per data folder. Whoever opens the store (the desktop app, a browser host) first takes
 * this lock; a second process is refused with a message naming the folder and the process holding it.
 *
 * The lock is proper-lockfile's: a `debrief.lock` folder whose time stamp its holder refreshes every
 * few seconds, so a lock left behind by a crash goes stale and is taken over. Inside it, a holder
 * record says which app holds it (and its pid), for the refusal to name. The lock folder is made
 * complete elsewhere and renamed into place, so no one ever sees a lock without its record, even
 * after a kill at the worst moment; and a lock whose holder is provably gone (no such process on this
 * computer) is taken over at once rather than after the stale time: a restart right after a crash
 * must not be refused.
 */
import * as fs from 'node:fs'
import { readFile, readdir, rm, utimes } from 'node:fs/promises'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { lock } from 'proper-lockfile'
import { FILE_MODE, FOLDER_MODE } from './file-modes'

/** A lock not refreshed for this long belongs to a process that is gone (or frozen that long). */
const STALE_MS = 10_000
/** How often the holder refreshes its lock. */
const UPDATE_MS = 2_000
const HOLDER_FILE = 'holder.json'

/** Who holds a data folder, as the holder record says. */
export interface Holder {
  /** How the refusal names the holder: "the desktop app", "the browser host". */
  app: string
  pid: number
  hostname: string
}

/** A second process tried to open a data folder another one holds. */
export class DataFolderInUse extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: Holder | null
  ) {
    const who = holder ? `${holder.app}, pid ${holder.pid}` : 'another Debrief process'
    super(
      `Debrief is already open on this data folder, ${dataDir} (${who}). ` +
        'Close it, or start with --data-dir <another folder>.'
    )
    this.name = 'DataFolderInUse'
  }
}

/** A held data folder. */
export interface DataFolderLock {
  /** Let the folder go. */
  release(): Promise<void>
}

export interface LockOptions {
  /** How a refused process will name this one: "the desktop app", "the browser host". */
  app: string
  /** Called if the lock is lost while held (its folder deleted, or taken over after a long freeze). */
  onLost: (error: Error) => void
}

/** The lock folder in `dataDir`. */
export const lockPath = (dataDir: string): string => join(dataDir, 'debrief.lock')

type Callback = (error: NodeJS.ErrnoException | null) => void

/**
 * proper-lockfile's file system, with its lock folder made whole before it appears: a private
 * temp folder holding the record, renamed to the lock's name (which fails, as mkdir would, when a
 * lock is there: every lock folder holds a record, and a folder is not renamed over a full one).
 * Removing a lock removes its record with it.
 */
function lockFileSystem(record: string): object {
  const mkdir = (path: string, callback: Callback): void => {
    const temp = `${path}.${process.pid}.tmp`
    const undo = (error: NodeJS.ErrnoException): void =>
      fs.rm(temp, { recursive: true, force: true }, () => callback(error))
    fs.mkdir(temp, { mode: FOLDER_MODE }, (error) => {
      if (error) return callback(error)
      fs.writeFile(join(temp, HOLDER_FILE), record, { mode: FILE_MODE }, (error) => {
        if (error) return undo(error)
        fs.rename(temp, path, (error) => {
          if (!error) return callback(null)
          const taken = ['EEXIST', 'ENOTEMPTY', 'EPERM', 'EISDIR'].includes(error.code ?? '')
          undo(taken && fs.existsSync(path) ? Object.assign(error, { code: 'EEXIST' }) : error)
        })
      })
    })
  }
  return {
    ...fs,
    mkdir,
    rmdir: (path: string, callback: Callback) => fs.rm(path, { recursive: true }, callback),
    rmdirSync: (path: string) => fs.rmSync(path, { recursive: true })
  }
}

/**
 * Take the data folder `dataDir` (which must exist) for this process, or throw DataFolderInUse when
 * another live process holds it. Released by `release()` and, failing that, when the process exits.
 */
export async function lockDataFolder(dataDir: string, options: LockOptions): Promise<DataFolderLock> {
  const path = lockPath(dataDir)
  await removeLeftTempFolders(dataDir)
  const record: Holder = { app: options.app, pid: process.pid, hostname: hostname() }
  const take = (): Promise<() => Promise<void>> =>
    lock(dataDir, {
      lockfilePath: path,
      realpath: false,
      stale: STALE_MS,
      update: UPDATE_MS,
      fs: lockFileSystem(JSON.stringify(record)),
      onCompromised: options.onLost
    })

  try {
    return { release: await take() }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw error
    const holder = await holderOf(path)
    if (!holder || isAlive(holder)) throw new DataFolderInUse(dataDir, holder)
  }
  // Its holder was killed: date the lock back, so that proper-lockfile takes it over as stale.
  await utimes(path, 0, 0)
  try {
    return { release: await take() }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw error
    throw new DataFolderInUse(dataDir, await holderOf(path))
  }
}

/** The record in the lock folder at `path`, or null when there is none (the lock just went) or it is damaged. */
async function holderOf(path: string): Promise<Holder | null> {
  try {
    const holder = JSON.parse(await readFile(join(path, HOLDER_FILE), 'utf8')) as Partial<Holder>
    const valid =
      typeof holder.app === 'string' && Number.isInteger(holder.pid) && typeof holder.hostname === 'string'
    return valid ? (holder as Holder) : null
  } catch {
    return null
  }
}

/** Whether the holder may still be running: only a pid on this computer that no process has is gone. */
function isAlive(holder: Holder): boolean {
  if (holder.hostname !== hostname()) return true
  try {
    process.kill(holder.pid, 0)
    return true
  } catch (error) {
    // EPERM: a process of another account has that pid.
    return (error as NodeJS.ErrnoException).code !== 'ESRCH'
  }
}

/** Lock folders a process was making when it was killed (their pid is gone). */
async function removeLeftTempFolders(dataDir: string): Promise<void> {
  for (const name of await readdir(dataDir)) {
    const match = /^debrief\.lock\.(\d+)\.tmp$/.exec(name)
    if (match && !isAlive({ app: '', pid: Number(match[1]), hostname: hostname() })) {
      await rm(join(dataDir, name), { recursive: true, force: true })
    }
  }
}
