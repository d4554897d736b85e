/** Helpers for the flashcard handlers' tests: a store with its handlers, and a check that a call changed nothing. */
import { readFile } from 'node:fs/promises'
import { afterEach, expect } from 'vitest'
import type { ApiResult, Input, MethodName, Output } from '@shared/api'
import { dispatch } from '../main/dispatch'
import { openStore, type Store } from '../main/store/open-store'
import { TestClock, shipped, useTempDirs } from './store'
import { createHandlers, type Handlers } from '../main/services'

/** Builds the handlers under test over a store and a clock. */
export type HandlersFor = (store: Store, now: () => Date) => Handlers

export interface CardsFixture {
  dataDir: string
  clock: TestClock
  store: Store
  handlers: Handlers
  /** Call a method through the dispatcher, as a host would. */
  call<M extends MethodName>(name: M, input: Input<M>): Promise<ApiResult<Output<M>>>
  /** Call a method that must succeed, and answer its value. */
  ok<M extends MethodName>(name: M, input: Input<M>): Promise<Output<M>>
  /** The store reopened from its file, as after a restart. */
  reopen(): Promise<Store>
}

/**
 * Call once at the top of a test file. Answers a function that opens a store in a fresh folder, with
 * its handlers and a clock the test moves. Grades are written after they are answered, so each
 * store is flushed after each test, before its folder is removed.
 */
export function useCardsFixture(handlersFor: HandlersFor = createHandlers): () => Promise<CardsFixture> {
  const tempDir = useTempDirs()
  const opened: Store[] = []
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((store) => store.flush()))
  })
  return async () => {
    const fixture = await cardsFixture(tempDir, handlersFor)
    opened.push(fixture.store)
    return fixture
  }
}

async function cardsFixture(tempDir: () => Promise<string>, handlersFor: HandlersFor): Promise<CardsFixture> {
  const dataDir = await tempDir()
  const clock = new TestClock('2025-08-20T09:00:00.000Z')
  const content = await shipped()
  const store = await openStore({ dataDir, content, now: clock.now })
  const handlers = handlersFor(store, clock.now)
  const call = <M extends MethodName>(name: M, input: Input<M>) =>
    dispatch(handlers, name, input) as Promise<ApiResult<Output<M>>>
  return {
    dataDir,
    clock,
    store,
    handlers,
    call,
    async ok(name, input) {
      const result = await call(name, input)
      if (!result.ok) throw new Error(`${name} failed: ${result.error.message}`)
      return result.value
    },
    async reopen() {
      await store.flush()
      return openStore({ dataDir, content, now: clock.now })
    }
  }
}

/** Run `call`, check it was refused with `code`, and that neither the store in memory nor its file changed. */
export async function expectRefused(
  store: Store,
  call: () => Promise<ApiResult<unknown>>,
  code: string,
  message: RegExp | string
): Promise<void> {
  await store.flush()
  const dataBefore = structuredClone(store.data)
  const fileBefore = await readFile(store.info.file)

  const result = await call()

  expect(result).toEqual({ ok: false, error: { code, message: expect.stringMatching(message) } })
  await store.flush()
  expect(store.data).toStrictEqual(dataBefore)
  expect(await readFile(store.info.file)).toEqual(fileBefore)
}
