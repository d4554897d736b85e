/**
 * Fuzzing the contract: every method (taken from `methodNames`, so a new one is fuzzed without
 * being listed) is called through the real dispatcher, services and a store holding user data, with
 * thousands of inputs its schema refuses: wrong types, missing and extra fields, huge strings,
 * NaN and Infinity, deep nesting, prototype-pollution keys, invalid ids, out-of-range numbers, and
 * mutations of a good input. Each must answer a typed `{ code, message }` error (never a throw or a
 * stack trace), and the store must stay exactly as it was, in memory and on disk, and valid.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { api, methodNames, type ApiResult, type MethodName } from '@shared/api'
import { validInputs } from '../test-util/api-examples'
import { describeRange } from '@shared/anchoring/anchor'
import { articleText } from '@shared/anchoring/article-text'
import { StoreSchema, type StoreData } from '@shared/schemas'
import { MAX_DETAIL, dispatch } from './dispatch'
import { createHandlers, type Handlers } from './services'
import { openStore, type Store } from './store/open-store'
import { TestClock, shipped } from '../test-util/store'

/** Generated inputs per method and kind (wholly foreign values, and mutations of a good input). */
const RUNS = 1_000

/** A method's 1,000 runs take about a second; allow for a machine busy with other work. */
const TIMEOUT_MS = 60_000

const POLLUTION_KEYS = ['__proto__', 'constructor', 'prototype', '__defineGetter__', 'toString', 'valueOf']

const strangeNumber = fc.oneof(
  fc.constantFrom(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    -0,
    -1,
    0.5,
    1e21,
    Number.MAX_VALUE,
    Number.MIN_VALUE,
    Number.MAX_SAFE_INTEGER + 2,
    -Number.MAX_SAFE_INTEGER
  ),
  fc.double(),
  fc.integer({ min: -1e9, max: 1e9 })
)

/** Strings far beyond any limit the contract sets (the import file's 50 MB aside). */
const hugeString = fc
  .integer({ min: 10_001, max: 1_000_000 })
  .chain((length) => fc.constantFrom('x', '\u{1F600}', '\0', '<').map((unit) => unit.repeat(length)))

const invalidId = fc.constantFrom(
  '',
  ' ',
  '\0',
  '../../../etc/passwd',
  'C:\\Windows\\win.ini',
  'P0',
  'P-1',
  'P1e3',
  'p12',
  'a'.repeat(101),
  '<script>alert(1)</script>',
  '__proto__',
  'constructor',
  '\u202Eevil'
)

/** Arrays or objects nested hundreds to thousands deep. */
const deepNesting = fc.tuple(fc.integer({ min: 100, max: 5_000 }), fc.boolean()).map(([depth, asArray]) => {
  let value: unknown = 'bottom'
  for (let i = 0; i < depth; i++) value = asArray ? [value] : { nested: value }
  return value
})

/** An object whose own keys are `__proto__`, `constructor` and the like, as JSON.parse builds it. */
const pollutingObject = fc
  .tuple(fc.subarray(POLLUTION_KEYS, { minLength: 1 }), fc.jsonValue({ maxDepth: 2 }))
  .map(([keys, value]) =>
    JSON.parse(`{${keys.map((key) => `"${key}": {"polluted": ${JSON.stringify(value ?? null)}}`).join(',')}}`)
  )

const foreignValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({
    key: fc.oneof(fc.string(), fc.constantFrom(...POLLUTION_KEYS)),
    withBoxedValues: true,
    withMap: true,
    withSet: true,
    withObjectString: true,
    withNullPrototype: true,
    withBigInt: true,
    withDate: true,
    withTypedArray: true,
    withSparseArray: true,
    withUnicodeString: true
  }),
  strangeNumber,
  hugeString,
  invalidId,
  deepNesting,
  pollutingObject,
  fc.constantFrom(undefined, null, true, false, '', [], {})
)

