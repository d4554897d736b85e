import { basename } from 'node:path'
import { z } from 'zod'
import { AnnotationSchema, type Annotation } from '@shared/annotation-schemas'
import { articleParagraphs } from '@shared/anchoring/paragraph-match'
import { formatDate } from '@shared/dates'
import {
  BACKUP_ENVELOPE_VERSION,
  BACKUP_FORMAT,
  BackupEnvelopeSchema,
  USER_DATA_KEYS,
  type BackupEnvelope,
  type UserData
} from '@shared/backup-schemas'
import {
  CURRENT_SCHEMA_VERSION,
  isReviewLogEntry,
  type Content,
  type Notice,
  type ReviewLogEntry,
  type StoreData
} from '@shared/schemas'
import { backUp } from '../store/rolling-backups'
import { migrations as defaultMigrations, type Migration } from '../store/migrations'
import { writeFailure } from '../store/open-store'
import { parseStoreJson } from '../store/read-store-file'
import { duplicateIdProblem } from './backup-duplicates'
import { parseBackupText } from './backup-parse'
import { reattachParagraphReferences, refreshContent } from './content-refresh'
import { futureReviewProblem } from './future-reviews'
import type { Handlers } from './handlers'
import { ServiceError } from './service-error'
import type { WriteGate } from './write-gate'

type BackupHandlers = Pick<Handlers, 'backup:export' | 'backup:restore'>

const NOTHING_CHANGED = 'Nothing was changed.'

/** Review-log entries checked between two yields to the event loop while a restore is validated. */
const REVIEWS_PER_SLICE = 20_000

/** Let other requests in: a restore of a long review log is checked in slices, not in one go. */
const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve))

/**
 * The user's part of the store, with the words of every paragraph it names: paragraph ids are
 * positions in this content, and the backup may be restored into another.
 */
function userData(data: Readonly<StoreData>): UserData {
  const words = new Map(articleParagraphs(data.content.article).map((p) => [p.id, p.text]))
  const own = data.flashcards.own.map((card) => {
    const text = card.sources[0] === undefined ? undefined : words.get(card.sources[0])
    return text === undefined ? card : { ...card, sourceText: text }
  })
  const at = data.progress.paragraphId === null ? undefined : words.get(data.progress.paragraphId)
  const picked = Object.fromEntries(USER_DATA_KEYS.map((key) => [key, data[key]])) as UserData
  return {
    ...picked,
    progress: at === undefined ? data.progress : { ...data.progress, paragraphText: at },
    flashcards: { ...data.flashcards, own }
  }
}

/**
 * The envelope of a backup's text and its review log (apart, for checking in slices), or a
 * ServiceError saying why the file is not a backup.
 */
async function readBackup(text: string): Promise<{ envelope: BackupEnvelope; reviewLog: unknown }> {
  const parsed = await parseBackupText(text)
  if (parsed === null) {
    throw new ServiceError(
      'invalid-input',
      `This file is not a Debrief backup: it is not valid JSON (it may have been cut short). ${NOTHING_CHANGED}`
    )
  }
  const envelope = BackupEnvelopeSchema.safeParse(parsed.json)
  if (!envelope.success) {
    throw new ServiceError(
      'invalid-input',
      `This file is not a Debrief backup (it lacks the backup's ${envelope.error.issues[0]?.path.join('.') || 'envelope'}). ${NOTHING_CHANGED}`
    )
  }
  const { version, schemaVersion } = envelope.data
  if (version > BACKUP_ENVELOPE_VERSION || schemaVersion > CURRENT_SCHEMA_VERSION) {
    throw new ServiceError(
      'invalid-input',
      `This backup was made by a newer version of Debrief (data format ${schemaVersion}; this version ` +
        `reads up to ${CURRENT_SCHEMA_VERSION}). Update Debrief to restore it. ${NOTHING_CHANGED}`
    )
  }
  return { envelope: envelope.data, reviewLog: parsed.reviewLog ?? envelope.data.data.reviewLog }
}

const refuse = (reason: string): ServiceError =>
  new ServiceError('invalid-input', `This backup cannot be restored: ${reason}. ${NOTHING_CHANGED}`)

/**
 * Check every review-log entry of a backup, in slices with the event loop let in between: at
 * 300,000 reviews the check is the longest part of a restore.
 */
async function checkedReviewLog(log: unknown): Promise<ReviewLogEntry[]> {
  if (!Array.isArray(log)) throw refuse('its review log is not a list')
  for (let from = 0; from < log.length; from += REVIEWS_PER_SLICE) {
    if (from > 0) await yieldToEventLoop()
    const end = Math.min(log.length, from + REVIEWS_PER_SLICE)
    for (let i = from; i < end; i += 1) {
      if (!isReviewLogEntry(log[i]))
        throw refuse(`review ${(i + 1).toLocaleString('en')} of its log is malformed`)
    }
  }
  return log as ReviewLogEntry[]
}

/** Highlights checked between two yields to the event loop. */
const HIGHLIGHTS_PER_SLICE = 2_000

