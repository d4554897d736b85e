/**
 * Zod schemas for flashcards: the built-in deck (shipped content, resources/content/cards.json), the
 * user's own cards, notes, settings and quiz history (user data), and the inputs of the cards:* and
 * quiz:* methods.
 */
import { z } from 'zod'
import {
  CARD_KINDS,
  CARD_NOTE_MAX,
  type CARD_STATES,
  CARD_TEXT_MAX,
  CLOZE_PATTERN,
  EXPORT_FORMATS,
  NEW_PER_DAY,
  OWN_CARD_PREFIX,
  QUIZ_MODES,
  QUIZ_SIZE,
  RETENTION
} from './limits'
import { CardId, DeckCardId, DeckTag, ItemId, ParagraphId, SectionId } from './ids'
import { RevisionSchema, type Revision } from './revision'
import type { SavedFile } from './saved-file'

/** What a built-in card drills: people and roles, dates and sequence, claims and numbers, who said what. */
export const DeckCardKind = z.enum(CARD_KINDS)

/** One side of a card: trimmed, not empty, not over-long; `what` names the side in messages. */
export const cardText = (what: string) =>
  z
    .string()
    .trim()
    .min(1, `${what} is empty`)
    .max(CARD_TEXT_MAX, `${what} is longer than ${CARD_TEXT_MAX.toLocaleString('en-GB')} characters`)

/** Cloze text: it must hide at least one part, marked `{{c1::like this}}`. */
export const clozeText = (what: string) =>
  cardText(what).refine(
    (text) => new RegExp(CLOZE_PATTERN.source).test(text),
    `${what} hides nothing: mark at least one part {{c1::like this}}`
  )

const BasicFaces = {
  type: z.literal('basic'),
  front: cardText('the question'),
  back: cardText('the answer')
}
const ClozeFaces = {
  type: z.literal('cloze'),
  text: clozeText('the cloze text')
}

const deckCardFields = {
  /** Stable forever: progress, notes and suspensions are keyed by it. */
  id: DeckCardId,
  kind: DeckCardKind,
  section: SectionId,
  /** Topics beyond the section and kind, which are tags too. */
  tags: z.array(DeckTag),
  /** The paragraphs the card is drawn from: "Show in article" opens the first. */
  sources: z.array(ParagraphId).min(1, 'a built-in card names at least one source paragraph'),
  /** Context shown with the answer. */
  explain: z.string().min(1).optional(),
  /** Other answers a typed quiz accepts, beside the answer itself. */
  accept: z.array(z.string().min(1)).min(1).optional(),
  /**
   * Plausible wrong answers, for multiple choice: three for four options, or one for a choice of two
   * ("Which came first…": the other event).
   */
  distractors: z
    .array(z.string().min(1))
    .min(1)
    .max(3)
    .refine((wrong) => wrong.length !== 2, 'give one wrong answer (a choice of two) or three (of four)')
    .optional(),
  /**
   * The answer is a set ("Japan and Australia"): a typed reply must name every item, in any order
   * and with any separator, and is told which it left out or added.
   */
  listAnswer: z.literal(true).optional()
}

/** A card of the built-in deck. */
export const DeckCardSchema = z.discriminatedUnion('type', [
  z.strictObject({ ...deckCardFields, ...BasicFaces }),
  z.strictObject({ ...deckCardFields, ...ClozeFaces })
])

export const DeckSchema = z.array(DeckCardSchema).min(1)

/** A phrase and the other ways of writing it, all lower case: the first is the one they mean. */
const AliasGroup = z
  .array(z.string().regex(/^[\p{Ll}\p{N} ]+$/u, 'an alias is lower-case words'))
  .min(2, 'an alias group names a phrase and at least one other way to write it')

/**
 * How typed answers are read (resources/content/answers.json): abbreviations and aliases, the people
 * a surname alone may name, the words that make a name an event's ("the Alaska summit"), and the
 * year a date may leave out.
 */
export const AnswerRulesSchema = z.strictObject({
  /** A date in this year may be typed without it ("28 Feb"); any other year must be given. */
  articleYear: z.number().int().min(1900).max(2100),
  aliases: z.array(AliasGroup),
  people: z.array(z.strictObject({ name: z.string().min(1), short: z.array(z.string().min(1)).min(1) })),
  /** Words an event's name ends in; the word before them names the event alone ("Alaska"). */
  eventWords: z.array(z.string().min(1))
})

const ownCardFields = {
  id: z.string().startsWith(OWN_CARD_PREFIX),
  kind: z.literal('own'),
  /** The section of its source paragraph, or null for a card drawn from no passage. */
  section: SectionId.nullable(),
  tags: z.array(DeckTag),
  sources: z.array(ParagraphId).max(1),
  /** The passage the card was made from, when it was made from a highlight. */
  quote: z.string().max(CARD_TEXT_MAX).optional(),
  /**
   * The words of its source paragraph, carried where its id alone cannot be trusted: in a backup
   * (ids are positions in the content it was made with), and on a card whose paragraph left the
   * article (then `sources` is empty: the card is detached, and comes back if the words do).
   */
  sourceText: z.string().min(1).max(20_000).optional(),
  created: z.iso.datetime(),
  updated: z.iso.datetime()
}

