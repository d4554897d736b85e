/**
 * Every limit and every fixed list of choices, once: the schemas, the services and the renderer all
 * read them from here. A leaf: nothing here imports zod or another module, so the renderer imports
 * these without bundling zod into the window, and no schema module can form an import circle.
 */

// ── Reader settings ──────────────────────────────────────────────────────────────────────────────

/** Body text size in CSS pixels: the reader's range and starting size. */
export const TEXT_SIZE = { min: 14, max: 28, default: 19 } as const

/** The reader's themes, in the order the settings offer them. */
export const THEMES = ['system', 'light', 'sepia', 'dark'] as const
/** The reader's line widths, in the order the settings offer them. */
export const LINE_WIDTHS = ['narrow', 'medium', 'wide'] as const

/** The settings of a new data folder (the store's SettingsSchema accepts exactly this shape). */
export const DEFAULT_SETTINGS: {
  theme: (typeof THEMES)[number]
  textSize: number
  lineWidth: (typeof LINE_WIDTHS)[number]
  showStandardTerms: boolean
} = {
  theme: 'system',
  textSize: TEXT_SIZE.default,
  lineWidth: 'medium',
  showStandardTerms: false
}

// ── Notes, tags and highlights ───────────────────────────────────────────────────────────────────

/** The longest note, in characters: on a highlight, a section, the article or a timeline event. */
export const NOTE_MAX = 20_000

/** The longest tag, in characters, and the most tags one note may carry. */
export const TAG_MAX_LENGTH = 64
export const TAGS_MAX = 64

/** The longest name a highlight colour may be given, in characters. */
export const COLOR_NAME_MAX = 40

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

// ── Files and requests ───────────────────────────────────────────────────────────────────────────

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

// ── Flashcards and quizzes ───────────────────────────────────────────────────────────────────────

/** The longest front, back or cloze text a card may have: a paragraph, not an essay. */
export const CARD_TEXT_MAX = 1_000
/** The longest personal note on a card. */
export const CARD_NOTE_MAX = 2_000
/** Own cards are named `own-…`; built-in ids may never start so, so the two can never collide. */
export const OWN_CARD_PREFIX = 'own-'

/** What a built-in card drills: people and roles, dates and sequence, claims and numbers, who said what. */
export const CARD_KINDS = ['people', 'dates', 'claims', 'quotes'] as const

/** A deletion in cloze text, Anki's way: `{{c1::hidden words}}` (an optional `::hint` is not used). */
export const CLOZE_PATTERN = /\{\{c\d+::(.+?)\}\}/g

/** ts-fsrs's states, by the number the store keeps. */
export const CARD_STATES = ['new', 'learning', 'review', 'relearning'] as const

export const RETENTION = { min: 0.7, max: 0.99, default: 0.9 } as const
export const NEW_PER_DAY = { min: 0, max: 1_000, default: 20 } as const
export const QUIZ_SIZE = { min: 1, max: 50, default: 10 } as const
export const QUIZ_MODES = ['mixed', 'choice', 'typed'] as const
export const EXPORT_FORMATS = ['anki-basic', 'anki-cloze', 'csv'] as const
