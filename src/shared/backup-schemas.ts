/**
 * A full backup: one JSON file holding everything the user made (settings, reading position,
 * highlights and notes, cards and their progress, the review log, timeline notes), in an envelope
 * that says what it is, when it was made, and which data format and content version it holds.
 */
import { z } from 'zod'
import { BACKUP_MAX_CHARS } from './limits'
import type { StoreData } from './schemas'

/** What every Debrief backup says it is. */
export const BACKUP_FORMAT = 'debrief-backup'

/** The envelope's own version; bumped only if the envelope (not the data inside) changes. */
export const BACKUP_ENVELOPE_VERSION = 1

/** The store's keys that are the user's own, and so go into a backup. The rest (the shipped
 * article, messages about this data folder, the window's place on this screen) belong to the machine. */
export const USER_DATA_KEYS = [
  'settings',
  'progress',
  'annotations',
  'pageNotes',
  'colorNames',
  'cards',
  'reviewLog',
  'eventNotes',
  'flashcards'
] as const satisfies readonly (keyof StoreData)[]

export type UserData = Pick<StoreData, (typeof USER_DATA_KEYS)[number]>

/**
 * The envelope, checked before anything inside it: the data is validated later, as a whole store of
 * its schema version (migrated first if it is older).
 */
export const BackupEnvelopeSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.number().int().min(1),
  exportedAt: z.iso.datetime(),
  /** The store's data format the backup holds. */
  schemaVersion: z.number().int().min(0),
  /** The shipped content's version when it was made: highlights are re-anchored if it differs. */
  contentVersion: z.string().min(1).max(200),
  data: z.record(z.string(), z.unknown())
})

export type BackupEnvelope = z.infer<typeof BackupEnvelopeSchema>

/** The input of `backup:restore`: the backup file's text, as read from disk. */
export const RestoreInput = z.strictObject({
  text: z.string().min(1, 'the file is empty').max(BACKUP_MAX_CHARS, 'the file is too large to be a backup')
})

/** What a restore brought back, and where the data it replaced was kept. */
export interface RestoreReport {
  annotations: number
  cards: number
  reviews: number
  eventNotes: number
  /** When the restored backup was made. */
  exportedAt: string
  /** The backup (in the backups folder) of the data the restore replaced: restore it to undo. */
  replacedKeptAs: string
}
