/**
 * Validating a store file's data at load: StoreSchema (zod) is the one statement of the rules, and
 * this module applies it quickly.
 *
 * Why two checks: zod builds a new copy of every object it parses, and at 100× a heavy user's data
 * (20,000 highlights, 5,000 card states) that copy and its garbage were a quarter of every start.
 * So the two large collections, the highlights and the card states, are first checked by hand,
 * without copying; the rest of the file (small) still goes through zod. The hand checks answer true
 * only when zod would accept the value *and return it unchanged* (no key to strip, no tag to trim):
 * then the value itself is zod's answer. Whenever a hand check says no, the whole file goes through
 * zod as before, which gives the verdict, its plain-words message, or the cleaned copy. A hand check
 * can only make a load faster, never change its outcome; validate-store.test.ts holds each to zod's
 * verdict over generated and mutated records, and to the schemas' list of fields.
 *
 * The hand checks read their limits from the schemas' fields (the number of tags, which zod keeps
 * no public record of, from the constant TagsSchema uses), so a changed limit cannot leave them
 * behind. They are written for data as JSON.parse makes it (plain objects, arrays, strings, numbers,
 * booleans and null).
 */
import type { z } from 'zod'
import { AnnotationSchema, TextQuoteSelectorSchema, type Annotation } from '@shared/annotation-schemas'
import { TAGS_MAX } from '@shared/limits'
import { TagSchema } from '@shared/note-schemas'
import { CardStateSchema, StoreSchema, type CardState, type StoreData } from '@shared/schemas'

/** The pattern a zod string format (here z.iso.datetime) tests its value against. */
function patternOf(schema: z.ZodStringFormat): RegExp {
  const pattern = schema._zod.pattern
  if (!pattern) throw new Error(`the ${schema.format} schema has no pattern`)
  return pattern
}

/** The fields of an object schema the hand checks below mirror, as they are declared. */
const annotation = AnnotationSchema.shape
const quote = TextQuoteSelectorSchema.shape
const card = CardStateSchema.shape
const ISO_DATETIME = patternOf(annotation.created)
const ID_MIN = annotation.id.minLength ?? 0
const ID_MAX = annotation.id.maxLength ?? Infinity
const NOTE_MAX = annotation.note.maxLength ?? Infinity
const TAG_MIN = TagSchema.minLength ?? 0
const TAG_MAX = TagSchema.maxLength ?? Infinity
const EXACT_MIN = quote.exact.minLength ?? 0
const EXACT_MAX = quote.exact.maxLength ?? Infinity
const PREFIX_MAX = quote.prefix.maxLength ?? Infinity
const SUFFIX_MAX = quote.suffix.maxLength ?? Infinity
const COLORS: ReadonlySet<unknown> = new Set(annotation.color.options)
const CARD_STATE_MAX = card.state.maxValue ?? Infinity
const CARD_ID_MIN = StoreSchema.shape.cards.keyType.minLength ?? 0

/** The fields each hand check knows, required and optional: the test holds these to the schemas. */
export const HAND_CHECKED_FIELDS = {
  annotation: {
    required: ['id', 'created', 'updated', 'color', 'note', 'tags', 'target', 'orphaned'],
    optional: []
  },
  target: { required: ['selector'], optional: ['made'] },
  quoteSelector: { required: ['type', 'exact', 'prefix', 'suffix'], optional: [] },
  positionSelector: { required: ['type', 'start', 'end'], optional: [] },
  cardState: {
    required: [
      'due',
      'stability',
      'difficulty',
      'elapsed_days',
      'scheduled_days',
      'learning_steps',
      'reps',
      'lapses',
      'state',
      'suspended'
    ],
    optional: ['last_review']
  }
} as const

/** An object (not null, not an array): what z.object takes. */
function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** An object with exactly `count` own keys: none that z.object would strip. */
function hasKeyCount(value: Record<string, unknown>, count: number): boolean {
  let keys = 0
  for (const key in value) if (Object.hasOwn(value, key)) keys += 1
  return keys === count
}

function isString(value: unknown, min: number, max: number): value is string {
  return typeof value === 'string' && value.length >= min && value.length <= max
}

function isDateTime(value: unknown): boolean {
  return typeof value === 'string' && ISO_DATETIME.test(value)
}