/** One change to a good input: drop a field, replace one, add one, or wrap the whole. */
interface Mutation {
  kind: 'remove' | 'replace' | 'add' | 'wrap-in-array' | 'wrap-in-object'
  /** Which container (the input itself or an object or array inside it), modulo their number. */
  at: number
  /** Which of its keys, modulo their number (remove and replace). */
  keyIndex: number
  /** The key to add. */
  key: string
  value: unknown
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('remove', 'replace', 'replace', 'add', 'wrap-in-array', 'wrap-in-object'),
  at: fc.nat(),
  keyIndex: fc.nat(),
  key: fc.oneof(
    { arbitrary: fc.constantFrom(...POLLUTION_KEYS), weight: 4 },
    { arbitrary: fc.string({ maxLength: 20 }), weight: 4 },
    // Quoted back by zod as an unknown key: the refusal must not echo it whole.
    { arbitrary: fc.integer({ min: 1_000, max: 100_000 }).map((length) => 'k'.repeat(length)), weight: 1 }
  ),
  value: foreignValue
})

type Container = Record<string, unknown> | unknown[]

/** The input itself and every plain object or array inside it, down to a few levels. */
function containers(value: unknown, depth = 0): Container[] {
  if (typeof value !== 'object' || value === null || depth > 8) return []
  const prototype: unknown = Object.getPrototypeOf(value)
  if (!Array.isArray(value) && prototype !== Object.prototype && prototype !== null) return []
  return [value as Container, ...Object.values(value).flatMap((inner) => containers(inner, depth + 1))]
}

/** Remove one item in place, without splice (which an own `constructor` key would redirect). */
function removeAt(array: unknown[], index: number): void {
  for (let i = index; i < array.length - 1; i++) array[i] = array[i + 1]
  array.length -= 1
}

/** Apply `changes` one after another to a deep copy of `input`. */
function mutate(input: unknown, changes: Mutation[]): unknown {
  let result = structuredClone(input)
  for (const change of changes) {
    if (change.kind === 'wrap-in-array') {
      result = [result]
      continue
    }
    if (change.kind === 'wrap-in-object') {
      result = { input: result }
      continue
    }
    const nodes = containers(result)
    const node = nodes[change.at % nodes.length]
    if (!node) {
      result = change.value
      continue
    }
    const keys = Object.keys(node)
    const key = keys[change.keyIndex % Math.max(keys.length, 1)]
    if (change.kind === 'remove' && key !== undefined) {
      if (Array.isArray(node) && /^\d+$/.test(key)) removeAt(node, Number(key))
      else delete (node as Record<string, unknown>)[key]
    } else {
      const target = change.kind === 'replace' && key !== undefined ? key : change.key
      // An array's length cannot be redefined.
      if (Object.getOwnPropertyDescriptor(node, target)?.configurable === false) continue
      // defineProperty, so `__proto__` becomes an own key (as JSON.parse makes it), not the prototype.
      Object.defineProperty(node, target, {
        value: change.value,
        enumerable: true,
        writable: true,
        configurable: true
      })
    }
  }
  return result
}

/** Inputs to `name` that its schema refuses, so that every one must be refused without effect. */
function refusedInputs(name: MethodName, source: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return source.filter((input) => !api[name].input.safeParse(input).success)
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const inner of Object.values(value)) deepFreeze(inner)
  }
  return value
}

let dataDir: string
let store: Store
let handlers: Handlers
let snapshot: StoreData
let fileBefore: Buffer
let updates = 0
const counts = new Map<MethodName, { foreign: number; mutated: number }>()
const prototypeKeysBefore = Object.getOwnPropertyNames(Object.prototype).sort()

