/**
 * One writer per data folder. Whoever opens the store (the desktop app, a browser host) first takes
 * this lock; a second process is refused with a message naming the folder and the process holding it.
 *
 * The lock is proper-lockfile's: a `debrief.lock` folder whose time stamp its holder refreshes every
 * few seconds, so a lock left behind by a crash goes stale and is taken over. Beside it, a small
 * holder record says which app holds it (and its pid), for the refusal to name, and lets a lock whose
 * holder is provably gone (no such process on this computer) be taken over at once rather than
 * after the stale time: a restart right after a crash must not be refused.
 */
import * as fs from 'node:fs'
import { readFile, rename, stat, utimes, writeFile } from 'node:fs/promises'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { lock } from 'proper-lockfile'
import { FILE_MODE, FOLDER_MODE } from './file-modes'

/** A lock not refreshed for this long belongs to a process that is gone (or frozen that long). */
const STALE_MS = 10_000
/** How often the holder refreshes its lock. */
const UPDATE_MS = 2_000

/** Who holds a data folder, as the holder record says. */
export interface Holder {
  /** How the refusal names the holder: "the desktop app", "the browser host". */
  app: string
  pid: number
  hostname: string
  /** The lock folder this record describes (its inode and birth time): a record left by an earlier holder names another. */
  lock: { ino: number; birthtimeMs: number }
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
  /** Let the folder go (the holder record is left, naming a lock that no longer exists). */
  release(): Promise<void>
}

export interface LockOptions {
  /** How a refused process will name this one: "the desktop app", "the browser host". */
  app: string
  /** Called if the lock is lost while held (its folder deleted, or taken over after a long freeze). */
  onLost: (error: Error) => void
}

export const lockPaths = (dataDir: string): { lock: string; holder: string } => ({
  lock: join(dataDir, 'debrief.lock'),
  holder: join(dataDir, 'debrief.lock-holder.json')
})

/** proper-lockfile's file system, creating its lock folder private to this account. */
const lockFs = {
  ...fs,
  mkdir: (path: string, callback: (error: NodeJS.ErrnoException | null) => void) =>
    fs.mkdir(path, { mode: FOLDER_MODE }, callback)
}

/**
 * Take the data folder `dataDir` (which must exist) for this process, or throw DataFolderInUse when
 * another live process holds it. Released by `release()` and, failing that, when the process exits.
 */
export async function lockDataFolder(dataDir: string, options: LockOptions): Promise<DataFolderLock> {
  const paths = lockPaths(dataDir)
  const take = (): Promise<() => Promise<void>> =>
    lock(dataDir, {
      lockfilePath: paths.lock,
      realpath: false,
      stale: STALE_MS,
      update: UPDATE_MS,
      fs: lockFs,
      onCompromised: options.onLost
    })

  let release: () => Promise<void>
  try {
    release = await take()
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw error
    const holder = await currentHolder(paths)
    if (!holder || isAlive(holder)) throw new DataFolderInUse(dataDir, holder)
    // Its holder was killed: date the lock back so proper-lockfile takes it over as stale.
    await utimes(paths.lock, 0, 0)
    try {
      release = await take()
    } catch (again) {
      if ((again as NodeJS.ErrnoException).code !== 'ELOCKED') throw again
      throw new DataFolderInUse(dataDir, await currentHolder(paths))
    }
  }
  await writeHolder(paths, options.app)
  return { release }
}

/** The holder record, when it describes the lock folder there now (not one an earlier holder left). */
async function currentHolder(paths: { lock: string; holder: string }): Promise<Holder | null> {
  try {
    const [record, lockStat] = await Promise.all([readFile(paths.holder, 'utf8'), stat(paths.lock)])
    const holder = JSON.parse(record) as Holder
    const sameLock = holder.lock?.ino === lockStat.ino && holder.lock.birthtimeMs === lockStat.birthtimeMs
    return sameLock && typeof holder.pid === 'number' && typeof holder.app === 'string' ? holder : null
  } catch {
    // No record yet (its holder is writing it this moment), a damaged one, or no lock any more.
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

async function writeHolder(paths: { lock: string; holder: string }, app: string): Promise<void> {
  const lockStat = await stat(paths.lock)
  const holder: Holder = {
    app,
    pid: process.pid,
    hostname: hostname(),
    lock: { ino: lockStat.ino, birthtimeMs: lockStat.birthtimeMs }
  }
  const temp = `${paths.holder}.${process.pid}.tmp`
  await writeFile(temp, JSON.stringify(holder), { mode: FILE_MODE })
  await rename(temp, paths.holder)
}
