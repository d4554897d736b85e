import { mkdtemp, readFile, rename, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadContent } from '../../src/main/content/load-content'
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
  /** The schema check alone (parseStoreJson over data already parsed): the load's cost beyond the bare one. */
  validateMs: number
  writeMs: number
  bareWriteMs: number
  writeRatio: number
}

/**
 * Store load and write time at `scale` × a heavy user's data. A write is one small change through
 * the store (serialise everything, temp file, rename); "bare" is JSON.stringify + write + rename of
 * the same data, the least any whole-file store can do.
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
    for (let run = 0; run < runs; run += 1) {
      loads.push(await medianMs(1, () => openStore({ dataDir: dir, content })))
      bareLoads.push(await medianMs(1, async () => JSON.parse(await readFile(file, 'utf8'))))
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
      await writeFile(`${bare}.tmp`, JSON.stringify(store.data))
      await rename(`${bare}.tmp`, bare)
    })
    const fileMB = (await stat(file)).size / 1_048_576
    return {
      scale,
      fileMB,
      loadMs,
      bareLoadMs,
      loadRatio: loadMs / bareLoadMs,
      validateMs,
      writeMs,
      bareWriteMs,
      writeRatio: writeMs / bareWriteMs
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
    '| data | file | load (read, parse, validate) | bare read + JSON.parse | load ÷ bare | one write | bare stringify + write + rename | write ÷ bare |',
    '|---|---|---|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.scale}× | ${r.fileMB.toFixed(1)} MB | ${ms(r.loadMs)} | ${ms(r.bareLoadMs)} | ${r.loadRatio.toFixed(2)} | ${ms(r.writeMs)} | ${ms(r.bareWriteMs)} | ${r.writeRatio.toFixed(2)} |`
    )
  ]
  return lines.join('\n')
}
