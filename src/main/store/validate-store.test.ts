/**
 * The hand checks of validate-store.ts against zod, the statement of the rules: for generated
 * records, and for each of them spoilt in one place (a field replaced by a wrong type, NaN, null,
 * an out-of-range number, a bad id or time, an over-long or untrimmed string; a field removed; a
 * field added), the hand check must say yes exactly when zod accepts the record and answers it
 * unchanged. And a whole store, so spoilt, must load with zod's own verdict, data and message.
 */
import { isDeepStrictEqual } from 'node:util'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import {
  AnnotationSchema,
  TextPositionSelectorSchema,
  TextQuoteSelectorSchema,
  type Annotation
} from '@shared/annotation-schemas'
import { HIGHLIGHT_COLORS, NOTE_MAX, TAG_MAX_LENGTH, TAGS_MAX } from '@shared/limits'
import { CardStateSchema, StoreSchema, type StoreData } from '@shared/schemas'
import { freshStoreData } from './open-store'
import { parseStoreJson } from './read-store-file'
import { HAND_CHECKED_FIELDS, isStoredAnnotation, isStoredCardState, validateStore } from './validate-store'
import { shipped } from '../../test-util/store'

/** Records generated per property; each is checked as made and spoilt. */
const RUNS = 1_000

/** Whole stores generated and spoilt: each carries the shipped content, which zod parses in full. */
const STORE_RUNS = 60

/** The properties take a few seconds each; allow for a machine busy with other work. */
const TIMEOUT_MS = 120_000

/** What the hand check must answer: zod accepts `value` and gives it back as it was. */
function zodKeeps(schema: z.ZodType, value: unknown): boolean {
  const result = schema.safeParse(value)
  return result.success && isDeepStrictEqual(result.data, value)
}

/** `value` as JSON.parse gives it back: the data the hand checks are written for (plain objects). */
const asJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T

/** A string whose length lies around `limit`: just under, at, and just over it. */
const aroundLimit = (limit: number): fc.Arbitrary<string> =>
  fc.integer({ min: Math.max(0, limit - 2), max: limit + 2 }).map((length) => 'x'.repeat(length))

/** Times as the app writes them, and as hands and other programs might. */
const time = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .date({ min: new Date(0), max: new Date(4e12), noInvalidDate: true })
      .map((d) => d.toISOString())
  },
  fc.constantFrom(
    '2025-08-18T14:00:00Z',
    '2024-02-29T00:00:00.000Z',
    '2025-02-29T00:00:00.000Z',
    '2025-08-18T14:00:00.123456Z',
    '2025-08-18T14:00Z',
    '2025-08-18T14:00:00+02:00',
    '2025-08-18T14:00:00.000z',
    '2025-08-18 14:00:00Z',
    '2025-08-18',
    '2025-13-01T00:00:00Z',
    '2025-08-18T24:00:00Z',
    ' 2025-08-18T14:00:00Z',
    ''
  )
)

/** The values a field is replaced by when a record is spoilt. */
const spoiler: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    null,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    -0,
    -1,
    0,
    1,
    1.5,
    3,
    4,
    2 ** 53,
    '',
    ' ',
    ' tag',
    'tag ',
    'yellow',
    'orange',
    'TextQuoteSelector',
    'TextPositionSelector',
    true,
    false,
    [],
    {}
  ),
  time,
  aroundLimit(100),
  aroundLimit(TAG_MAX_LENGTH),
  aroundLimit(1_000),
  fc.integer({ min: -5, max: 50 }),
  fc.double(),
  fc.array(fc.string({ maxLength: 3 }), { maxLength: 3 }),
  fc.jsonValue({ maxDepth: 2 })
)

const tag = fc.oneof(
  { weight: 6, arbitrary: fc.stringMatching(/^[a-z][a-z0-9-]{0,10}$/) },
  fc.string({ maxLength: 5 }),
  aroundLimit(TAG_MAX_LENGTH)
)