beforeAll(async () => {
  const clock = new TestClock()
  dataDir = await mkdtemp(join(tmpdir(), 'debrief-fuzz-'))
  store = await openStore({ dataDir, content: await shipped(), now: clock.now })
  handlers = createHandlers(store, clock.now)
  // User data in every part of the store, so a call that got through would have something to spoil.
  const seed = async <M extends MethodName>(name: M, input: unknown): Promise<void> => {
    const result = await dispatch(handlers, name, input)
    expect(result, name).toMatchObject({ ok: true })
  }
  await seed('settings:update', { theme: 'sepia', textSize: 21 })
  await seed('progress:save', { paragraphId: 'P12', fraction: 0.3 })
  const { text } = articleText(store.data.content.article)
  await seed('annotations:create', {
    color: 'green',
    selector: describeRange(text, 100, 140),
    tags: ['tone']
  })
  await seed('pagenotes:write', validInputs['pagenotes:write'])
  await seed('highlightcolors:rename', validInputs['highlightcolors:rename'])
  await seed('eventnotes:add', validInputs['eventnotes:add'])
  await seed('cards:create', validInputs['cards:create'])
  await seed('cards:grade', validInputs['cards:grade'])
  await seed('cards:note', validInputs['cards:note'])
  await store.flush()

  snapshot = structuredClone(store.data) as StoreData
  fileBefore = await readFile(store.info.file)
  // A call that reached a handler and changed the data in place would now throw (and be answered
  // "internal", failing the test); one that went through update() is counted.
  deepFreeze(store.data)
  const update = store.update.bind(store)
  store.update = (change) => {
    updates++
    return update(change)
  }
}, 60_000)

afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true })
  const rows = [...counts].map(([name, n]) => `${name}: ${n.foreign} + ${n.mutated}`)
  const total = [...counts.values()].reduce((sum, n) => sum + n.foreign + n.mutated, 0)
  console.info(
    `[fuzz] refused inputs per method (foreign + mutated):\n  ${rows.join('\n  ')}\n` +
      `[fuzz] ${counts.size} methods, ${total.toLocaleString('en-GB')} inputs in all`
  )
})

/** The call was refused as a typed error, with nothing of the input's handling leaking out. */
function expectTypedRefusal(name: MethodName, result: ApiResult<unknown>): void {
  if (result.ok) throw new Error(`${name} accepted an input its schema refuses`)
  expect(Object.keys(result.error).sort()).toEqual(['code', 'message'])
  expect(result.error.code).toBe('invalid-input')
  expect(result.error.message).toMatch(new RegExp(`^Invalid input for ${name}: `))
  expect(result.error.message).not.toMatch(/\n\s+at |\.ts:\d+/)
  expect(result.error.message.length).toBeLessThanOrEqual(
    `Invalid input for ${name}: `.length + MAX_DETAIL + 1
  )
}

async function expectStoreUnchanged(): Promise<void> {
  await store.flush()
  expect(updates).toBe(0)
  expect(store.data).toStrictEqual(snapshot)
  expect((await readFile(store.info.file)).equals(fileBefore)).toBe(true)
  expect(StoreSchema.safeParse(JSON.parse(fileBefore.toString('utf8'))).success).toBe(true)
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeysBefore)
  expect(({} as Record<string, unknown>).polluted).toBeUndefined()
}

describe.each(methodNames)('%s', (name) => {
  const count = { foreign: 0, mutated: 0 }
  counts.set(name, count)

  it(
    `refuses ${RUNS} foreign inputs with a typed error, changing nothing`,
    async () => {
      await fc.assert(
        fc.asyncProperty(refusedInputs(name, foreignValue), async (input) => {
          count.foreign++
          expectTypedRefusal(name, await dispatch(handlers, name, input))
        }),
        { numRuns: RUNS }
      )
      await expectStoreUnchanged()
    },
    TIMEOUT_MS
  )

  it(
    `refuses ${RUNS} mutations of a good input with a typed error, changing nothing`,
    async () => {
      const mutated = fc
        .array(mutation, { minLength: 1, maxLength: 4 })
        .map((changes) => mutate(validInputs[name], changes))
      await fc.assert(
        fc.asyncProperty(refusedInputs(name, mutated), async (input) => {
          count.mutated++
          expectTypedRefusal(name, await dispatch(handlers, name, input))
        }),
        { numRuns: RUNS }
      )
      await expectStoreUnchanged()
    },
    TIMEOUT_MS
  )
})
