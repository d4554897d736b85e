import { lstat, mkdir, rename } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { Low, Memory } from 'lowdb'
import { DataFile } from 'lowdb/node'
import type { StoreInfo } from '@shared/api'
import { DEFAULT_COLOR_NAMES, DEFAULT_SETTINGS } from '@shared/limits'
import { emptyFlashcardsData } from '@shared/card-schemas'
import {
  CURRENT_SCHEMA_VERSION,
  EMPTY_PROGRESS,
  type Content,
  type Notice,
  type StoreData
} from '@shared/schemas'
import { reattachAnnotations } from '../services/annotations-reanchor'
import { ServiceError } from '../services/service-error'
import { backUp, listBackups, pruneDailyBackups } from './rolling-backups'
import { migrations as defaultMigrations, type Migration } from './migrations'
import { fileStamp, storePaths } from './paths'
import { readStoreFile } from './read-store-file'
import { WriteQueue } from './write-queue'

export interface OpenStoreOptions {
  dataDir: string
  /** The shipped content: copied into the store, and refreshed there when its version changes. */
  content: Content
  now?: () => Date
  migrations?: readonly Migration[]
}

/** The user's data: one lowdb JSON file in the data folder, written atomically and serially. */
export interface Store {
  /** The current data. Read freely; change only through `update`. */
  readonly data: Readonly<StoreData>
  readonly info: StoreInfo
  /**
   * Apply `mutate` to the data and resolve once the change is on disk. When the write fails (disk
   * full, no permission) it rejects with a ServiceError whose message tells the user what to do;
   * the change stays in memory and is written with the next one, and the file keeps its last good state.
   */
  update(mutate: (data: StoreData) => void): Promise<void>
  /**
   * Resolve once every change made so far is on disk, writing again if the last write failed.
   * Rejects, like `update`, with a ServiceError (code `store-failed`) saying why a write failed.
   */
  flush(): Promise<void>
}

/** A brand-new store for this content. */
export function freshStoreData(content: Content): StoreData {
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    content,
    settings: { ...DEFAULT_SETTINGS },
    progress: { ...EMPTY_PROGRESS },
    notices: [],
    window: null,
    annotations: [],
    pageNotes: [],
    colorNames: { ...DEFAULT_COLOR_NAMES },
    cards: {},
    reviewLog: [],
    eventNotes: [],
    flashcards: emptyFlashcardsData()
  }
}

/**
 * Open (or create) the store in `dataDir`. A file that cannot be read, parsed or validated is never
 * overwritten: it is renamed `debrief.corrupt-<time>.json`, the newest good backup takes its place
 * (or a fresh store), and a notice tells the user. A file from a newer schema is left untouched and
 * the store runs in memory only, saying so.
 */
