import { copyFile, readdir, rename, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { fileStamp } from './paths'

/** Daily backups kept: one per day for this many of the most recent days. */
export const DAILY_BACKUPS_KEPT = 5

/** Daily copies; the file before an upgrade of its format; the data a restore replaced. */
export type BackupKind = 'daily' | 'pre-migration' | 'pre-restore'

const BACKUP_NAME = /^debrief-(\d{4}-\d{2}-\d{2})T[\d-]+Z-(daily|pre-migration|pre-restore)\.json$/

/** A backup file in the backups folder. */
export interface Backup {
  name: string
  path: string
  day: string
  kind: BackupKind
}

/** Backups, newest first (their names sort in time order). */
export async function listBackups(backupsDir: string): Promise<Backup[]> {
  let names: string[]
  try {
    names = await readdir(backupsDir)
  } catch {
    return []
  }
  return names
    .flatMap((name) => {
      const match = BACKUP_NAME.exec(name)
      return match
        ? [{ name, path: join(backupsDir, name), day: match[1]!, kind: match[2] as BackupKind }]
        : []
    })
    .sort((a, b) => b.name.localeCompare(a.name))
}

/** Copy the store file into the backups folder (copy to a temp name, then rename: never half a backup). */
export async function backUp(file: string, backupsDir: string, kind: BackupKind, now: Date): Promise<string> {
  return startBackUp(file, backupsDir, kind, now).keep()
}

/** A copy of the store file under way in the backups folder, not yet a backup. */
export interface PendingBackup {
  /** Wait for the copy, then file it as a backup (a rename): answers its path. */
  keep(): Promise<string>
  /** Wait for the copy, then remove it: the file turned out not to be worth keeping. */
  discard(): Promise<void>
}

/**
 * Start copying the store file into the backups folder under a temporary name, so the copy can
 * run while the caller does other work (reads and checks the file), and become a backup only
 * when the caller says so.
 */
export function startBackUp(file: string, backupsDir: string, kind: BackupKind, now: Date): PendingBackup {
  // Two restores can come within a second; each must keep the data it replaced, so those names carry milliseconds.
  const stamp =
    kind === 'pre-restore'
      ? fileStamp(now).replace(/Z$/, `-${String(now.getUTCMilliseconds()).padStart(3, '0')}Z`)
      : fileStamp(now)
  const target = join(backupsDir, `debrief-${stamp}-${kind}.json`)
  const temp = `${target}.tmp`
  const copied = copyFile(file, temp)
  // Its failure is answered by keep (or ignored by discard), whichever the caller calls.
  copied.catch(() => undefined)
  return {
    async keep() {
      await copied
      await rename(temp, target)
      return target
    },
    async discard() {
      await copied.catch(() => undefined)
      await rm(temp, { force: true })
    }
  }
}

/** Keep the newest daily backup of each of the last DAILY_BACKUPS_KEPT days; other backups stay. */
export async function pruneDailyBackups(backupsDir: string): Promise<void> {
  const daily = (await listBackups(backupsDir)).filter((b) => b.kind === 'daily')
  const keptDays = new Set<string>()
  for (const backup of daily) {
    if (!keptDays.has(backup.day) && keptDays.size < DAILY_BACKUPS_KEPT) keptDays.add(backup.day)
    else await rm(backup.path, { force: true })
  }
}
