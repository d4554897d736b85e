/**
 * The contract's single entry point: untrusted input is parsed before any service sees it, a rejected
 * call changes nothing (in memory or on disk), failures come back as typed errors without stack
 * traces, and good calls work end to end over a real store.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { changedBy, methodNames, type ApiResult, type ChangeNotice, type MethodName } from '@shared/api'
import { validInputs } from '../test-util/api-examples'
import { DEFAULT_SETTINGS, TEXT_SIZE } from '@shared/limits'
import type { Notice } from '@shared/schemas'
import { createChangeFeed } from './change-feed'
import { dispatch } from './dispatch'
import { createHandlers, type Handlers } from './services'
import { ServiceError } from './services/service-error'
import { openStore } from './store/open-store'
import { storePaths } from './store/paths'
import { TestClock, shipped, useTempDirs } from '../test-util/store'

const tempDir = useTempDirs()

afterEach(() => {
  vi.restoreAllMocks()
})

/** A store that already holds user data (changed settings, a reading position, a notice), and its handlers. */
async function storeWithUserData(dataDir?: string) {
  dataDir ??= await tempDir()
  const clock = new TestClock()
  const content = await shipped()
  const store = await openStore({ dataDir, content, now: clock.now })
  const notice: Notice = {
    id: 'content-updated-1',
    kind: 'content-updated',
    message: 'The article was updated.',
    file: null,
    at: clock.now().toISOString()
  }
  await store.update((data) => {
    data.settings.theme = 'sepia'
    data.progress = { paragraphId: 'P9', fraction: 0.25, updatedAt: clock.now().toISOString() }
    data.notices.push(notice)
  })
  return { dataDir, clock, content, store, notice, handlers: createHandlers(store, clock.now) }
}

/** Run `call` and check that neither the store in memory nor its file on disk changed. */
async function expectNothingChanged(
  store: Awaited<ReturnType<typeof storeWithUserData>>['store'],
  call: () => Promise<ApiResult<unknown>>
): Promise<ApiResult<unknown>> {
  await store.flush()
  const dataBefore = structuredClone(store.data)
  const fileBefore = await readFile(store.info.file)

  const result = await call()

  await store.flush()
  expect(store.data).toStrictEqual(dataBefore)
  expect(await readFile(store.info.file)).toEqual(fileBefore)
  return result
}

/** Inputs of the right kind but wrong content, per method, beyond those every method refuses. */
const wrongInputs: Partial<Record<MethodName, [string, unknown][]>> = {
  'settings:update': [
    ['no setting at all', {}],
    ['an unknown setting', { fontFamily: 'Comic Sans' }],
    ['the theme "neon"', { theme: 'neon' }],
    ['a text size below the minimum', { textSize: TEXT_SIZE.min - 1 }],
    ['a text size above the maximum', { textSize: TEXT_SIZE.max + 1 }],
    ['a fractional text size', { textSize: 19.5 }],
    ['a text size given as a string', { textSize: '19' }],
    ['an unknown line width', { lineWidth: 'huge' }],
    ['showStandardTerms given as "yes"', { showStandardTerms: 'yes' }],
    ['a theme left undefined', { theme: undefined }],
    ['a valid setting beside an invalid one', { theme: 'dark', textSize: 99 }]
  ],
  'progress:save': [
    ['no fraction', { paragraphId: 'P12' }],
    ['no paragraph', { fraction: 0.5 }],
    ['a fraction above 1', { paragraphId: 'P12', fraction: 1.5 }],
    ['a negative fraction', { paragraphId: 'P12', fraction: -0.1 }],
    ['a fraction that is not a number', { paragraphId: 'P12', fraction: Number.NaN }],
    ['a fraction given as a string', { paragraphId: 'P12', fraction: '0.5' }],
    ['a lower-case paragraph id', { paragraphId: 'p12', fraction: 0.5 }],
    ['paragraph P0', { paragraphId: 'P0', fraction: 0.5 }],
    ['a paragraph id given as a number', { paragraphId: 12, fraction: 0.5 }],
    [
      'a timestamp chosen by the caller',
      { paragraphId: 'P12', fraction: 0.5, updatedAt: '2030-01-01T00:00:00Z' }
    ]
  ],
  'notices:dismiss': [
    ['no id', {}],
    ['an empty id', { id: '' }],
    ['an id longer than 200 characters', { id: 'x'.repeat(201) }],
    ['an id given as a number', { id: 7 }],
    ['a request to dismiss everything', { id: 'content-updated-1', all: true }]
  ]
}

