import { join } from 'node:path'
import type { StorePaths } from '@shared/api'

/** Where the store keeps its file, its review journal and its backups inside a data folder. */
export interface StoreFolderPaths extends StorePaths {
  journal: string
}

/** The store's file, review journal and backups folder inside `dataDir`. */
export function storePaths(dataDir: string): StoreFolderPaths {
  return {
    dataDir,
    file: join(dataDir, 'debrief.json'),
    journal: join(dataDir, 'debrief.journal'),
    backupsDir: join(dataDir, 'backups')
  }
}

/** A timestamp safe in file names on every platform, that sorts in time order: 2025-08-18T17-15-00Z. */
export function fileStamp(date: Date): string {
  return date
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replaceAll(':', '-')
}
