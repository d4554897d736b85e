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
