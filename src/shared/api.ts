/**
 * The contract between the renderer and the services: every method is declared here once, with
 * its input schema, result type and documentation. The Electron registration (src/main/electron/ipc.ts), the
 * preload bridge (src/preload/index.ts) and the browser host (src/web/) are all derived from `api`
 * by iteration; nothing else lists channel names.
 */
import { z } from 'zod'
import { ParagraphId, CardId } from './ids'
import { SettingsSchema, type Content, type Notice, type Progress, type Settings } from './schemas'
import type { ArticleContent } from './schemas'
import {
  AnnotationExportInput,
  AnnotationIdInput,
  AnnotationImportInput,
  CreateAnnotationInput,
  PageNoteInput,
  RenameColorInput,
  RestoreAnnotationInput,
  UpdateAnnotationInput,
  type Annotation,
  type AnnotationsView,
  type ColorNames,
  type HighlightSpan,
  type ImportReport,
  type PageNote
} from './annotation-schemas'
import { RestoreInput, type RestoreReport } from './backup-schemas'
import {
  AddEventNoteInput,
  DeleteEventNoteInput,
  EditEventNoteInput,
  ListEventNotesInput,
  type EventNote
} from './timeline-schemas'
import {
  CardIdsInput,
  CardSettingsInput,
  CreateCardInput,
  ExportInput,
  GradeInput,
  NoteInput,
  QuizAnswerInput,
  QuizIdInput,
  QuizOverrideInput,
  QuizStartInput,
  SuspendInput,
  UndoResetInput,
  UpdateCardInput,
  type CardRow,
  type CardSettings,
  type CardStats,
  type CardsReset,
  type ExportFile,
  type OwnCard,
  type QuizRecord,
  type QuizOverridden,
  type QuizResult,
  type QuizStarted,
  type QuizVerdict,
  type ReviewView,
  type SectionRecall
} from './card-schemas'
import {
  ANNOTATION_IMPORT_MAX_CHARS,
  BACKUP_MAX_CHARS,
  REQUEST_MAX_BYTES,
  requestBytesForText
} from './limits'
import type { SavedFile } from './saved-file'

declare const resultType: unique symbol

/** What a host must know about a method beyond its input schema. */
export interface MethodRules {
  /**
   * The largest request body a host that reads bytes (the browser host) accepts for this method,
   * in bytes; larger ones are refused before they are read. Defaults to REQUEST_MAX_BYTES.
   */
  readonly maxRequestBytes?: number
}

/**
 * One method: the schema its single argument must satisfy, the rules a host applies to it, and (as
 * a type only) what it returns.
 */
export interface Method<I extends z.ZodType, R> {
  readonly input: I
  readonly maxRequestBytes: number
  readonly [resultType]?: R
}

const method =
  <R>() =>
  <I extends z.ZodType>(input: I, rules: MethodRules = {}): Method<I, R> => ({
    input,
    maxRequestBytes: rules.maxRequestBytes ?? REQUEST_MAX_BYTES
  })

const noInput = z.strictObject({})

/** Where the store keeps its file and backups inside a data folder. */
export interface StorePaths {
  dataDir: string
  file: string
  backupsDir: string
}

/** Where the user's data lives, so the app can tell them how to back it up. */
export interface StoreInfo extends StorePaths {
  /** False when the store refused a file (a newer schema): changes are then kept in memory only. */
  persistent: boolean
}