const badInputs: [MethodName, string, unknown][] = methodNames.flatMap((name) => [
  [name, 'undefined', undefined],
  [name, 'null', null],
  [name, 'a string', 'settings'],
  [name, 'a number', 42],
  [name, 'an array', []],
  [name, 'an array holding a good input', [validInputs[name]]],
  [name, 'a good input with an extra key', { ...validInputs[name], unexpected: true }],
  ...(wrongInputs[name] ?? []).map(([what, input]): [MethodName, string, unknown] => [name, what, input])
])

describe('dispatch', () => {
  // One store for every refusal: each call is checked to leave it exactly as it was, so a call that
  // changed it would fail there, and the hundreds of cases need not each open a store of their own.
  let shared: Awaited<ReturnType<typeof storeWithUserData>>
  beforeAll(async () => {
    shared = await storeWithUserData(await mkdtemp(join(tmpdir(), 'debrief-dispatch-')))
  })
  afterAll(async () => {
    await rm(shared.dataDir, { recursive: true, force: true })
  })

  it.each(badInputs)('refuses %s given %s, changing nothing', async (name, _what, input) => {
    const { store, handlers } = shared

    const result = await expectNothingChanged(store, () => dispatch(handlers, name, input))

    expect(result).toEqual({
      ok: false,
      error: { code: 'invalid-input', message: expect.stringContaining(`Invalid input for ${name}`) }
    })
  })

  it.each(['settings:delete', 'Settings:get', 'constructor', '__proto__', 'toString', ''])(
    'answers unknown-method for "%s", changing nothing',
    async (name) => {
      const { store, handlers } = shared

      const result = await expectNothingChanged(store, () => dispatch(handlers, name, {}))

      expect(result).toEqual({ ok: false, error: { code: 'unknown-method', message: expect.any(String) } })
    }
  )

  it("answers a ServiceError's own code and message", async () => {
    const { handlers } = await storeWithUserData()
    const failing: Handlers = {
      ...handlers,
      'settings:get': () => {
        throw new ServiceError('store-failed', 'Your settings could not be read.')
      },
      'progress:get': async () => {
        throw new ServiceError('not-found', 'No reading position yet.')
      }
    }

    expect(await dispatch(failing, 'settings:get', {})).toEqual({
      ok: false,
      error: { code: 'store-failed', message: 'Your settings could not be read.' }
    })
    expect(await dispatch(failing, 'progress:get', {})).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'No reading position yet.' }
    })
  })

  it('answers "internal" for any other failure, without its message or stack, and logs it for developers', async () => {
    const { handlers } = await storeWithUserData()
    const log = vi.spyOn(console, 'error').mockImplementation(() => {})
    const secret = new Error('EACCES: permission denied, open /home/someone/secret/debrief.json')
    const failing: Handlers = {
      ...handlers,
      'settings:get': () => {
        throw secret
      },
      'progress:get': async () => {
        throw 'a bare string'
      }
    }

    const thrown = await dispatch(failing, 'settings:get', {})
    const rejected = await dispatch(failing, 'progress:get', {})

    expect(thrown).toEqual({
      ok: false,
      error: { code: 'internal', message: 'Debrief could not complete settings:get.' }
    })
    expect(rejected).toEqual({
      ok: false,
      error: { code: 'internal', message: 'Debrief could not complete progress:get.' }
    })
    expect(JSON.stringify(thrown)).not.toMatch(/secret|EACCES|\bat\s/)
    expect(log).toHaveBeenCalledWith(expect.stringContaining('settings:get'), secret)
  })
})

