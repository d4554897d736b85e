import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadContent } from '../../src/main/content/load-content'
import { dispatch } from '../../src/main/dispatch'
import { createHandlers } from '../../src/main/services'
import { openStore } from '../../src/main/store/open-store'
import { storePaths } from '../../src/main/store/paths'
import { parseStoreJson } from '../../src/main/store/read-store-file'
import { ms } from './measure'
import { syntheticStore } from './synthetic-store'

/** The figures of the restore benchmark. */
export interface RestoreFigures {
  reviews: number
  backupMB: number
  /** Time from the restore's request to its answer. */
  restoreMs: number
  /** The longest a request made during the restore waited for its answer. */
  longestWaitMs: number
  /**
   * The longest wait of a request during one ordinary write of the restored store: serialising the
   * whole store holds the event loop for this long, and a restore ends with such a write.
   */
  writeWaitMs: number
  /** The same request's wait if the backup were parsed and validated in one go, as restores once were. */
  oneGoWaitMs: number
}

/** The scale of the figure: 300,000 reviews (and 20,000 highlights, 5,000 card states). */
const SCALE = 100

/**
 * The longest a client asking for the reading position every millisecond waits for an answer while
 * `work` runs.
 */
async function longestWait(
  handlers: ReturnType<typeof createHandlers>,
  work: () => Promise<unknown>
): Promise<number> {
  let longest = 0
  let running = true
  const client = async (): Promise<void> => {
    while (running) {
      const asked = performance.now()
      await new Promise((resolve) => setTimeout(resolve, 1))
      await dispatch(handlers, 'progress:get', {})
      longest = Math.max(longest, performance.now() - asked)
    }
  }
  const asking = client()
  await work()
  running = false
  await asking
  return longest
}

/**
 * Restore a 300,000-review backup through the contract while a second client asks for the reading
 * position every millisecond, and report the longest that client waited. Beside it, the wait a
 * request would have behind the old way of restoring: the backup parsed and validated as one
 * whole store in a single turn of the event loop.
 */
export async function benchRestore(contentDir: string): Promise<RestoreFigures> {
  const content = await loadContent(contentDir)
  const data = syntheticStore(content, SCALE)
  const source = await mkdtemp(join(tmpdir(), 'debrief-bench-'))
  const target = await mkdtemp(join(tmpdir(), 'debrief-bench-'))
  try {
    await writeFile(storePaths(source).file, JSON.stringify(data))
    const from = await openStore({ dataDir: source, content })
    const exported = await dispatch(createHandlers(from), 'backup:export', {})
    if (!exported.ok) throw new Error(exported.error.message)
    const { text } = exported.value as { text: string }
    const store = await openStore({ dataDir: target, content })
    const handlers = createHandlers(store)

    const started = performance.now()
    let restored: Awaited<ReturnType<typeof dispatch>> | undefined
    const longestWaitMs = await longestWait(handlers, async () => {
      restored = await dispatch(handlers, 'backup:restore', { text })
    })
    const restoreMs = performance.now() - started
    if (!restored?.ok) throw new Error(restored?.ok === false ? restored.error.message : 'no answer')
    let n = 0
    const writeWaitMs = await longestWait(handlers, () =>
      store.update((d) => {
        d.progress.fraction = (n += 1) % 2 === 0 ? 0.25 : 0.75
      })
    )

    const oneGo = performance.now()
    const envelope = JSON.parse(text) as { data: Record<string, unknown>; schemaVersion: number }
    parseStoreJson({
      ...envelope.data,
      schemaVersion: envelope.schemaVersion,
      content,
      notices: [],
      window: null
    })
    const oneGoWaitMs = performance.now() - oneGo

    return {
      reviews: data.reviewLog.length,
      backupMB: text.length / 1_048_576,
      restoreMs,
      longestWaitMs,
      writeWaitMs,
      oneGoWaitMs
    }
  } finally {
    await rm(source, { recursive: true, force: true })
    await rm(target, { recursive: true, force: true })
  }
}

/** The figures as a Markdown table. */
export function restoreTable(f: RestoreFigures): string {
  return [
    '| Reviews | Backup | Restore takes | Longest wait of a request during it | … during one ordinary write | Parse and validate in one go (as before) |',
    '|---:|---:|---:|---:|---:|---:|',
    `| ${f.reviews.toLocaleString('en-GB')} | ${f.backupMB.toFixed(1)} MB | ${ms(f.restoreMs)} | ${ms(f.longestWaitMs)} | ${ms(f.writeWaitMs)} | ${ms(f.oneGoWaitMs)} |`
  ].join('\n')
}