/** A card the user wrote. */
export const OwnCardSchema = z.discriminatedUnion('type', [
  z.strictObject({ ...ownCardFields, ...BasicFaces }),
  z.strictObject({ ...ownCardFields, ...ClozeFaces })
])

export const CardSettingsSchema = z.object({
  /** The probability of recall FSRS schedules for. */
  desiredRetention: z.number().min(RETENTION.min).max(RETENTION.max),
  /** How many never-seen cards a day's reviews may introduce. */
  newCardsPerDay: z.number().int().min(NEW_PER_DAY.min).max(NEW_PER_DAY.max)
})

/** One finished quiz, kept as history. */
export const QuizRecordSchema = z.object({
  id: z.string().min(1),
  at: z.iso.datetime(),
  /** The section quizzed, or null for the whole deck. */
  section: SectionId.nullable(),
  answered: z.number().int().min(0),
  correct: z.number().int().min(0),
  countedAsReviews: z.boolean(),
  /** The cards answered wrongly, with what was given. */
  mistakes: z.array(z.object({ cardId: z.string().min(1), given: z.string() }))
})

/** Everything the user keeps about flashcards besides card states and the review log. */
export const FlashcardsDataSchema = z.object({
  settings: CardSettingsSchema,
  own: z.array(OwnCardSchema),
  /** Personal notes on any card, by card id; kept when the shipped deck changes. */
  notes: z.record(z.string().min(1), z.string().min(1).max(CARD_NOTE_MAX)),
  quizzes: z.array(QuizRecordSchema)
})

export type DeckCardKind = z.infer<typeof DeckCardKind>
export type DeckCard = z.infer<typeof DeckCardSchema>
export type AnswerRules = z.infer<typeof AnswerRulesSchema>
export type OwnCard = z.infer<typeof OwnCardSchema>
/** Any card the app can show: built-in or own. */
export type AnyCard = DeckCard | OwnCard
export type CardSettings = z.infer<typeof CardSettingsSchema>
export type QuizRecord = z.infer<typeof QuizRecordSchema>
export type FlashcardsData = z.infer<typeof FlashcardsDataSchema>

/** A new store's flashcard data. */
export function emptyFlashcardsData(): FlashcardsData {
  return {
    settings: { desiredRetention: RETENTION.default, newCardsPerDay: NEW_PER_DAY.default },
    own: [],
    notes: {},
    quizzes: []
  }
}

// ── Contract inputs ──────────────────────────────────────────────────────────────────────────────

export const GradeInput = z.strictObject({
  cardId: CardId,
  /** 1 Again, 2 Hard, 3 Good, 4 Easy. */
  rating: z.number().int().min(1, 'a grade is 1 to 4').max(4, 'a grade is 1 to 4'),
  /** The revision of the card's review state when it was shown (its ReviewCard's): a grade given
   * after another window graded it is refused. */
  revision: RevisionSchema.optional()
})

const ownFaces = z.discriminatedUnion('type', [
  z.strictObject({ ...BasicFaces }),
  z.strictObject({ ...ClozeFaces })
])

/** A new own card: its faces, and optionally the passage (paragraph and quote) it was made from. */
export const CreateCardInput = z.strictObject({
  card: ownFaces,
  sourceParagraphId: ParagraphId.optional(),
  quote: z.string().trim().min(1).max(CARD_TEXT_MAX).optional()
})

export const UpdateCardInput = z.strictObject({
  id: CardId,
  card: ownFaces,
  /** The revision of the card (the whole own card, as cards:list answered it) the user started from. */
  revision: RevisionSchema.optional()
})

export const CardIdsInput = z.strictObject({
  ids: z.array(CardId).min(1, 'name at least one card').max(10_000)
})

/** The undo of one reset: the id `cards:reset` answered with. */
export const UndoResetInput = z.strictObject({ resetId: ItemId })

export const SuspendInput = z.strictObject({
  ids: z.array(CardId).min(1, 'name at least one card').max(10_000),
  suspended: z.boolean()
})

export const NoteInput = z.strictObject({
  id: CardId,
  /** The note; an empty one removes it. */
  note: z
    .string()
    .trim()
    .max(CARD_NOTE_MAX, `a note is at most ${CARD_NOTE_MAX.toLocaleString('en-GB')} characters`),
  /** The revision of the note this write replaces ('' when there was none), as the user saw it. */
  revision: RevisionSchema.optional()
})

export const CardSettingsInput = CardSettingsSchema.partial()
  .strict()
  .refine((patch) => Object.values(patch).some((v) => v !== undefined), 'name at least one setting to change')

export const ExportInput = z.strictObject({ format: z.enum(EXPORT_FORMATS) })

export const QuizStartInput = z.strictObject({
  count: z.number().int().min(QUIZ_SIZE.min).max(QUIZ_SIZE.max).default(QUIZ_SIZE.default),
  /** A section id, or omitted for the whole deck. */
  section: SectionId.optional(),
  mode: z.enum(QUIZ_MODES).default('mixed'),
  /** Grade each answer as a review when the quiz is finished: wrong → Again, right → Good. */
  asReviews: z.boolean().default(false)
})

