/**
 * The contract between the renderer and the services: every method is declared here once, with
 * its input schema, result type and documentation. The Electron registration (src/main/ipc.ts), the
 * preload bridge (src/preload/index.ts) and the browser host (src/web/) are all derived from `api`
 * by iteration; nothing else lists channel names.
 */
import { z } from 'zod'
import {
  ParagraphId,
  SettingsSchema,
  type Content,
  type Notice,
  type Progress,
  type Settings
} from './schemas'
import {
  AddEventNoteInput,
  DeleteEventNoteInput,
  EditEventNoteInput,
  ListEventNotesInput,
  type EventNote
} from './timeline-schemas'

declare const resultType: unique symbol

/** One method: the schema its single argument must satisfy, and (as a type only) what it returns. */
export interface Method<I extends z.ZodType, R> {
  readonly input: I
  readonly [resultType]?: R
}

const method =
  <R>() =>
  <I extends z.ZodType>(input: I): Method<I, R> => ({ input })

const noInput = z.strictObject({})

/** Where the user's data lives, so the app can tell them how to back it up. */
export interface StoreInfo {
  dataDir: string
  file: string
  backupsDir: string
  /** False when the store refused a file (a newer schema): changes are then kept in memory only. */
  persistent: boolean
}

export const api = {
  /** The article and its content version, as held in the store. */
  'content:get': method<Content>()(noInput),

  /** The reader's settings: theme, text size, line width, standard-terms marking. */
  'settings:get': method<Settings>()(noInput),

  /** Change one or more settings; answers the settings as saved. */
  'settings:update': method<Settings>()(
    SettingsSchema.partial()
      .strict()
      .refine((patch) => Object.keys(patch).length > 0, 'name at least one setting to change')
  ),

  /** Where the user left off reading. */
  'progress:get': method<Progress>()(noInput),

  /** Remember the paragraph at the top of the reader and how far through the article it is. */
  'progress:save': method<Progress>()(
    z.strictObject({ paragraphId: ParagraphId, fraction: z.number().min(0).max(1) })
  ),

  /** Messages about the user's data (a damaged file set aside, a backup restored) not yet dismissed. */
  'notices:list': method<Notice[]>()(noInput),

  /** Dismiss one notice; answers the notices that remain. */
  'notices:dismiss': method<Notice[]>()(z.strictObject({ id: z.string().min(1).max(200) })),

  /** Where the data file and its backups are. */
  'store:info': method<StoreInfo>()(noInput),

  /** The user's notes on timeline events, oldest first: all of them, or those on one event. */
  'eventnotes:list': method<EventNote[]>()(ListEventNotesInput),

  /** Add a note (with optional tags) to a timeline event; answers the note as saved. */
  'eventnotes:add': method<EventNote>()(AddEventNoteInput),

  /** Change a note's text, its tags, or both; answers the note as saved. */
  'eventnotes:edit': method<EventNote>()(EditEventNoteInput),

  /** Delete a note; answers the notes that remain on its event. */
  'eventnotes:delete': method<EventNote[]>()(DeleteEventNoteInput)
} as const

export type Api = typeof api
export type MethodName = keyof Api
export const methodNames = Object.keys(api) as MethodName[]

/** What a caller passes to method M. */
export type Input<M extends MethodName> = z.input<Api[M]['input']>
/** What method M's handler receives once its input has been parsed. */
export type ParsedInput<M extends MethodName> = z.output<Api[M]['input']>
/** What method M answers on success. */
export type Output<M extends MethodName> = Api[M] extends Method<z.ZodType, infer R> ? R : never

export type ErrorCode = 'invalid-input' | 'not-found' | 'unknown-method' | 'store-failed' | 'internal'

/** The typed error every host answers instead of throwing: safe to show to the user. */
export interface ApiError {
  code: ErrorCode
  message: string
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError }

/** `window.api` as both hosts expose it: one function per method, answering a result envelope. */
export type WindowApi = { [M in MethodName]: (input: Input<M>) => Promise<ApiResult<Output<M>>> }

/** True when `name` is a method of the contract (guards input from the renderer or the network). */
export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(api, name)
}