const selectors = fc
  .record({
    exact: fc.oneof(
      { weight: 6, arbitrary: fc.string({ minLength: 1, maxLength: 40 }) },
      aroundLimit(200_000)
    ),
    prefix: fc.oneof({ weight: 6, arbitrary: fc.string({ maxLength: 32 }) }, aroundLimit(1_000)),
    suffix: fc.oneof({ weight: 6, arbitrary: fc.string({ maxLength: 32 }) }, aroundLimit(1_000)),
    start: fc.nat({ max: 10_000 }),
    length: fc.integer({ min: -1, max: 200 })
  })
  .map(({ exact, prefix, suffix, start, length }) => [
    { type: 'TextQuoteSelector', exact, prefix, suffix },
    { type: 'TextPositionSelector', start, end: start + length }
  ])

/** Highlights as the store holds them (almost all valid; limits and untrimmed tags now and then). */
const annotation = fc
  .record(
    {
      id: fc.oneof({ weight: 6, arbitrary: fc.string({ minLength: 1, maxLength: 20 }) }, aroundLimit(100)),
      created: time,
      updated: time,
      color: fc.constantFrom(...HIGHLIGHT_COLORS),
      note: fc.oneof({ weight: 6, arbitrary: fc.string({ maxLength: 80 }) }, aroundLimit(NOTE_MAX)),
      tags: fc.oneof(
        { weight: 6, arbitrary: fc.array(tag, { maxLength: 4 }) },
        fc
          .integer({ min: TAGS_MAX - 1, max: TAGS_MAX + 1 })
          .map((n) => Array.from({ length: n }, (_, i) => `t${i}`))
      ),
      selector: selectors,
      made: selectors,
      orphaned: fc.boolean()
    },
    { requiredKeys: ['id', 'created', 'updated', 'color', 'note', 'tags', 'selector', 'orphaned'] }
  )
  .map(({ selector, made, ...rest }) =>
    asJson({ ...rest, target: made === undefined ? { selector } : { selector, made } })
  )

const amount = fc.oneof(fc.double({ min: 0, max: 1e6, noNaN: true }), fc.nat({ max: 400 }))

/** Card states as the store holds them. */
const cardState = fc
  .record(
    {
      due: time,
      stability: amount,
      difficulty: amount,
      elapsed_days: amount,
      scheduled_days: amount,
      learning_steps: fc.nat({ max: 5 }),
      reps: fc.nat({ max: 500 }),
      lapses: fc.nat({ max: 50 }),
      state: fc.integer({ min: 0, max: 4 }),
      last_review: time,
      suspended: fc.boolean()
    },
    {
      requiredKeys: [
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
      ]
    }
  )
  .map(asJson)

/** Every place in `value` a spoiling can touch: the path to each object and array inside it, itself included. */
function containers(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return []
  const inner = Object.entries(value).flatMap(([key, child]) =>
    containers(child, [...path, Array.isArray(value) ? Number(key) : key])
  )
  return [path, ...inner]
}

/** One spoiling: where (an index into the record's containers), what, and the value or key it uses. */
const spoiling = fc.record({
  where: fc.nat(),
  how: fc.constantFrom('replace', 'remove', 'add'),
  pick: fc.nat(),
  value: spoiler,
  key: fc.oneof(
    fc.constantFrom('__proto__', 'constructor', 'extra', 'made', 'last_review', 'id'),
    fc.string({ maxLength: 6 })
  )
})

type Spoiling = typeof spoiling extends fc.Arbitrary<infer T> ? T : never

/** A copy of `record` spoilt in one place (a field replaced, removed or added; an element too many). */
function spoil(record: unknown, { where, how, pick, value, key }: Spoiling): unknown {
  const copy = structuredClone(record)
  const places = containers(copy)
  let place = copy as Record<string | number, unknown>
  for (const step of places[where % places.length]!) place = place[step] as Record<string | number, unknown>
  const keys = Object.keys(place)
  if (Array.isArray(place)) {
    if (how === 'add' || keys.length === 0) place.push(value)
    else if (how === 'remove') place.splice(pick % place.length, 1)
    else place[pick % place.length] = value
  } else if (how === 'add' || keys.length === 0) {
    // As JSON.parse makes it: "__proto__" becomes a key of its own, not the prototype.
    Object.defineProperty(place, key, { value, enumerable: true, writable: true, configurable: true })
  } else if (how === 'remove') delete place[keys[pick % keys.length]!]
  else place[keys[pick % keys.length]!] = value
  return copy
}