export async function openStore(options: OpenStoreOptions): Promise<Store> {
  const now = options.now ?? (() => new Date())
  const paths = storePaths(options.dataDir)
  await mkdir(paths.backupsDir, { recursive: true })
  const list = options.migrations ?? defaultMigrations
  const notice = (kind: Notice['kind'], message: string, file: string | null = null): Notice => ({
    id: `${kind}-${now().getTime()}`,
    kind,
    message,
    file,
    at: now().toISOString()
  })

  let data: StoreData
  let persistent = true
  const state = await readStoreFile(paths.file, list)
  switch (state.kind) {
    case 'missing':
      data = freshStoreData(options.content)
      break
    case 'ok':
      data = state.data
      if (state.migratedFrom !== null) {
        await backUp(paths.file, paths.backupsDir, 'pre-migration', now())
      }
      break
    case 'newer':
      persistent = false
      data = freshStoreData(options.content)
      data.notices.push(
        notice(
          'newer-schema',
          `Your data file was written by a newer version of Debrief (data format ${state.version}; this ` +
            `version reads up to ${CURRENT_SCHEMA_VERSION}). It has been left untouched. Update Debrief to ` +
            `use it. Until then nothing you do here is saved.`,
          paths.file
        )
      )
      break
    case 'bad': {
      const aside = await unusedSetAsidePath(paths.dataDir, now())
      try {
        await rename(paths.file, aside)
      } catch (error) {
        // It cannot even be moved: leave it exactly where it is and touch nothing.
        persistent = false
        data = freshStoreData(options.content)
        data.notices.push(
          notice(
            'started-fresh',
            `Your data file could not be read (${state.reason}) and could not be moved aside ` +
              `(${(error as NodeJS.ErrnoException).code ?? String(error)}). It has been left as it is. ` +
              `Fix its permissions or move it yourself, then restart Debrief. Until then nothing is saved.`,
            paths.file
          )
        )
        break
      }
      const restored = await newestGoodBackup(paths.backupsDir, list)
      data = restored?.data ?? freshStoreData(options.content)
      data.notices.push(
        restored
          ? notice(
              'recovered-from-backup',
              `Your data file could not be read: ${state.reason}. It was kept as ${basename(aside)} ` +
                `in your data folder, and your backup ${restored.name} was restored.`,
              aside
            )
          : notice(
              'started-fresh',
              `Your data file could not be read: ${state.reason}. It was kept as ${basename(aside)} in your ` +
                `data folder. No usable backup was found, so Debrief started afresh.`,
              aside
            )
      )
      break
    }
  }

  const contentChanged = data.content.version !== options.content.version
  if (contentChanged) {
    data.content = options.content
    const reattached = reattachAnnotations(data, now())
    if (reattached) data.notices.push(reattached)
  }

  const db = new Low<StoreData>(persistent ? storeFile(paths.file) : new Memory<StoreData>(), data)
  let lastBackupDay = persistent
    ? ((await listBackups(paths.backupsDir)).find((b) => b.kind === 'daily')?.day ?? null)
    : null

  /**
   * Before the first write of each day, copy the file as it stands into the backups. Only this
   * store writes that file, from validated data, so the copy is a good one.
   */
  const backUpIfNewDay = async (): Promise<void> => {
    const today = now().toISOString().slice(0, 10)
    if (!persistent || lastBackupDay === today) return
    try {
      await backUp(paths.file, paths.backupsDir, 'daily', now())
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return
      throw error
    }
    await pruneDailyBackups(paths.backupsDir)
    lastBackupDay = today
  }

  /** True while the last write failed: the data in memory is ahead of the file. */
  let unsaved = false
  const queue = new WriteQueue(async () => {
    try {
      await backUpIfNewDay()
      // Serialising a large store blocks for a while. Yield to the event loop first, so that a
      // change made just before (a grade) is answered before the file is written, and any changes
      // made in the meantime join this snapshot.
      await new Promise((resolve) => setImmediate(resolve))
      await db.write()
      unsaved = false
    } catch (error) {
      unsaved = true
      throw writeFailure(error)
    }
  })
  if (state.kind !== 'ok' || state.migratedFrom !== null || contentChanged) {
    // Opening must not fail on a full disk: the data stays in memory and the next change writes it.
    await queue.schedule().catch((error: unknown) => console.error('[debrief] could not save yet:', error))
  }
  await backUpIfNewDay().catch((error: unknown) => console.error('[debrief] could not back up yet:', error))

  return {
    get data() {
      return db.data
    },
    info: { ...paths, persistent },
    update(mutate) {
      mutate(db.data)
      return queue.schedule()
    },
    async flush() {
      await queue.idle()
      // A failed write leaves its change in memory only; try once more (there may be space now).
      if (unsaved) await queue.schedule()
    }
  }
}

/**
 * `debrief.corrupt-<time>.json`, or `debrief.corrupt-<time>-2.json` and so on when a file set aside
 * earlier in the same second holds that name: renaming onto it would destroy it.
 */
async function unusedSetAsidePath(dataDir: string, date: Date): Promise<string> {
  for (let copy = 1; ; copy += 1) {
    const path = join(dataDir, `debrief.corrupt-${fileStamp(date)}${copy === 1 ? '' : `-${copy}`}.json`)
    try {
      await lstat(path)
    } catch {
      return path
    }
  }
}

async function newestGoodBackup(
  backupsDir: string,
  list: readonly Migration[]
): Promise<{ name: string; data: StoreData } | null> {
  for (const backup of await listBackups(backupsDir)) {
    const state = await readStoreFile(backup.path, list)
    if (state.kind === 'ok') return { name: backup.name, data: state.data }
  }
  return null
}

/**
 * The store's lowdb adapter: steno's atomic temp-file-and-rename writes, with compact JSON. A heavy
 * user's file is tens of megabytes, and indentation would add a third to every write and load.
 */
function storeFile(path: string): DataFile<StoreData> {
  return new DataFile<StoreData>(path, { parse: JSON.parse, stringify: (data) => JSON.stringify(data) })
}

/**
 * A failed write as the user should hear it: what happened and what to do. Callers put it after
 * what they were doing ("Your change could not be saved: the disk is full…").
 */
export function writeFailure(error: unknown): ServiceError {
  const code = (error as NodeJS.ErrnoException).code
  const kept =
    'Your change is kept while Debrief stays open, and is saved with the next one or when you quit.'
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return new ServiceError('store-failed', `the disk is full. Free some space. ${kept}`)
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new ServiceError(
        'store-failed',
        `Debrief is not allowed to write to its data folder (${code}). Check the folder's permissions. ${kept}`
      )
    default:
      return new ServiceError(
        'store-failed',
        `the data file could not be written (${code ?? 'unknown error'}). ${kept}`
      )
  }
}
