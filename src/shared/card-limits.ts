/**
 * Plain values about flashcards that the schemas, the services and the renderer share. Nothing here
 * imports zod: the renderer imports these, and importing card-schemas.ts instead would bundle all
 * of zod into the window.
 */

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