describe('the hand check of a highlight', () => {
  it(
    'accepts exactly what AnnotationSchema accepts unchanged, as generated',
    () => {
      fc.assert(
        fc.property(annotation, (record) => {
          expect(isStoredAnnotation(record)).toBe(zodKeeps(AnnotationSchema, record))
        }),
        { numRuns: RUNS }
      )
    },
    TIMEOUT_MS
  )

  it(
    'accepts exactly what AnnotationSchema accepts unchanged, spoilt in one place',
    () => {
      fc.assert(
        fc.property(annotation, spoiling, (record, how) => {
          const spoilt = spoil(record, how)
          expect(isStoredAnnotation(spoilt)).toBe(zodKeeps(AnnotationSchema, spoilt))
        }),
        { numRuns: RUNS }
      )
    },
    TIMEOUT_MS
  )

  it('accepts a well-made highlight, and leaves one with a tag to trim or a key to strip to zod', () => {
    const good: Annotation = {
      id: 'a1',
      created: '2025-08-19T10:00:00.000Z',
      updated: '2025-08-19T10:00:00.000Z',
      color: 'yellow',
      note: '',
      tags: ['diplomacy'],
      target: {
        selector: [
          { type: 'TextQuoteSelector', exact: 'Zelenskyy', prefix: '', suffix: '' },
          { type: 'TextPositionSelector', start: 0, end: 9 }
        ]
      },
      orphaned: false
    }
    expect(isStoredAnnotation(good)).toBe(true)
    for (const changed of [
      { ...good, tags: [' diplomacy'] },
      { ...good, colour: 'red' }
    ]) {
      expect(AnnotationSchema.safeParse(changed).success).toBe(true)
      expect(isStoredAnnotation(changed)).toBe(false)
    }
  })
})

describe('the hand check of a card state', () => {
  it(
    'accepts exactly what CardStateSchema accepts unchanged, as generated and spoilt in one place',
    () => {
      fc.assert(
        fc.property(cardState, spoiling, (record, how) => {
          expect(isStoredCardState(record)).toBe(zodKeeps(CardStateSchema, record))
          const spoilt = spoil(record, how)
          expect(isStoredCardState(spoilt)).toBe(zodKeeps(CardStateSchema, spoilt))
        }),
        { numRuns: RUNS }
      )
    },
    TIMEOUT_MS
  )
})

describe('the hand checks and the schemas', () => {
  /** The fields of `schema`, required and optional, as it declares them. */
  const fieldsOf = (schema: z.ZodObject): { required: string[]; optional: string[] } => {
    const entries = Object.entries(schema.shape)
    return {
      required: entries.filter(([, field]) => !field.isOptional()).map(([key]) => key),
      optional: entries.filter(([, field]) => field.isOptional()).map(([key]) => key)
    }
  }

  it('know every field the schemas declare, and which are optional: a new one fails here first', () => {
    const fields = (expected: { required: readonly string[]; optional: readonly string[] }) => ({
      required: [...expected.required],
      optional: [...expected.optional]
    })
    expect(fieldsOf(AnnotationSchema)).toEqual(fields(HAND_CHECKED_FIELDS.annotation))
    expect(fieldsOf(AnnotationSchema.shape.target)).toEqual(fields(HAND_CHECKED_FIELDS.target))
    expect(fieldsOf(TextQuoteSelectorSchema)).toEqual(fields(HAND_CHECKED_FIELDS.quoteSelector))
    expect(fieldsOf(TextPositionSelectorSchema)).toEqual(fields(HAND_CHECKED_FIELDS.positionSelector))
    expect(fieldsOf(CardStateSchema)).toEqual(fields(HAND_CHECKED_FIELDS.cardState))
  })
})

