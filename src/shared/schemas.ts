/**
 * Zod schemas for everything that crosses a boundary: the shipped content, the store file and the
 * inputs of the contract. Types are inferred from these, so each shape is written exactly once.
 */
import { z } from 'zod'
import { LINE_WIDTHS, TEXT_SIZE, THEMES } from './limits'
import { AnnotationSchema, ColorNamesSchema, PageNoteSchema } from './annotation-schemas'
import { DeckSchema, FlashcardsDataSchema } from './card-schemas'
import { ParagraphId, SectionId } from './ids'
import { PlacesSchema } from './places-schemas'
import { EventNoteSchema, TimelineSchema } from './timeline-schemas'
import { XraySchema } from './xray-schemas'

// ── Content ──────────────────────────────────────────────────────────────────────────────────────

export const ParagraphSchema = z.object({ id: ParagraphId, text: z.string().min(1) })

export const SectionSchema = z.object({
  id: SectionId,
  /** The heading line exactly as in article.txt; null for the untitled opening. */
  heading: z.string().min(1).nullable(),
  paragraphs: z.array(ParagraphSchema).min(1)
})

/** A paraphrased phrase and the standard wording a reader would expect (FACTS.md §1). */
export const TermSchema = z.object({
  phrase: z.string().min(1),
  standard: z.string().min(1),
  /** Why the standard wording is what it is, or how sure it is; shown under it. */
  note: z.string().min(1).optional(),
  /**
   * The phrase is a whole quoted passage (its quotation marks included) and `standard` the speaker's
   * likely words. A quote is marked as a whole, and the terms inside it are marked within it.
   */
  quote: z.literal(true).optional(),
  /** Paragraph ids, or section ids for their headings; omitted for a term marked wherever it occurs. */
  in: z
    .array(z.union([ParagraphId, SectionId]))
    .min(1)
    .optional()
})

export const ArticleSchema = z.object({
  title: z.string().min(1),
  /** Short title for the window and the contents. */
  shortTitle: z.string().min(1),
  source: z.object({ publisher: z.string().min(1), published: z.string().min(1) }),
  /** The contributors' line, shown as the article's credit. */
  credit: ParagraphSchema,
  sections: z.array(SectionSchema).min(1),
  terms: z.array(TermSchema)
})

export const ContentSchema = z.object({
  /** A hash of the files in resources/content: it changes whenever the shipped content does. */
  version: z.string().regex(/^[0-9a-f]{16,64}$/),
  article: ArticleSchema,
  timeline: TimelineSchema,
  /** The built-in flashcard deck. */
  cards: DeckSchema,
  /**
   * Where it happened, for the map. Always shipped; optional only so that a store written before
   * places existed still validates (it is never quarantined for it): the content refresh that
   * follows on opening, its version being older, fills it in.
   */
  places: PlacesSchema.optional(),
  /**
   * Who and what the article is about. A store written before the X-Ray existed has none; it reads
   * as empty, and the content refresh that follows (the version changed) fills it in.
   */
  xray: XraySchema.default({ entries: [], quotes: [] })
})

// ── User data ────────────────────────────────────────────────────────────────────────────────────

export const ThemeSchema = z.enum(THEMES)
export const LineWidthSchema = z.enum(LINE_WIDTHS)

export const SettingsSchema = z.object({
  theme: ThemeSchema,
  /** Body text size in CSS pixels. */
  textSize: z.number().int().min(TEXT_SIZE.min).max(TEXT_SIZE.max),
  lineWidth: LineWidthSchema,
  showStandardTerms: z.boolean(),
  /**
   * Mark the X-Ray's names in the reader. Optional (absent means off) so files from before it load,
   * and without a zod default, which `.partial()` would apply to every settings update.
   */
  showNames: z.boolean().optional()
})

export const ProgressSchema = z.object({
  /** The paragraph at the top of the reader when the user last scrolled; null before any reading. */
  paragraphId: ParagraphId.nullable(),
  /**
   * That paragraph's words, carried in a backup so a restore into other content finds it by its
   * words, and kept after a content update took the paragraph away (the position then moved on to
   * the next one), so that putting it back brings the reader back to it.
   */
  paragraphText: z.string().min(1).max(20_000).optional(),
  /** How far through the article, 0 to 1. */
  fraction: z.number().min(0).max(1),
  updatedAt: z.iso.datetime().nullable()
})

/** Something the user must be told about their data, kept until they dismiss it. */
export const NoticeSchema = z.object({
  id: z.string().min(1),
  kind: z.enum([
    'recovered-from-backup',
    'started-fresh',
    'newer-schema',
    'content-updated',
    'reviews-clamped'
  ]),
  message: z.string().min(1),
  /** Where the set-aside file now is, when there is one. */
  file: z.string().nullable(),
  at: z.iso.datetime()
})

export const WindowStateSchema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(200),
  height: z.number().int().min(200),
  maximized: z.boolean()
})