/** z.number().int().min(0): zod's integers are safe integers. */
function isCount(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 0
}

/** z.number().min(0): zod's numbers are finite. */
function isAmount(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0
}

/** TagsSchema, unchanged: each tag already trimmed. */
function isTags(value: unknown): boolean {
  if (!Array.isArray(value) || value.length > TAGS_MAX) return false
  for (const tag of value) {
    if (!isString(tag, TAG_MIN, TAG_MAX) || tag.trim() !== tag) return false
  }
  return true
}

/** SelectorsSchema, unchanged. */
function isSelectors(value: unknown): boolean {
  if (!Array.isArray(value) || value.length !== 2) return false
  const [text, position] = value as unknown[]
  return (
    isObject(text) &&
    hasKeyCount(text, 4) &&
    text.type === 'TextQuoteSelector' &&
    isString(text.exact, EXACT_MIN, EXACT_MAX) &&
    isString(text.prefix, 0, PREFIX_MAX) &&
    isString(text.suffix, 0, SUFFIX_MAX) &&
    isObject(position) &&
    hasKeyCount(position, 3) &&
    position.type === 'TextPositionSelector' &&
    isCount(position.start) &&
    isCount(position.end) &&
    position.end > position.start
  )
}

/** Whether AnnotationSchema accepts `value` and answers it unchanged. */
export function isStoredAnnotation(value: unknown): value is Annotation {
  if (!isObject(value) || !hasKeyCount(value, 8)) return false
  const { target } = value
  return (
    isString(value.id, ID_MIN, ID_MAX) &&
    isDateTime(value.created) &&
    isDateTime(value.updated) &&
    COLORS.has(value.color) &&
    isString(value.note, 0, NOTE_MAX) &&
    isTags(value.tags) &&
    typeof value.orphaned === 'boolean' &&
    isObject(target) &&
    hasKeyCount(target, Object.hasOwn(target, 'made') ? 2 : 1) &&
    isSelectors(target.selector) &&
    (!Object.hasOwn(target, 'made') || isSelectors(target.made))
  )
}

/** Whether CardStateSchema accepts `value` and answers it unchanged. */
export function isStoredCardState(value: unknown): value is CardState {
  if (!isObject(value)) return false
  const reviewed = Object.hasOwn(value, 'last_review')
  return (
    hasKeyCount(value, reviewed ? 11 : 10) &&
    isDateTime(value.due) &&
    isAmount(value.stability) &&
    isAmount(value.difficulty) &&
    isAmount(value.elapsed_days) &&
    isAmount(value.scheduled_days) &&
    isCount(value.learning_steps) &&
    isCount(value.reps) &&
    isCount(value.lapses) &&
    isCount(value.state) &&
    value.state <= CARD_STATE_MAX &&
    (!reviewed || isDateTime(value.last_review)) &&
    typeof value.suspended === 'boolean'
  )
}

/** Whether the store's `annotations` are all accepted unchanged. */
function isAnnotationList(value: unknown): value is Annotation[] {
  if (!Array.isArray(value)) return false
  for (const item of value) if (!isStoredAnnotation(item)) return false
  return true
}

/** Whether the store's `cards` (card id → state) are all accepted unchanged. */
function isCardStates(value: unknown): value is Record<string, CardState> {
  if (!isObject(value)) return false
  for (const id in value) {
    // A "__proto__" key is one zod's record drops: let zod answer.
    if (!Object.hasOwn(value, id) || id.length < CARD_ID_MIN || id === '__proto__') return false
    if (!isStoredCardState(value[id])) return false
  }
  return true
}

/**
 * StoreSchema.safeParse(data), with the same answer, faster: the highlights and card states are
 * checked by hand and kept as they are when that check passes, the rest goes through zod; when
 * either hand check refuses, the whole of `data` goes through zod (see the top of this file).
 */
export function validateStore(data: Record<string, unknown>): z.ZodSafeParseResult<StoreData> {
  const { annotations, cards } = data
  if (isAnnotationList(annotations) && isCardStates(cards)) {
    const rest = StoreSchema.safeParse({ ...data, annotations: [], cards: {} })
    if (rest.success) {
      rest.data.annotations = annotations
      rest.data.cards = cards
      return rest
    }
  }
  return StoreSchema.safeParse(data)
}