export const QuizAnswerInput = z.strictObject({
  quizId: ItemId,
  index: z
    .number()
    .int()
    .min(0)
    .max(QUIZ_SIZE.max - 1),
  /** The option chosen (multiple choice) or the text typed. */
  answer: z.string().max(CARD_TEXT_MAX, 'an answer is at most 1,000 characters')
})

export const QuizIdInput = z.strictObject({ quizId: ItemId })

export const QuizOverrideInput = z.strictObject({
  quizId: z.string().min(1).max(100),
  index: z
    .number()
    .int()
    .min(0)
    .max(QUIZ_SIZE.max - 1),
  /** true: "I was right", count the typed answer as right; false: undo that. */
  right: z.boolean()
})

// ── Contract results ─────────────────────────────────────────────────────────────────────────────

export type CardStatus = (typeof CARD_STATES)[number]

/** How many cards wait today: the deck screen's counts. */
export interface DeckCounts {
  /** Review cards due today. */
  due: number
  /** Never-seen cards today's limit still lets in. */
  new: number
  /** Cards in (re)learning due now or within the learn-ahead window. */
  learning: number
  total: number
  suspended: number
}

/** What one grade would do: when the card would next be due. */
export interface GradePreview {
  rating: 1 | 2 | 3 | 4
  due: string
  /** The interval as a button shows it: "1m", "10m", "3d", "2mo". */
  label: string
}

/** A card as a review session shows it. */
export interface ReviewCard {
  card: AnyCard
  status: CardStatus
  /** When it is due (ISO), or null for a card never reviewed: the queue may show one a little early. */
  due: string | null
  note: string | null
  previews: GradePreview[]
  /** The revision of the card's review state now: a grade carries it back (GradeInput). */
  revision: Revision
}

/** The state of the review queue: counts, and the card to show next (null when done for now). */
export interface ReviewView {
  counts: DeckCounts
  next: ReviewCard | null
  /** When the earliest card not yet due comes due, for "next due" in the summary. */
  nextDueAt: string | null
  /** Whether a grade can be undone. */
  canUndo: boolean
}

/** One row of the card browser. */
export interface CardRow {
  card: AnyCard
  status: CardStatus
  suspended: boolean
  due: string | null
  reps: number
  lapses: number
  /** Probability of recall now (0–1), or null for a card never reviewed. */
  retrievability: number | null
  note: string | null
}

/** What a reset did: every card's row now, and the id that undoes it (`cards:unreset`). */
export interface CardsReset {
  rows: CardRow[]
  resetId: string
}

export interface DayCount {
  /** A local calendar day, YYYY-MM-DD. */
  day: string
  count: number
}

export interface CardStats {
  /** Reviews per day for the last 30 days, oldest first, with how many were Again. */
  reviewsPerDay: (DayCount & { again: number })[]
  /** Reviews of cards in the review state over the last 30 days, and the share recalled. */
  trueRetention: { reviews: number; passed: number; rate: number | null }
  byState: Record<CardStatus | 'suspended', number>
  /** Cards coming due on each of the next 30 days; today includes the overdue. */
  forecast: DayCount[]
}

/** How well one section's cards are known. */
export interface SectionRecall {
  section: string
  cards: number
  studied: number
  /** Mean probability of recall of its studied cards, or null when none is studied yet. */
  meanRetrievability: number | null
}

/** A quiz question as shown: never the answer. */
export interface QuizQuestion {
  cardId: string
  kind: 'choice' | 'typed'
  prompt: string
  /** The options, for multiple choice: four, or two for "Which came first…". */
  options: string[] | null
}

export interface QuizStarted {
  quizId: string
  section: string | null
  asReviews: boolean
  questions: QuizQuestion[]
}

export interface QuizVerdict {
  correct: boolean
  expected: string
  given: string
  sources: string[]
  /** What to add to right or wrong: "You left out: Japan.", "write the month in words". */
  feedback: string | null
  /** The student said "I was right" and the answer counts as right. */
  overridden: boolean
}

export interface QuizMistake {
  /** The question's place in the quiz, for "I was right". */
  index: number
  /** Counted as right after all: the student said "I was right" (shown so it can be undone). */
  overridden: boolean
  cardId: string
  prompt: string
  expected: string
  given: string
  sources: string[]
}

export interface QuizResult {
  record: QuizRecord
  mistakes: QuizMistake[]
}

/** A verdict turned by "I was right" (or its undo), and the finished quiz as it now stands. */
export interface QuizOverridden {
  verdict: QuizVerdict
  /** The quiz's record and mistakes after the change, when it was already finished; else null. */
  result: QuizResult | null
  /** Whether the review the quiz recorded for the card changed with it. */
  reviewChanged: boolean
}

/** An exported deck, ready to save, and how many cards it holds. */
export interface ExportFile extends SavedFile {
  cards: number
}