/** Spaced-repetition state of one card, in the shape ts-fsrs uses (dates as ISO strings). */
export const CardStateSchema = z.object({
  due: z.iso.datetime(),
  stability: z.number().min(0),
  difficulty: z.number().min(0),
  elapsed_days: z.number().min(0),
  scheduled_days: z.number().min(0),
  learning_steps: z.number().int().min(0),
  reps: z.number().int().min(0),
  lapses: z.number().int().min(0),
  state: z.number().int().min(0).max(3),
  last_review: z.iso.datetime().optional(),
  suspended: z.boolean()
})

/**
 * One review, as a compact tuple: the log grows by every grade ever given (hundreds of thousands of
 * entries for a long-time user), and as objects it would dominate the store's size and load time.
 * [card id, rating 1–4, reviewed at (ms since epoch), state before the review 0–3, days since the
 * previous review, days scheduled, stability after, difficulty after]
 */
export const ReviewLogEntrySchema = z.tuple([
  z.string().min(1),
  z.number().int().min(1).max(4),
  z.number().int().min(0),
  z.number().int().min(0).max(3),
  z.number().min(0),
  z.number().min(0),
  z.number().min(0),
  z.number().min(0)
])

/**
 * Whether `entry` is a well-formed review-log entry: exactly what ReviewLogEntrySchema declares,
 * checked by hand because zod's per-element parse is about 20× slower, and at 300,000 entries that
 * alone would take most of a second on every start. A test holds the two to the same verdicts.
 */
export function isReviewLogEntry(entry: unknown): entry is ReviewLogEntry {
  // Read by index, with no helpers made per call: this runs once per entry of a log that long.
  if (!Array.isArray(entry) || entry.length !== 8) return false
  const cardId: unknown = entry[0]
  const rating: unknown = entry[1]
  const reviewedAt: unknown = entry[2]
  const state: unknown = entry[3]
  return (
    typeof cardId === 'string' &&
    cardId.length > 0 &&
    Number.isInteger(rating) &&
    (rating as number) >= 1 &&
    (rating as number) <= 4 &&
    Number.isSafeInteger(reviewedAt) &&
    (reviewedAt as number) >= 0 &&
    Number.isInteger(state) &&
    (state as number) >= 0 &&
    (state as number) <= 3 &&
    isReviewAmount(entry[4]) &&
    isReviewAmount(entry[5]) &&
    isReviewAmount(entry[6]) &&
    isReviewAmount(entry[7])
  )
}

/** z.number().min(0): a finite number, not negative. */
function isReviewAmount(n: unknown): boolean {
  return typeof n === 'number' && Number.isFinite(n) && n >= 0
}

export const ReviewLogSchema = z.custom<ReviewLogEntry[]>(
  (log) => Array.isArray(log) && log.every(isReviewLogEntry),
  'the review log has a malformed entry'
)

export const CURRENT_SCHEMA_VERSION = 1

/** The whole store file. Bump CURRENT_SCHEMA_VERSION and add a migration whenever this changes. */
export const StoreSchema = z.object({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  content: ContentSchema,
  settings: SettingsSchema,
  progress: ProgressSchema,
  notices: z.array(NoticeSchema),
  window: WindowStateSchema.nullable(),
  annotations: z.array(AnnotationSchema),
  pageNotes: z.array(PageNoteSchema),
  colorNames: ColorNamesSchema,
  cards: z.record(z.string().min(1), CardStateSchema),
  reviewLog: ReviewLogSchema,
  eventNotes: z.array(EventNoteSchema),
  flashcards: FlashcardsDataSchema,
  /**
   * The last review-journal record this file holds (src/main/store/review-journal.ts): records above
   * it are replayed at open, those at or below it never twice. Absent in files from before the journal.
   */
  journalSeq: z.number().int().min(0).optional()
})

export type Paragraph = z.infer<typeof ParagraphSchema>
export type Section = z.infer<typeof SectionSchema>
export type Term = z.infer<typeof TermSchema>
export type Article = z.infer<typeof ArticleSchema>
export type Content = z.infer<typeof ContentSchema>
/** The article and its content version, without the rest of the content. */
export type ArticleContent = Pick<Content, 'version' | 'article'>
export type Theme = z.infer<typeof ThemeSchema>
export type LineWidth = z.infer<typeof LineWidthSchema>
export type Settings = z.infer<typeof SettingsSchema>
export type Progress = z.infer<typeof ProgressSchema>
export type Notice = z.infer<typeof NoticeSchema>
export type WindowState = z.infer<typeof WindowStateSchema>
export type CardState = z.infer<typeof CardStateSchema>
export type ReviewLogEntry = z.infer<typeof ReviewLogEntrySchema>
export type StoreData = z.infer<typeof StoreSchema>

export const EMPTY_PROGRESS: Progress = { paragraphId: null, fraction: 0, updatedAt: null }
