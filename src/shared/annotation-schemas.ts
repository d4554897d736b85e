/**
 * Schemas of the user's annotations: highlights with notes and tags (anchored by W3C Web Annotation
 * selectors), notes on the whole article or one section, the names of the highlight colours, and
 * the inputs of the annotations:* methods.
 */
import { z } from 'zod'
import { ItemId, SectionId } from './ids'
import { ANNOTATION_IMPORT_MAX_CHARS, COLOR_NAME_MAX, HIGHLIGHT_COLORS } from './limits'
import { NoteTextSchema, TagsSchema } from './note-schemas'
import { RevisionSchema } from './revision'

export const HighlightColorSchema = z.enum(HIGHLIGHT_COLORS)

export const ColorNameSchema = z.string().trim().min(1).max(COLOR_NAME_MAX)
/**
 * A colour name as the user gives one: one line, since it is shown on one line and embedded in the
 * Markdown export. The stored names keep the looser ColorNameSchema so that a data file holding a
 * name from before this rule still opens (the export escapes whatever it embeds).
 */
export const ColorNameInputSchema = ColorNameSchema.refine(
  (name) => !/[\p{Cc}\u2028\u2029]/u.test(name),
  'A colour name is one line of text, without line breaks or tabs.'
)

/** W3C Web Annotation selectors: a highlight is anchored by quote and by position, never by DOM range. */
export const TextQuoteSelectorSchema = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1).max(200_000),
  prefix: z.string().max(1_000),
  suffix: z.string().max(1_000)
})
export const TextPositionSelectorSchema = z
  .object({
    type: z.literal('TextPositionSelector'),
    start: z.number().int().min(0),
    end: z.number().int().min(0)
  })
  .refine((p) => p.end > p.start, 'a position ends after it starts')
export const SelectorsSchema = z.tuple([TextQuoteSelectorSchema, TextPositionSelectorSchema])

export const AnnotationSchema = z.object({
  id: ItemId,
  created: z.iso.datetime(),
  updated: z.iso.datetime(),
  color: HighlightColorSchema,
  note: NoteTextSchema,
  tags: TagsSchema,
  target: z.object({
    selector: SelectorsSchema,
    /**
     * The selectors as the user made them, present only once a content update moved or reworded
     * the highlight: re-anchoring tries them first, so reverting the article puts it back exactly.
     */
    made: SelectorsSchema.optional()
  }),
  /** True when the annotation could not be re-anchored after a content change; kept, never dropped. */
  orphaned: z.boolean()
})

/** Where a page note belongs: the whole article, or one section (by section id). */
export const PageNoteTargetSchema = z.union([z.literal('article'), SectionId])

/** A note not tied to a highlight: one on the whole article, or one per section. */
export const PageNoteSchema = z.object({
  target: PageNoteTargetSchema,
  note: NoteTextSchema,
  updated: z.iso.datetime()
})

export const ColorNamesSchema = z.object(
  Object.fromEntries(HIGHLIGHT_COLORS.map((c) => [c, ColorNameSchema])) as Record<
    HighlightColor,
    typeof ColorNameSchema
  >
)

// ── Inputs of the annotations:* methods ─────────────────────────────────────────────────────────

export const CreateAnnotationInput = z.strictObject({
  color: HighlightColorSchema,
  selector: SelectorsSchema,
  note: NoteTextSchema.optional(),
  tags: TagsSchema.optional()
})

export const UpdateAnnotationInput = z
  .strictObject({
    id: ItemId,
    color: HighlightColorSchema.optional(),
    note: NoteTextSchema.optional(),
    tags: TagsSchema.optional(),
    /** The revision of the note this write replaces, as the user saw it (see shared/revision.ts). */
    revision: RevisionSchema.optional()
  })
  .refine(
    (u) => u.color !== undefined || u.note !== undefined || u.tags !== undefined,
    'give something to change'
  )

export const AnnotationIdInput = z.strictObject({ id: ItemId })
export const RestoreAnnotationInput = z.strictObject({ annotation: AnnotationSchema })
export const PageNoteInput = z.strictObject({
  target: PageNoteTargetSchema,
  note: NoteTextSchema,
  /** The revision of the note this write replaces ('' when there was none), as the user saw it. */
  revision: RevisionSchema.optional()
})
export const RenameColorInput = z.strictObject({ color: HighlightColorSchema, name: ColorNameInputSchema })
export const AnnotationExportInput = z.strictObject({ format: z.enum(['markdown', 'json']) })
/** An import file's text: a few megabytes at most (10,000 annotations with notes fit well within). */
export const AnnotationImportInput = z.strictObject({ text: z.string().max(ANNOTATION_IMPORT_MAX_CHARS) })

export type HighlightColor = z.infer<typeof HighlightColorSchema>
export type Annotation = z.infer<typeof AnnotationSchema>
export type PageNote = z.infer<typeof PageNoteSchema>
export type ColorNames = z.infer<typeof ColorNamesSchema>

/** Everything the reader and the Notes view show of the user's annotations. */
/**
 * Where one placed highlight lies in the article text, [start, end), and its colour: all the
 * reader needs to draw it.
 */
export type HighlightSpan = [start: number, end: number, color: HighlightColor]

export interface AnnotationsView {
  annotations: Annotation[]
  pageNotes: PageNote[]
  colorNames: ColorNames
}

/** What an import did: each item added, skipped as an exact duplicate, or rejected with a reason. */
export interface ImportReport {
  added: number
  skipped: number
  rejected: { item: number; reason: string }[]
}
