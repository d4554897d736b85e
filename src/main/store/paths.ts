import { join } from 'node:path'
import type { StorePaths } from '@shared/api'

/** The store's file and backups folder inside `dataDir`. */
export function storePaths(dataDir: string): StorePaths {
  return { dataDir, file: join(dataDir, 'debrief.json'), backupsDir: join(dataDir, 'backups') }
}

/** A timestamp safe in file names on every platform, that sorts in time order: 2025-08-18T17-15-00Z. */
export function fileStamp(date: Date): string {
  return date
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replaceAll(':', '-')
}
