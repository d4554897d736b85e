import { lstat, rename } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { Low, Memory } from 'lowdb'
import type { StoreInfo } from '@shared/api'
import { DEFAULT_COLOR_NAMES, DEFAULT_SETTINGS } from '@shared/limits'
import { emptyFlashcardsData } from '@shared/card-schemas'
import {
  CURRENT_SCHEMA_VERSION,
  EMPTY_PROGRESS,
  type CardState,
  type Content,
  type Notice,
  type ReviewLogEntry,
  type StoreData
} from '@shared/schemas'
import { refreshContent } from '../services/content-refresh'
import { clampFutureReviews } from '../services/future-reviews'
import { ServiceError } from '../services/service-error'
import { backUp, listBackups, pruneDailyBackups, startBackUp } from './rolling-backups'
import { DurableJsonFile } from './durable-file'
import { makePrivateFolder, tightenDataFolder } from './file-modes'
import { migrations as defaultMigrations, type Migration } from './migrations'
import { fileStamp, storePaths } from './paths'
import { readStoreFile } from './read-store-file'
import { readJournal, replayJournal, ReviewJournal } from './review-journal'
import { WriteQueue } from './write-queue'

/** Journal records after which the store folds the journal into its file unasked. */
const FOLD_AFTER = 200

export interface OpenStoreOptions {
  dataDir: string
  /** The shipped content: copied into the store, and refreshed there when its version changes. */
  content: Content
  now?: () => Date
  migrations?: readonly Migration[]
}

/** A grade to record: the card's state after it, and its review-log entry. */
export interface Review {
  cardId: string
  state: CardState
  entry: ReviewLogEntry
}

