import { mkdtemp, open, readFile, rename, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadContent } from '../../src/main/content/load-content'
import { dispatch } from '../../src/main/dispatch'
import { createHandlers } from '../../src/main/services'
import { DurableJsonFile, syncFolder, type DurableFs } from '../../src/main/store/durable-file'
import { openStore } from '../../src/main/store/open-store'
import { storePaths } from '../../src/main/store/paths'
import { parseStoreJson } from '../../src/main/store/read-store-file'
import { median, medianMs, ms } from './measure'
import { HEAVY_USER, syntheticStore } from './synthetic-store'

/** One row of the store benchmark. */
export interface StoreFigures {
  scale: number
  fileMB: number
  loadMs: number
  /** readFile + JSON.parse of the same file: the least any JSON store's load can do. */
  bareLoadMs: number
  loadRatio: number
  /** The first load of a day, which also copies the file into the backups (while it is parsed). */
  firstOfDayMs: number
  /** The schema check alone (parseStoreJson over data already parsed): the load's cost beyond the bare one. */
  validateMs: number
  writeMs: number
  bareWriteMs: number
  writeRatio: number
  /** What the two fsyncs (the file, then its folder) add to one write of the data file. */
  fsyncMs: number
  /** cards:grade, from the call to its answer (the grade journaled and fsync'd). */
  gradeMs: number
}

/** The file system with each fsync timed: `spent` adds up the time they take. */
function timingFsync(): { fs: DurableFs; spent: { ms: number } } {
  const spent = { ms: 0 }
  const timed = (async (...args: Parameters<typeof open>) => {
    const handle = await open(...args)
    const sync = handle.sync.bind(handle)
    return Object.assign(handle, {
      sync: async () => {
        const start = performance.now()
        await sync()
        spent.ms += performance.now() - start
      }
    })
  }) as typeof open
  return { fs: { open: timed, rename }, spent }
}

/**
 * Store load and write time at `scale` × a heavy user's data. A write is one small change through
 * the store (serialise everything, temp file, fsync, rename, fsync the folder); "bare" is the same
 * done by hand (JSON.stringify, write, fsync, rename, fsync), the least any durable whole-file store
 * can do. The fsync cost is the time the two fsyncs of one store write take (timed around each
 * call); the grade is cards:grade answered once journaled.
 */
export async function benchStore(contentDir: string, scale: number): Promise<StoreFigures> {
  const content = await loadContent(contentDir)
  const data = syntheticStore(content, scale)
  const dir = await mkdtemp(join(tmpdir(), 'debrief-bench-'))
  try {
    const { file } = storePaths(dir)
    await writeFile(file, JSON.stringify(data))
    const runs = scale >= 100 ? 5 : 15
    // The first open of a day also copies the file into the backups; measure the everyday opens.
    await openStore({ dataDir: dir, content })
    // Alternating, so a drift in the machine's load hits both alike.
    const loads: number[] = []
    const bareLoads: number[] = []
    const firstOfDay: number[] = []
    // Everyday opens on a day already backed up; each first open of a day a day later.
    let today = new Date()
    const now = (): Date => today
    for (let run = 0; run < runs; run += 1) {
      loads.push(await medianMs(1, () => openStore({ dataDir: dir, content, now })))
      bareLoads.push(await medianMs(1, async () => JSON.parse(await readFile(file, 'utf8'))))
      today = new Date(today.getTime() + 86_400_000)
      firstOfDay.push(await medianMs(1, () => openStore({ dataDir: dir, content, now })))
    }
    const loadMs = median(loads)
    const bareLoadMs = median(bareLoads)
    const parsed = JSON.parse(await readFile(file, 'utf8')) as unknown
    const validateMs = await medianMs(runs, () => parseStoreJson(parsed))
    const store = await openStore({ dataDir: dir, content })
    let n = 0
    const writeMs = await medianMs(runs * 2, () =>
      store.update((d) => {
        d.progress.fraction = (n += 1) % 2 === 0 ? 0.25 : 0.75
      })
    )
    const bare = join(dir, 'bare.json')
    const bareWriteMs = await medianMs(runs * 2, async () => {
      const handle = await open(`${bare}.tmp`, 'w')
      await handle.writeFile(JSON.stringify(store.data))
      await handle.sync()
      await handle.close()
      await rename(`${bare}.tmp`, bare)
      await syncFolder(dir)
    })

    const timing = timingFsync()
    const timed = new DurableJsonFile(join(dir, 'timed.json'), { fs: timing.fs })
    const fsyncTimes: number[] = []
    for (let i = 0; i < runs * 2; i += 1) {
      timing.spent.ms = 0
      await timed.write(store.data)
      fsyncTimes.push(timing.spent.ms)
    }

    let time = Math.max(Date.now(), (store.data.reviewLog.at(-1)?.[2] ?? 0) + 86_400_000)
    const handlers = createHandlers(store, () => new Date((time += 60_000)))
    const cardIds = content.cards.map((card) => card.id)
    let graded = 0
    const gradeMs = await medianMs(runs * 4, async () => {
      const result = await dispatch(handlers, 'cards:grade', {
        cardId: cardIds[graded++ % cardIds.length],
        rating: 3
      })
      if (!result.ok) throw new Error(result.error.message)
    })
    await store.close()

    const fileMB = (await stat(file)).size / 1_048_576
    return {
      scale,
      fileMB,
      loadMs,
      bareLoadMs,
      loadRatio: loadMs / bareLoadMs,
      firstOfDayMs: median(firstOfDay),
      validateMs,
      writeMs,
      bareWriteMs,
      writeRatio: writeMs / bareWriteMs,
      fsyncMs: median(fsyncTimes),
      gradeMs
    }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

/** The store rows as a Markdown table. */
export function storeTable(rows: StoreFigures[]): string {
  const lines = [
    `Heavy user (1×): ${HEAVY_USER.highlights} highlights with notes, ${HEAVY_USER.cards} cards, ${HEAVY_USER.reviews.toLocaleString('en-GB')} review-log entries.`,
    '',
    '| data | file | load (read, parse, validate) | bare read + JSON.parse | load ÷ bare | first load of a day (with its backup) | one write | bare stringify+write+fsync+rename+fsync | write ÷ bare | fsync cost per write | grade answered (journaled) |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.scale}× | ${r.fileMB.toFixed(1)} MB | ${ms(r.loadMs)} | ${ms(r.bareLoadMs)} | ${r.loadRatio.toFixed(2)} | ${ms(r.firstOfDayMs)} | ${ms(r.writeMs)} | ${ms(r.bareWriteMs)} | ${r.writeRatio.toFixed(2)} | ${ms(r.fsyncMs)} | ${ms(r.gradeMs)} |`
    )
  ]
  return lines.join('\n')
}