describe('the handlers, called through dispatch', () => {
  it('answer the stored article, settings, reading position, notices and data folder', async () => {
    const { dataDir, content, store, notice, handlers } = await storeWithUserData()

    expect(await dispatch(handlers, 'content:get', {})).toEqual({ ok: true, value: content })
    expect(await dispatch(handlers, 'content:article', {})).toEqual({
      ok: true,
      value: { version: content.version, article: content.article }
    })
    expect(await dispatch(handlers, 'settings:get', {})).toEqual({
      ok: true,
      value: { ...DEFAULT_SETTINGS, theme: 'sepia' }
    })
    expect(await dispatch(handlers, 'progress:get', {})).toEqual({ ok: true, value: store.data.progress })
    expect(await dispatch(handlers, 'notices:list', {})).toEqual({ ok: true, value: [notice] })
    expect(await dispatch(handlers, 'store:info', {})).toEqual({
      ok: true,
      value: { ...storePaths(dataDir), persistent: true }
    })
  })

  it('settings:update saves the settings named, keeps the others, and the change survives a restart', async () => {
    const { dataDir, clock, content, handlers } = await storeWithUserData()

    const result = await dispatch(handlers, 'settings:update', { textSize: 24, showStandardTerms: true })

    const expected = { ...DEFAULT_SETTINGS, theme: 'sepia', textSize: 24, showStandardTerms: true }
    expect(result).toEqual({ ok: true, value: expected })
    const reopened = await openStore({ dataDir, content, now: clock.now })
    expect(reopened.data.settings).toEqual(expected)
    expect(reopened.data.notices.map((n) => n.kind)).toEqual(['content-updated'])
  })

  it('settings:update turns the names marking on, a later change of another setting keeps it, and it survives a restart', async () => {
    const { dataDir, clock, content, handlers } = await storeWithUserData()
    expect(await dispatch(handlers, 'settings:get', {})).toEqual({
      ok: true,
      value: expect.not.objectContaining({ showNames: expect.anything() })
    })

    await dispatch(handlers, 'settings:update', { showNames: true })
    const result = await dispatch(handlers, 'settings:update', { textSize: 21 })

    const expected = { ...DEFAULT_SETTINGS, theme: 'sepia', textSize: 21, showNames: true }
    expect(result).toEqual({ ok: true, value: expected })
    const reopened = await openStore({ dataDir, content, now: clock.now })
    expect(reopened.data.settings).toEqual(expected)
    expect((await dispatch(handlers, 'settings:update', { showNames: 'yes' })).ok).toBe(false)
  })

  it('settings:update ignores a setting left undefined beside a real change, so the file still opens', async () => {
    const { dataDir, clock, content, handlers } = await storeWithUserData()

    const result = await dispatch(handlers, 'settings:update', { theme: undefined, textSize: 22 })

    const expected = { ...DEFAULT_SETTINGS, theme: 'sepia', textSize: 22 }
    expect(result).toEqual({ ok: true, value: expected })
    const reopened = await openStore({ dataDir, content, now: clock.now })
    expect(reopened.data.settings).toEqual(expected)
    expect(reopened.data.notices.map((n) => n.kind)).toEqual(['content-updated'])
  })

  it('progress:save remembers the paragraph, the fraction and when, across a restart', async () => {
    const { dataDir, clock, content, handlers } = await storeWithUserData()
    clock.advanceSeconds(60)

    const result = await dispatch(handlers, 'progress:save', { paragraphId: 'P34', fraction: 1 })

    const expected = { paragraphId: 'P34', fraction: 1, updatedAt: '2025-08-18T17:16:00.000Z' }
    expect(result).toEqual({ ok: true, value: expected })
    expect((await openStore({ dataDir, content, now: clock.now })).data.progress).toEqual(expected)
  })

  it('progress:save answers not-found for a paragraph the article does not have, changing nothing', async () => {
    const { store, handlers } = await storeWithUserData()

    const result = await expectNothingChanged(store, () =>
      dispatch(handlers, 'progress:save', { paragraphId: 'P35', fraction: 0.5 })
    )

    expect(result).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'The article has no paragraph P35.' }
    })
  })

  it('notices:dismiss removes the notice for good and answers those that remain', async () => {
    const dataDir = await tempDir()
    const clock = new TestClock()
    const content = await shipped()
    await writeFile(storePaths(dataDir).file, '{ "schemaVersion": 1, "sett')
    const store = await openStore({ dataDir, content, now: clock.now })
    const handlers = createHandlers(store, clock.now)
    const [recovered] = store.data.notices
    expect(recovered?.kind).toBe('started-fresh')

    const result = await dispatch(handlers, 'notices:dismiss', { id: recovered!.id })

    expect(result).toEqual({ ok: true, value: [] })
    expect((await openStore({ dataDir, content, now: clock.now })).data.notices).toEqual([])
  })

  it('notices:dismiss answers not-found for a notice that is not there, changing nothing', async () => {
    const { store, handlers } = await storeWithUserData()

    const result = await expectNothingChanged(store, () =>
      dispatch(handlers, 'notices:dismiss', { id: 'already-gone' })
    )

    expect(result).toEqual({ ok: false, error: { code: 'not-found', message: expect.any(String) } })
  })
})