/**
 * The user's data: one lowdb JSON file in the data folder, written atomically, durably and serially,
 * plus a journal of the grades given since it was last written. Whoever opens it must hold the data
 * folder (see data-folder-lock.ts; openServices takes it).
 */
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
   * Record a grade: in memory at once, and durably in the review journal before resolving, without
   * rewriting the data file. When it cannot be made durable (disk full) it is taken back out of the
   * data and the promise rejects with a ServiceError saying why and that nothing was recorded.
   */
  recordReview(review: Review): Promise<void>
  /**
   * Resolve once every change made so far is on disk, writing again if the last write failed.
   * Rejects, like `update`, with a ServiceError (code `store-failed`) saying why a write failed.
   */
  flush(): Promise<void>
  /** Flush, then close the journal. The store is not used after this. */
  close(): Promise<void>
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
  makePrivateFolder(paths.dataDir)
  makePrivateFolder(paths.backupsDir)
  await tightenDataFolder(paths.dataDir)
  const list = options.migrations ?? defaultMigrations
  const notice = (kind: Notice['kind'], message: string, file: string | null = null): Notice => ({
    id: `${kind}-${now().getTime()}`,
    kind,
    message,
    file,
    at: now().toISOString()
  })

  const day = (date: Date): string => date.toISOString().slice(0, 10)
  let lastBackupDay = (await listBackups(paths.backupsDir)).find((b) => b.kind === 'daily')?.day ?? null
  // The first start of a day backs the file up. The copy runs while the file is read and checked,
  // so the first window waits for the longer of the two, not for both; it becomes the day's backup
  // only once the file has proved good (a damaged copy must not push a good backup out).
  const dailyCopy =
    lastBackupDay === day(now()) ? null : startBackUp(paths.file, paths.backupsDir, 'daily', now())

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
      // Not while the day's copy still reads it: some systems refuse to move a file held open.
      await dailyCopy?.discard()
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
    const reattached = refreshContent(data, options.content, now(), data.content.article)
    if (reattached) data.notices.push(reattached)
  }
  const clamped = clampFutureReviews(data, now())
  if (clamped) data.notices.push(clamped)

  // Grades acknowledged since the file was last written are in the journal: redo them.
  const journaled = persistent ? await readJournal(paths.journal) : null
  if (journaled) replayJournal(data, journaled.records)
  const journal = journaled ? new ReviewJournal(paths.journal, journaled) : null
  /**
   * The last sequence number given to a journaled review, and the last the file holds. Kept out of
   * the data in memory (it is the file's bookkeeping, not the user's) and put into each snapshot.
   */
  let lastSeq = Math.max(data.journalSeq ?? 0, journaled?.records.at(-1)?.seq ?? 0)
  let foldedSeq = data.journalSeq ?? 0
  delete data.journalSeq
  /** The sequence number the snapshot being written holds. */
  let snapshotSeq = foldedSeq
  /** Journal appends not yet settled (durable, or refused and taken back). */
  let recording = 0
  let recorded: Promise<void> = Promise.resolve()

  const db = new Low<StoreData>(
    persistent
      ? new DurableJsonFile<StoreData>(paths.file, {
          // Absent until the first grade: a file no grade ever touched reads as it always did.
          snapshot: (current) => (snapshotSeq === 0 ? current : { ...current, journalSeq: snapshotSeq })
        })
      : new Memory<StoreData>(),
    data
  )
  /**
   * Before the first write of each day, copy the file as it stands into the backups. Only this
   * store writes that file, from validated data, so the copy is a good one.
   */
  const backUpIfNewDay = async (): Promise<void> => {
    const today = day(now())
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
      // The snapshot must hold no grade that may yet be refused: wait until every journal append has settled.
      while (recording > 0) await recorded
      const seq = (snapshotSeq = lastSeq)
      await db.write()
      foldedSeq = seq
      unsaved = false
      await journal?.fold(seq)
    } catch (error) {
      unsaved = true
      throw writeFailure(error)
    }
  })
  if (dailyCopy && state.kind === 'ok') {
    try {
      await dailyCopy.keep()
      await pruneDailyBackups(paths.backupsDir)
      lastBackupDay = day(now())
    } catch {
      // Tried again just below, which says why if it fails again.
      await dailyCopy.discard()
    }
  } else await dailyCopy?.discard()
  if (
    state.kind !== 'ok' ||
    state.migratedFrom !== null ||
    contentChanged ||
    clamped ||
    journaled?.records.length
  ) {
    // Opening must not fail on a full disk: the data stays in memory and the next change writes it.
    await queue.schedule().catch((error: unknown) => console.error('[debrief] could not save yet:', error))
  }
  // A file written just now (a fresh store, a backup restored in place of a damaged file) is backed up here.
  await backUpIfNewDay().catch((error: unknown) => console.error('[debrief] could not back up yet:', error))

  const store: Store = {
    get data() {
      return db.data
    },
    info: { ...paths, persistent },
    update(mutate) {
      mutate(db.data)
      return queue.schedule()
    },
    recordReview(review) {
      const { cardId, state, entry } = review
      const before = db.data.cards[cardId]
      db.data.cards[cardId] = state
      db.data.reviewLog.push(entry)
      if (!journal) return Promise.resolve()
      lastSeq += 1
      recording += 1
      const saved = journal.append({ seq: lastSeq, cardId, state, entry }).then(
        () => {
          if (journal.count >= FOLD_AFTER) {
            queue
              .schedule()
              .catch((error: unknown) => console.error('[debrief] could not fold the journal:', error))
          }
        },
        (error: unknown) => {
          // Take the grade back out, unless something since has replaced it.
          if (db.data.cards[cardId] === state) {
            if (before === undefined) delete db.data.cards[cardId]
            else db.data.cards[cardId] = before
          }
          const at = db.data.reviewLog.lastIndexOf(entry)
          if (at !== -1) db.data.reviewLog.splice(at, 1)
          throw writeFailure(error, 'Your grade was not recorded: grade the card again.')
        }
      )
      const settled = saved.finally(() => (recording -= 1)).catch(() => undefined)
      recorded = settled
      return saved
    },
    async flush() {
      await recorded
      await queue.idle()
      // A failed write leaves its change in memory only, and a grade since the last write is in the
      // journal only: write once more (there may be space now), so the file alone holds everything.
      if (unsaved || lastSeq > foldedSeq) await queue.schedule()
    },
    async close() {
      await store.flush()
      await journal?.close()
    }
  }
  return store
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
 * A failed write as the user should hear it: what happened, what to do, and (`kept`) what became of
 * the change. Callers put it after what they were doing ("Your change could not be saved: the disk is full…").
 */
export function writeFailure(
  error: unknown,
  kept = 'Your change is kept while Debrief stays open, and is saved with the next one or when you quit.'
): ServiceError {
  const code = (error as NodeJS.ErrnoException).code
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