/** Check a backup's highlights in slices, as the review log is: together they are most of a backup. */
async function checkedAnnotations(list: unknown): Promise<Annotation[]> {
  if (!Array.isArray(list)) throw refuse('its highlights are not a list')
  const checked: Annotation[] = []
  for (let from = 0; from < list.length; from += HIGHLIGHTS_PER_SLICE) {
    if (from > 0) await yieldToEventLoop()
    const slice = z.array(AnnotationSchema).safeParse(list.slice(from, from + HIGHLIGHTS_PER_SLICE))
    if (!slice.success) {
      const issue = slice.error.issues[0]
      const [index, ...path] = issue?.path ?? []
      const where = [Number(index) + from, ...path].join('.')
      throw refuse(
        `its contents are not valid at annotations.${where}: ${issue?.message ?? 'unknown problem'}`
      )
    }
    for (const annotation of slice.data) checked.push(annotation)
  }
  return checked
}

/**
 * The store a backup would become in `content`: upgraded if older, validated as a whole store, its
 * ids checked to be unique and its reviews to be in the past, and everything it keys by paragraph
 * re-attached by the words it carries. Throws a ServiceError saying what is wrong, in plain words.
 */
async function restoredStore(
  { envelope, reviewLog }: { envelope: BackupEnvelope; reviewLog: unknown },
  content: Content,
  migrations: readonly Migration[],
  at: Date
): Promise<{ data: StoreData; notice: Notice | null }> {
  const { reviewLog: _inEnvelope, ...rest } = envelope.data
  // A backup of this data format has its two long lists checked apart, in slices; an older one is
  // upgraded as a whole first, since its migrations may change any part.
  const current = envelope.schemaVersion === CURRENT_SCHEMA_VERSION
  const annotations = current ? await checkedAnnotations(rest.annotations) : null
  const state = parseStoreJson(
    {
      ...rest,
      ...(current ? { annotations: [], reviewLog: [] } : { reviewLog }),
      schemaVersion: envelope.schemaVersion,
      content,
      notices: [],
      window: null
    },
    migrations
  )
  if (state.kind !== 'ok') {
    throw refuse(state.kind === 'bad' ? state.reason : 'it is not in a format this Debrief reads')
  }
  if (current) {
    state.data.annotations = annotations ?? []
    state.data.reviewLog = await checkedReviewLog(reviewLog ?? [])
  }
  await yieldToEventLoop()
  const data = state.data
  const problem = duplicateIdProblem(data) ?? futureReviewProblem(data, at)
  if (problem !== null) throw refuse(problem)
  await yieldToEventLoop()
  if (envelope.contentVersion === content.version) {
    // Same content: the ids hold; this only drops the words carried for another content.
    reattachParagraphReferences(data, null)
    return { data, notice: null }
  }
  return { data, notice: refreshContent(data, content, at, null) }
}

/**
 * Full backup and restore: everything the user made, as one file. A restore replaces it all, after
 * keeping the data it replaces in the backups folder, and holds `gate` shut while it does, so no
 * other write slips between the two; a file that is damaged, foreign, inconsistent or from a newer
 * Debrief changes nothing.
 */
export function backupHandlers(
  gate: WriteGate,
  now: () => Date,
  migrations: readonly Migration[] = defaultMigrations
): BackupHandlers {
  const { store } = gate
  return {
    'backup:export': () => {
      const at = now()
      const envelope: BackupEnvelope = {
        format: BACKUP_FORMAT,
        version: BACKUP_ENVELOPE_VERSION,
        exportedAt: at.toISOString(),
        schemaVersion: store.data.schemaVersion,
        contentVersion: store.data.content.version,
        data: { ...userData(store.data) }
      }
      return {
        fileName: `debrief-backup-${at.toISOString().slice(0, 10)}.json`,
        mimeType: 'application/json',
        // Compact: a long review log would grow by a third with indentation.
        text: JSON.stringify(envelope)
      }
    },

    'backup:restore': async ({ text }) => {
      const backup = await readBackup(text)
      if (!store.info.persistent) {
        throw new ServiceError(
          'store-failed',
          `Debrief is not saving right now (see the message at the top), so a restore would be lost. ${NOTHING_CHANGED}`
        )
      }
      const { data: restored, notice } = await restoredStore(backup, store.data.content, migrations, now())
      const { envelope } = backup

      return gate.exclusive(async (writer) => {
        // Keep what is about to be replaced: restoring that file undoes this restore. No write can
        // come between this copy and the replacement: the gate refuses them until both are done.
        let kept: string
        try {
          await writer.flush()
          kept = await backUp(writer.info.file, writer.info.backupsDir, 'pre-restore', now())
        } catch (error) {
          const why = error instanceof ServiceError ? error.message : writeFailure(error).message
          throw new ServiceError(
            'store-failed',
            `Your data could not be kept before the restore: ${why} ${NOTHING_CHANGED}`
          )
        }
        const at = now()
        await writer.update((data) => {
          Object.assign(
            data,
            Object.fromEntries(USER_DATA_KEYS.map((key) => [key, restored[key]])) as UserData
          )
          data.notices.push({
            id: `restored-${at.getTime()}`,
            kind: 'recovered-from-backup',
            message:
              `Your backup from ${formatDate(envelope.exportedAt)} was restored. The data it replaced was ` +
              `kept as ${basename(kept)} in the backups folder.`,
            file: kept,
            at: at.toISOString()
          })
          if (notice) data.notices.push(notice)
        })
        return {
          annotations: restored.annotations.length,
          cards: Object.keys(restored.cards).length,
          reviews: restored.reviewLog.length,
          eventNotes: restored.eventNotes.length,
          exportedAt: envelope.exportedAt,
          replacedKeptAs: basename(kept)
        }
      })
    }
  }
}
