/**
 * Helpers for the unit tests of the store, the services and the dispatcher: a fresh data folder per
 * test, the shipped content, a clock the test moves by hand, and store files written by hand.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach } from 'vitest'
import { loadContent } from '../main/content/load-content'
import type { Content, StoreData } from '@shared/schemas'
import { freshStoreData } from '../main/store/open-store'

/** resources/content, wherever the tests are run from. */
export const CONTENT_DIR = fileURLToPath(new URL('../../resources/content', import.meta.url))

let shippedContent: Promise<Content> | null = null

/** The shipped content, loaded once per test file. */
export function shipped(): Promise<Content> {
  shippedContent ??= loadContent(CONTENT_DIR)
  return shippedContent
}

/**
 * Call once at the top of a test file. Answers a function that makes a new empty folder under the
 * system temp folder; every folder it made is removed after each test.
 */
export function useTempDirs(): () => Promise<string> {
  const made: string[] = []
  afterEach(async () => {
    await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })))
  })
  return async () => {
    const dir = await mkdtemp(join(tmpdir(), 'debrief-test-'))
    made.push(dir)
    return dir
  }
}

/** A clock that only moves when the test says so. */
export class TestClock {
  #time: number

  constructor(iso = '2025-08-18T17:15:00.000Z') {
    this.#time = Date.parse(iso)
  }

  readonly now = (): Date => new Date(this.#time)

  advanceDays(days: number): void {
    this.#time += days * 24 * 60 * 60 * 1000
  }

  advanceSeconds(seconds: number): void {
    this.#time += seconds * 1000
  }
}

/** The text of a valid store file for `content`, after `change` has been applied to fresh data. */
export function storeText(content: Content, change: (data: StoreData) => void = () => {}): string {
  const data = freshStoreData(content)
  change(data)
  return JSON.stringify(data, null, 2)
}

/** The names in `dir`, sorted. */
export async function namesIn(dir: string): Promise<string[]> {
  return (await readdir(dir)).sort()
}
