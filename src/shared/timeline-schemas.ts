/**
 * Zod schemas for the timeline: its events and the February–August comparison (shipped content,
 * resources/content/timeline.json), and the notes a user keeps on events (user data).
 */
import { z } from 'zod'
import { EventId, ItemId, ParagraphId } from './ids'
import { NoteTextSchema, TagsSchema } from './note-schemas'
import { RevisionSchema } from './revision'

/** A calendar date as written where the event happened: YYYY-MM-DD. */
export const LocalDate = z.iso.date()

export const WEEKDAYS = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday'
] as const
export const Weekday = z.enum(WEEKDAYS)

/** An IANA time-zone name this runtime knows, e.g. America/New_York. */
export const TimeZone = z.string().refine((zone) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone })
    return true
  } catch {
    return false
  }
}, 'not an IANA time zone')

export const PartOfDay = z.enum(['morning', 'afternoon', 'evening', 'night'])

/** When in the day, as far as it is known: a clock time (to the minute) or only a part of the day. */
export const EventTimeSchema = z.union([
  z.strictObject({
    /** Local wall-clock time, 24-hour HH:MM. */
    at: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time looks like 13:15'),
    /** True for a reported "about" time (FACTS.md's "~"). */
    approximate: z.boolean()
  }),
  z.strictObject({ partOfDay: PartOfDay })
])

/** The same moment's local date somewhere else, recorded where it differs (FACTS.md §5.3). */
export const OtherLocalDateSchema = z.strictObject({
  place: z.string().min(1),
  timeZone: TimeZone,
  date: LocalDate,
  weekday: Weekday
})

export const TimelineEventSchema = z.strictObject({
  id: EventId,
  /** The local date where it happened. */
  date: LocalDate,
  weekday: Weekday,
  /** Null when the time of day is not known. */
  time: EventTimeSchema.nullable(),
  /** The zone of `date` and `time`; null when the event has no single place (an online post). */
  timeZone: TimeZone.nullable(),
  /** Null when no place is on record. */
  place: z.string().min(1).nullable(),
  participants: z.array(z.string().min(1)).min(1),
  /** A short label for the axis. */
  title: z.string().min(1).max(60),
  /** What happened. */
  summary: z.string().min(1),
  /** The article paragraphs that refer to it. */
  paragraphIds: z.array(ParagraphId).min(1),
  otherLocalDates: z.array(OtherLocalDateSchema)
})

/** The article's own words (verbatim, paraphrase and all) in one paragraph. */
export const ArticleQuoteSchema = z.strictObject({ paragraphId: ParagraphId, text: z.string().min(1) })

export const ComparisonCellSchema = z.strictObject({
  text: z.string().min(1),
  paragraphIds: z.array(ParagraphId).min(1)
})

export const ComparisonRowSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z-]*$/),
  label: z.string().min(1),
  february: ComparisonCellSchema,
  august: ComparisonCellSchema
})

/** The February and August Oval Office meetings side by side. */
export const ComparisonSchema = z.strictObject({
  februaryEventId: EventId,
  augustEventId: EventId,
  rows: z.array(ComparisonRowSchema).min(1),
  /** What the article itself says about each meeting. */
  articleLines: z.strictObject({
    february: z.array(ArticleQuoteSchema).min(1),
    august: z.array(ArticleQuoteSchema).min(1)
  }),
  /** A caution printed under the table. */
  note: z.string().min(1)
})

export const TimelineSchema = z
  .strictObject({ events: z.array(TimelineEventSchema).min(1), comparison: ComparisonSchema })
  .superRefine((timeline, ctx) => {
    const ids = new Set<string>()
    for (const [index, event] of timeline.events.entries()) {
      if (ids.has(event.id)) {
        ctx.addIssue({ code: 'custom', path: ['events', index, 'id'], message: `duplicate id ${event.id}` })
      }
      ids.add(event.id)
    }
    for (const key of ['februaryEventId', 'augustEventId'] as const) {
      if (!ids.has(timeline.comparison[key])) {
        ctx.addIssue({ code: 'custom', path: ['comparison', key], message: 'names no event' })
      }
    }
  })

/** A user's note on one timeline event. Kept when the event leaves the shipped timeline. */
export const EventNoteSchema = z.strictObject({
  id: ItemId,
  eventId: EventId,
  note: NoteTextSchema,
  tags: TagsSchema,
  created: z.iso.datetime(),
  updated: z.iso.datetime()
})

// ── Inputs of the eventnotes:* methods ─────────────────────────────────────────────────────────────

/** A note's text as a caller gives it: kept exactly as typed, but it must say something. */
const WrittenNote = NoteTextSchema.refine((text) => text.trim().length > 0, 'the note is empty')
const NoteIdInput = z.string().min(1, 'name a note').max(100)

export const ListEventNotesInput = z.strictObject({ eventId: EventId.optional() })
export const AddEventNoteInput = z.strictObject({
  eventId: EventId,
  note: WrittenNote,
  tags: TagsSchema.optional()
})
export const EditEventNoteInput = z
  .strictObject({
    id: NoteIdInput,
    note: WrittenNote.optional(),
    tags: TagsSchema.optional(),
    /** The revision of the note this write replaces, as the user saw it (see shared/revision.ts). */
    revision: RevisionSchema.optional()
  })
  .refine((edit) => edit.note !== undefined || edit.tags !== undefined, 'give a new note or new tags')
export const DeleteEventNoteInput = z.strictObject({ id: NoteIdInput })

export type LocalDate = z.infer<typeof LocalDate>
export type WeekdayName = z.infer<typeof Weekday>
export type PartOfDay = z.infer<typeof PartOfDay>
export type EventTime = z.infer<typeof EventTimeSchema>
export type OtherLocalDate = z.infer<typeof OtherLocalDateSchema>
export type TimelineEvent = z.infer<typeof TimelineEventSchema>
export type ArticleQuote = z.infer<typeof ArticleQuoteSchema>
export type ComparisonRow = z.infer<typeof ComparisonRowSchema>
export type Comparison = z.infer<typeof ComparisonSchema>
export type Timeline = z.infer<typeof TimelineSchema>
export type EventNote = z.infer<typeof EventNoteSchema>
