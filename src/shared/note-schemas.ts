/**
 * The text and tags of a note, as a highlight, a page and a timeline event all hold them: one rule
 * for each, so a note or a tag that fits in one place fits in every other.
 */
import { z } from 'zod'
import { NOTE_MAX, TAG_MAX_LENGTH, TAGS_MAX } from './limits'

export const NoteTextSchema = z
  .string()
  .max(NOTE_MAX, `A note can be at most ${NOTE_MAX.toLocaleString('en')} characters.`)

/** One tag: trimmed, 1 to TAG_MAX_LENGTH characters. */
export const TagSchema = z.string().trim().min(1).max(TAG_MAX_LENGTH)
export const TagsSchema = z.array(TagSchema).max(TAGS_MAX)