describe('change notices', () => {
  it('are sent once, naming the method and the part of the data, after a write succeeds', async () => {
    const { handlers } = await storeWithUserData()
    const feed = createChangeFeed()
    const heard: ChangeNotice[] = []
    feed.subscribe((notice) => heard.push(notice))

    await dispatch(handlers, 'settings:update', { theme: 'dark' }, feed)
    await dispatch(handlers, 'pagenotes:write', { target: 'article', note: 'Overall.' }, feed)

    expect(heard).toEqual([
      { method: 'settings:update', domain: 'settings' },
      { method: 'pagenotes:write', domain: 'annotations' }
    ])
  })

  it('are not sent for a refused write, nor for a read', async () => {
    const { handlers } = await storeWithUserData()
    const feed = createChangeFeed()
    const heard: ChangeNotice[] = []
    feed.subscribe((notice) => heard.push(notice))

    await dispatch(handlers, 'settings:update', { theme: 'neon' }, feed)
    await dispatch(handlers, 'notices:dismiss', { id: 'already-gone' }, feed)
    await dispatch(handlers, 'settings:get', {}, feed)

    expect(heard).toEqual([])
  })

  it('are sent when “I was right” on a finished quiz rewrites its review, so another window’s cards follow', async () => {
    const { handlers } = await storeWithUserData()
    const feed = createChangeFeed()
    const heard: ChangeNotice[] = []
    feed.subscribe((notice) => heard.push(notice))
    const call = async <T>(name: MethodName, input: unknown): Promise<T> => {
      const result = (await dispatch(handlers, name, input, feed)) as ApiResult<T>
      if (!result.ok) throw new Error(`${name}: ${result.error.message}`)
      return result.value
    }
    const quiz = await call<{ quizId: string }>('quiz:start', {
      count: 1,
      mode: 'typed',
      section: 'opening',
      asReviews: true
    })
    await call('quiz:answer', { quizId: quiz.quizId, index: 0, answer: 'my own words' })
    await call('quiz:finish', { quizId: quiz.quizId })
    const overridden = await call<{ reviewChanged: boolean }>('quiz:override', {
      quizId: quiz.quizId,
      index: 0,
      right: true
    })
    expect(overridden.reviewChanged).toBe(true)
    expect(heard.map((notice) => notice.method)).toEqual(['quiz:finish', 'quiz:override'])
  })

  // The contract's list of writing methods decides which calls tell the other windows: a method
  // left off it that does write would leave them showing old data.
  it.each(methodNames.filter((name) => changedBy(name) === null))(
    '%s is not listed as a write, and it changes nothing',
    async (name) => {
      const { store, handlers } = await storeWithUserData()
      await expectNothingChanged(store, () => dispatch(handlers, name, validInputs[name]))
    }
  )
})