export const api = {
  /** The article and its content version, as held in the store. */
  'content:get': method<Content>()(noInput),

  /**
   * The article and the content version alone: what the first screen draws, so the hosts send it
   * with the page (first-answers.ts). The rest of the content (timeline, cards, places, X-Ray)
   * comes with content:get once the article is on screen.
   */
  'content:article': method<ArticleContent>()(noInput),

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

  /**
   * Everything the user made (settings, reading position, highlights and notes, cards, their
   * progress and review log, timeline notes) as one JSON file to save, with the content version.
   */
  'backup:export': method<SavedFile>()(noInput),

  /**
   * Replace all the user's data with a backup's (upgraded if it is older; highlights re-anchored if
   * the article changed since). The data replaced is kept in the backups folder first. A damaged,
   * foreign or newer file is refused and nothing changes.
   */
  'backup:restore': method<RestoreReport>()(RestoreInput, {
    maxRequestBytes: requestBytesForText(BACKUP_MAX_CHARS)
  }),

  /** Every highlight (with its note and tags), the article and section notes, and the colours' names. */
  'annotations:list': method<AnnotationsView>()(noInput),

  /**
   * Where each placed highlight lies and its colour: enough to draw them all, and small enough to
   * come with the page (a tenth of the list's size), so highlights show before the list arrives.
   */
  'annotations:spans': method<HighlightSpan[]>()(noInput),

  /**
   * Highlight a passage in one of the five colours, optionally with a note and tags. The selectors
   * must describe the article as it stands (the quote at that position); answers the highlight.
   */
  'annotations:create': method<Annotation>()(CreateAnnotationInput),

  /** Change a highlight's colour, note or tags; answers it as saved. */
  'annotations:update': method<Annotation>()(UpdateAnnotationInput),

  /** Delete a highlight; answers it exactly as it was, so it can be restored. */
  'annotations:delete': method<Annotation>()(AnnotationIdInput),

  /** Put back a deleted highlight exactly as it was (same id and dates): the undo of a delete. */
  'annotations:restore': method<Annotation>()(RestoreAnnotationInput),

  /** Write the note on the whole article or on one section (an empty note removes it); answers every page note. */
  'pagenotes:write': method<PageNote[]>()(PageNoteInput),

  /** Rename a highlight colour (e.g. yellow to "key point"); answers every colour's name. */
  'highlightcolors:rename': method<ColorNames>()(RenameColorInput),

  /** Every annotation as a file to save: Markdown (readable in Obsidian) or W3C Web Annotation JSON. */
  'annotations:export': method<SavedFile>()(AnnotationExportInput),

  /**
   * Import a W3C Web Annotation JSON export: exact duplicates are skipped, bad items rejected with a
   * reason, the rest added (re-anchored; unplaceable ones as orphans). A damaged or foreign file changes nothing.
   */
  'annotations:import': method<ImportReport>()(AnnotationImportInput, {
    maxRequestBytes: requestBytesForText(ANNOTATION_IMPORT_MAX_CHARS)
  }),

  /** The user's notes on timeline events, oldest first: all of them, or those on one event. */
  'eventnotes:list': method<EventNote[]>()(ListEventNotesInput),

  /** Add a note (with optional tags) to a timeline event; answers the note as saved. */
  'eventnotes:add': method<EventNote>()(AddEventNoteInput),

  /** Change a note's text, its tags, or both; answers the note as saved. */
  'eventnotes:edit': method<EventNote>()(EditEventNoteInput),

  /** Delete a note; answers the notes that remain on its event. */
  'eventnotes:delete': method<EventNote[]>()(DeleteEventNoteInput),

  /** The review queue now: the deck's due, new and learning counts and the card to show next, with each grade's interval. */
  'cards:next': method<ReviewView>()(noInput),

  /**
   * Grade a card 1 Again, 2 Hard, 3 Good or 4 Easy (scheduled by FSRS); answers the queue after it.
   * Refused for an unknown or suspended card, or when the clock reads earlier than the last review.
   */
  'cards:grade': method<ReviewView>()(GradeInput),

  /** Undo the last grade: the card's state is restored exactly and its log entry removed; answers the queue showing that card. */
  'cards:undo': method<ReviewView>()(noInput),

  /** The scheduling settings: desired retention and new cards per day. */
  'cards:settings': method<CardSettings>()(noInput),

  /** Change one or both scheduling settings; answers them as saved. */
  'cards:configure': method<CardSettings>()(CardSettingsInput),

  /** Every card (built-in, then own) with its state, due date, recall and note: the card browser's rows. */
  'cards:list': method<CardRow[]>()(noInput),

  /** Write an own card (question and answer, or cloze), optionally from a passage: its paragraph and quote. */
  'cards:create': method<OwnCard>()(CreateCardInput),

  /** Rewrite an own card's faces; answers it as saved. Built-in cards cannot be edited. */
  'cards:update': method<OwnCard>()(UpdateCardInput),

  /** Delete an own card and its progress (its past reviews stay in the statistics); answers every card. */
  'cards:delete': method<CardRow[]>()(z.strictObject({ id: CardId })),

  /** Suspend or unsuspend cards (kept across content updates); answers every card. */
  'cards:suspend': method<CardRow[]>()(SuspendInput),

  /**
   * Forget cards' progress: they become new again (a suspension is kept); answers every card and
   * the id that undoes this reset (kept until the app restarts).
   */
  'cards:reset': method<CardsReset>()(CardIdsInput),

  /**
   * Undo a reset: each card's progress is put back exactly as it was. Refused, changing nothing,
   * when any of the cards was reviewed or changed since (here or in another window), or when the
   * reset is not known (already undone, or made before the app restarted); answers every card.
   */
  'cards:unreset': method<CardRow[]>()(UndoResetInput),

  /** Set a personal note on any card (an empty note removes it); answers the card's row. */
  'cards:note': method<CardRow>()(NoteInput),

  /** Every card as a file to save: Anki Basic or Cloze notes (tab-separated, with Anki's headers) or CSV. */
  'cards:export': method<ExportFile>()(ExportInput),

  /** Reviews per day, true retention, cards by state and the due forecast. */
  'cards:stats': method<CardStats>()(noInput),

  /** How well each section's cards are known: mean probability of recall of its studied cards. */
  'cards:recall': method<SectionRecall[]>()(noInput),

  /** Start a quiz of N questions from the deck or one section: multiple choice, typed, or mixed. */
  'quiz:start': method<QuizStarted>()(QuizStartInput),

  /** Answer one question of an open quiz; answers whether it was right and what was expected. */
  'quiz:answer': method<QuizVerdict>()(QuizAnswerInput),

  /**
   * "I was right": count a typed answer judged wrong as right (right: true), or undo that (false).
   * In an open quiz it changes the verdict; in one finished this session it also changes the record
   * kept in the history and turns the review it recorded (Again) into Good, or back.
   */
  'quiz:override': method<QuizOverridden>()(QuizOverrideInput),

  /** Finish a quiz: it is kept in the history and, if asked at the start, graded as reviews. */
  'quiz:finish': method<QuizResult>()(QuizIdInput),

  /** Finished quizzes, newest first. */
  'quiz:history': method<QuizRecord[]>()(noInput)
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

export type ErrorCode =
  | 'invalid-input'
  | 'not-found'
  | 'unknown-method'
  | 'store-failed'
  | 'internal'
  /** A write that started from a revision another window has since replaced: nothing was changed. */
  | 'conflict'

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

/** The largest request body a host accepts for `name`: its method's own limit, or the default for a name that is no method. */
export function maxRequestBytes(name: string): number {
  return isMethodName(name) ? api[name].maxRequestBytes : REQUEST_MAX_BYTES
}

/** The parts of the user's data a window shows, as change notices name them. */
export type ChangeDomain =
  | 'settings'
  | 'progress'
  | 'notices'
  | 'annotations'
  | 'eventnotes'
  | 'cards'
  /** A restore replaced all of it. */
  | 'everything'

/**
 * The methods that change the user's data, and which part each changes. After one succeeds, the
 * host sends every open window a change notice, so a second window shows what the first did.
 * A method not named here only reads (src/main/dispatch.test.ts holds every other method to that).
 */
export const changes = {
  'settings:update': 'settings',
  'progress:save': 'progress',
  'notices:dismiss': 'notices',
  'backup:restore': 'everything',
  'annotations:create': 'annotations',
  'annotations:update': 'annotations',
  'annotations:delete': 'annotations',
  'annotations:restore': 'annotations',
  'pagenotes:write': 'annotations',
  'highlightcolors:rename': 'annotations',
  'annotations:import': 'annotations',
  'eventnotes:add': 'eventnotes',
  'eventnotes:edit': 'eventnotes',
  'eventnotes:delete': 'eventnotes',
  'cards:grade': 'cards',
  'cards:undo': 'cards',
  'cards:configure': 'cards',
  'cards:create': 'cards',
  'cards:update': 'cards',
  'cards:delete': 'cards',
  'cards:suspend': 'cards',
  'cards:reset': 'cards',
  'cards:unreset': 'cards',
  'cards:note': 'cards',
  'quiz:finish': 'cards',
  // “I was right” on a finished quiz rewrites its review and record (on an open one, its verdict only).
  'quiz:override': 'cards'
} as const satisfies Partial<Record<MethodName, ChangeDomain>>

/** A method that changes the user's data. */
export type WritingMethod = keyof typeof changes

/** The part of the data `name` changes, or null when it only reads. */
export function changedBy(name: MethodName): ChangeDomain | null {
  return Object.hasOwn(changes, name) ? changes[name as WritingMethod] : null
}

/** What every open window is told after a write succeeds. */
export interface ChangeNotice {
  /** The method that changed the data. */
  method: WritingMethod
  domain: ChangeDomain
}

declare const payloadType: unique symbol

/** One event a host sends of its own accord (as a type only: what it carries). */
export interface HostEvent<P> {
  readonly [payloadType]?: P
}

const event = <P>(): HostEvent<P> => ({})

/**
 * What the hosts push to every open window, declared once like the methods: Electron sends each
 * on the channel of its name (`webContents.send`), the browser host as a server-sent event of that
 * name on /events. The preload and the browser host's bridge script derive their listeners from it.
 */
export const events = {
  /** The user's data changed (in this window or another): refresh what shows that part of it. */
  'data:changed': event<ChangeNotice>()
} as const

export type EventName = keyof typeof events
export const eventNames = Object.keys(events) as EventName[]
/** What event E carries. */
export type EventPayload<E extends EventName> = (typeof events)[E] extends HostEvent<infer P> ? P : never

/**
 * `window.apiEvents` as both hosts expose it: one function per event, which calls `listener` with
 * each one sent and answers a function that stops listening.
 */
export type WindowEvents = {
  [E in EventName]: (listener: (payload: EventPayload<E>) => void) => () => void
}
