/**
 * Plain values that the schemas and the renderer share. Nothing here imports zod: the renderer
 * imports these, and importing a schema module instead would bundle all of zod into the window.
 */
import type { Settings } from './schemas'

/** Body text size in CSS pixels: the reader's range and starting size. */
export const TEXT_SIZE = { min: 14, max: 28, default: 19 } as const

export const DEFAULT_SETTINGS: Settings = {
  theme: 'system',
  textSize: TEXT_SIZE.default,
  lineWidth: 'medium',
  showStandardTerms: false
}

/** The longest note on a timeline event, in characters (the same limit as a highlight's note). */
export const EVENT_NOTE_MAX = 20_000

/** The highlight colours, in the order the toolbar offers them. */
export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const

/** What each colour means until the user renames it. */
export const DEFAULT_COLOR_NAMES: Record<(typeof HIGHLIGHT_COLORS)[number], string> = {
  yellow: 'Key point',
  green: 'Fact to remember',
  blue: 'Context',
  pink: 'Question',
  purple: 'Quote'
}

/** The longest note on a highlight, a section or the article, in characters. */
export const NOTE_MAX = 20_000

/**
 * The largest full backup Debrief restores, in characters. Without the article, a backup is mostly
 * the review log: a long-time user's 300,000 reviews come to about 20 MB.
 */
export const BACKUP_MAX_CHARS = 50_000_000

/** The largest annotation import file, in characters (10,000 highlights with notes fit well within). */
export const ANNOTATION_IMPORT_MAX_CHARS = 50_000_000

/** The largest request body a host accepts for a method that declares no limit of its own, in bytes. */
export const REQUEST_MAX_BYTES = 1_000_000

/**
 * The request body a method whose input carries one text of up to `maxChars` characters needs, in
 * bytes: a JSON string can double in length (every quote and backslash escaped), plus the envelope.
 */
export function requestBytesForText(maxChars: number): number {
  return 2 * maxChars + 1024
}
