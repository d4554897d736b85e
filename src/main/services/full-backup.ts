import { basename } from 'node:path'
import {
  BACKUP_ENVELOPE_VERSION,
  BACKUP_FORMAT,
  BackupEnvelopeSchema,
  USER_DATA_KEYS,
  type BackupEnvelope,
  type UserData
} from '@shared/backup-schemas'
import { CURRENT_SCHEMA_VERSION, type StoreData } from '@shared/schemas'
import { backUp } from '../store/rolling-backups'
import { migrations as defaultMigrations, type Migration } from '../store/migrations'
import { writeFailure, type Store } from '../store/open-store'
import { parseStoreJson } from '../store/read-store-file'
import { reattachAnnotations } from './annotations-reanchor'
import type { Handlers } from './handlers'
import { ServiceError } from './service-error'

type BackupHandlers = Pick<Handlers, 'backup:export' | 'backup:restore'>

const NOTHING_CHANGED = 'Nothing was changed.'

/** The user's part of the store, exactly as held. */
function userData(data: Readonly<StoreData>): UserData {
  return Object.fromEntries(USER_DATA_KEYS.map((key) => [key, data[key]])) as UserData
}

/** The envelope of a backup's text, or a ServiceError saying why the file is not one. */
function readEnvelope(text: string): BackupEnvelope {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    throw new ServiceError(
      'invalid-input',
      `This file is not a Debrief backup: it is not valid JSON (it may have been cut short). ${NOTHING_CHANGED}`
    )
  }
  const envelope = BackupEnvelopeSchema.safeParse(json)
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
  return envelope.data
}

/**
 * Full backup and restore: everything the user made, as one file. A restore replaces it all, after
 * keeping the data it replaces in the backups folder; a file that is damaged, foreign or from a newer
 * Debrief changes nothing.
 */
export function backupHandlers(
  store: Store,
  now: () => Date,
  migrations: readonly Migration[] = defaultMigrations
): BackupHandlers {
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
      const envelope = readEnvelope(text)
      if (!store.info.persistent) {
        throw new ServiceError(
          'store-failed',
          `Debrief is not saving right now (see the message at the top), so a restore would be lost. ${NOTHING_CHANGED}`
        )
      }
      // Validate the backup as the whole store it would become, upgraded first if it is older.
      const state = parseStoreJson(
        {
          ...envelope.data,
          schemaVersion: envelope.schemaVersion,
          content: store.data.content,
          notices: [],
          window: null
        },
        migrations
      )
      if (state.kind !== 'ok') {
        const reason = state.kind === 'bad' ? state.reason : 'it is not in a format this Debrief reads'
        throw new ServiceError(
          'invalid-input',
          `This backup cannot be restored: ${reason}. ${NOTHING_CHANGED}`
        )
      }
      const restored = state.data
      restored.content = store.data.content
      const reanchored =
        envelope.contentVersion === store.data.content.version ? null : reattachAnnotations(restored, now())

      // Keep what is about to be replaced: restoring that file undoes this restore.
      let kept: string
      try {
        await store.flush()
        kept = await backUp(store.info.file, store.info.backupsDir, 'pre-restore', now())
      } catch (error) {
        const why = error instanceof ServiceError ? error.message : writeFailure(error).message
        throw new ServiceError(
          'store-failed',
          `Your data could not be kept before the restore: ${why} ${NOTHING_CHANGED}`
        )
      }
      const at = now()
      await store.update((data) => {
        Object.assign(data, userData(restored))
        data.notices.push({
          id: `restored-${at.getTime()}`,
          kind: 'recovered-from-backup',
          message:
            `Your backup from ${envelope.exportedAt.slice(0, 10)} was restored. The data it replaced was ` +
            `kept as ${basename(kept)} in the backups folder.`,
          file: kept,
          at: at.toISOString()
        })
        if (reanchored) data.notices.push(reanchored)
      })
      return {
        annotations: restored.annotations.length,
        cards: Object.keys(restored.cards).length,
        reviews: restored.reviewLog.length,
        eventNotes: restored.eventNotes.length,
        exportedAt: envelope.exportedAt,
        replacedKeptAs: basename(kept)
      }
    }
  }
}