describe('validating a whole store', () => {
  /** A store holding `annotations` and `cards`, as JSON.parse gives it back. */
  const storeWith = async (
    annotations: unknown[],
    cards: Record<string, unknown>
  ): Promise<Record<string, unknown>> =>
    JSON.parse(JSON.stringify({ ...freshStoreData(await shipped()), annotations, cards })) as Record<
      string,
      unknown
    >

  it(
    "answers zod's verdict, data and first problem for stores spoilt in a highlight or a card",
    async () => {
      const base = await storeWith([], {})
      fc.assert(
        fc.property(
          fc.array(annotation, { maxLength: 4 }),
          fc.dictionary(fc.string({ minLength: 0, maxLength: 8 }), cardState, { maxKeys: 4 }),
          spoiling,
          fc.boolean(),
          (annotations, cards, how, inCards) => {
            const data = { ...base, annotations: asJson(annotations), cards: asJson(cards) }
            const part = inCards ? 'cards' : 'annotations'
            const spoilt = { ...data, [part]: asJson(spoil(data[part], how)) }
            for (const store of [data, spoilt]) {
              const fast = validateStore(store)
              const zod = StoreSchema.safeParse(store)
              expect(fast.success).toBe(zod.success)
              expect(fast.data).toStrictEqual(zod.data)
              expect(fast.error?.issues[0]).toStrictEqual(zod.error?.issues[0])
            }
          }
        ),
        { numRuns: STORE_RUNS }
      )
    },
    TIMEOUT_MS
  )

  it('keeps the highlights and card states it was given, uncopied, when they pass', async () => {
    const store = await storeWith(
      fc.sample(
        annotation.filter((a) => zodKeeps(AnnotationSchema, a)),
        { numRuns: 20, seed: 1 }
      ),
      {
        'card-1': fc.sample(
          cardState.filter((c) => zodKeeps(CardStateSchema, c)),
          { numRuns: 1, seed: 1 }
        )[0]
      }
    )
    const result = validateStore(store)
    expect(result.success).toBe(true)
    expect(result.data?.annotations).toBe(store.annotations)
    expect(result.data?.cards).toBe(store.cards)
  })

  it('leaves a card state under "__proto__" (a key zod drops) to zod, whatever it holds', async () => {
    const [state] = fc.sample(
      cardState.filter((c) => zodKeeps(CardStateSchema, c)),
      { numRuns: 1, seed: 5 }
    )
    for (const held of [state, { ...state, reps: -1 }]) {
      const text = JSON.stringify({ ...freshStoreData(await shipped()), cards: { 'card-1': state } })
      const store = JSON.parse(
        text.replace('"cards":{', `"cards":{"__proto__":${JSON.stringify(held)},`)
      ) as Record<string, unknown>
      expect(Object.keys(store.cards as object)).toEqual(['__proto__', 'card-1'])
      expect(validateStore(store)).toStrictEqual(StoreSchema.safeParse(store))
    }
  })

  it('refuses a store file with one bad highlight in the same plain words as before', async () => {
    const data: StoreData = freshStoreData(await shipped())
    const good = fc.sample(
      annotation.filter((a) => zodKeeps(AnnotationSchema, a)),
      { numRuns: 3, seed: 7 }
    )
    const store = JSON.parse(JSON.stringify({ ...data, annotations: good })) as { annotations: Annotation[] }
    store.annotations[2]!.target.selector[1].end = 0
    expect(parseStoreJson(store)).toEqual({
      kind: 'bad',
      reason: 'its contents are not valid at annotations.2.target.selector.1: a position ends after it starts'
    })
  })

  it('trims a stored tag with spaces round it, as zod always did, rather than refusing the file', async () => {
    const data: StoreData = freshStoreData(await shipped())
    const [first] = fc.sample(
      annotation.filter((a) => zodKeeps(AnnotationSchema, a)),
      { numRuns: 1, seed: 3 }
    )
    const state = parseStoreJson(
      JSON.parse(JSON.stringify({ ...data, annotations: [{ ...first, tags: [' vance '] }] }))
    )
    expect(state.kind === 'ok' && state.data.annotations[0]!.tags).toEqual(['vance'])
  })
})
