/**
 * The crash soak: start crash-child.ts over one data folder, let it write in bursts, SIGKILL it at
 * a random moment, and check what it leaves (the data file and the review journal, read as the next
 * start reads them); again and again on the same folder, so every start after a kill opens what the
 * kill left behind, taking over the lock the killed child held. Now and then a second child is
 * started while the first runs: it must be refused, so the children write one at a time.
 */
import { spawn, type ChildProcessByStdio } from 'node:child_process'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Readable } from 'node:stream'
import { build } from 'vite'
import { afterAll, beforeAll } from 'vitest'
import type { StoreData } from '@shared/schemas'
import { loadContent } from '../../main/content/load-content'
import { openStore } from '../../main/store/open-store'
import { storePaths } from '../../main/store/paths'
import { parseStoreText } from '../../main/store/read-store-file'
import { readJournal, replayJournal } from '../../main/store/review-journal'

/** The repository. */
export const ROOT = join(import.meta.dirname, '..', '..', '..')

/** Bundle crash-child.ts (and everything it imports) into one script plain Node runs. */
export function buildCrashChild(outDir: string): Promise<string> {
  return bundleForNode(join(ROOT, 'src/test-util/crash/crash-child.ts'), outDir, 'crash-child.mjs')
}

/** Bundle the TypeScript module `entry` and everything it imports into `outDir`/`fileName`, for plain Node. */
export async function bundleForNode(entry: string, outDir: string, fileName: string): Promise<string> {
  await build({
    configFile: false,
    logLevel: 'error',
    resolve: { alias: { '@shared': join(ROOT, 'src/shared') } },
    ssr: { noExternal: true },
    build: {
      ssr: entry,
      outDir,
      emptyOutDir: true,
      minify: false,
      rollupOptions: { output: { format: 'es', entryFileNames: fileName } }
    }
  })
  return join(outDir, fileName)
}

/** What the soak saw. Every list of problems is empty when the store kept its promise. */
export interface SoakReport {
  kills: number
  /** Kills that landed before the child had opened its store. */
  killsDuringOpen: number
  /** Writes the child acknowledged, over every run, and how many of them were grades. */
  acknowledged: number
  gradesAcknowledged: number
  /** Second children started while one ran, and those of them that were let in (must be none). */
  intruders: number
  intrudersAdmitted: string[]
  /** Kills that left steno's half-written temp file beside the data file. */
  tempFilesLeft: number
  /** A start after a kill that did not open cleanly (it found the file damaged, or did not start). */
  badStarts: string[]
  /** A data file that did not parse and validate after a kill. */
  badFiles: string[]
  /** Acknowledged writes missing from the file after a kill. */
  lost: string[]
  seconds: number
}

interface Acks {
  /** Acknowledgement lines received, and those for grades. */
  count: number
  grades: number
  notes: Set<string>
  /** The highest repetition count acknowledged for each card. */
  reps: Map<string, number>
}

interface Run {
  ready: boolean
  /** The child was still running at the deadline (it never got ready, or its intruder never answered). */
  hung: boolean
  notices: string[]
  output: string
  /** What became of a second child started while this one ran, if one was. */
  intruder: Promise<string | null> | null
}

/**
 * However loaded the machine, a child that has not been killed by this deadline never will be: it is
 * killed, and the run reported, so that a hang fails with a message instead of a test timeout.
 */
const RUN_DEADLINE_MS = 30_000

function startChild(
  script: string,
  dataDir: string,
  seed: number
): ChildProcessByStdio<null, Readable, Readable> {
  return spawn(process.execPath, [script, dataDir, join(ROOT, 'resources/content'), String(seed)], {
    stdio: ['ignore', 'pipe', 'pipe']
  })
}

/**
 * A second child on the folder a first one holds. Answers null when it was refused as it should
 * be (status 3, the refusal naming the folder), or what went wrong.
 */
function intrude(script: string, dataDir: string, seed: number): Promise<string | null> {
  const child = startChild(script, dataDir, seed)
  let output = ''
  let admitted = false
  const deadline = setTimeout(() => child.kill('SIGKILL'), RUN_DEADLINE_MS)
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString()
    // Let in: it would write beside the first child for ever. Stop it, and say so.
    if (/^ready /m.test(output) && !admitted) {
      admitted = true
      child.kill('SIGKILL')
    }
  })
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
  return new Promise((resolve) => {
    child.once('exit', (code, signal) => {
      clearTimeout(deadline)
      const refused = code === 3 && output.includes(`Debrief is already open on this data folder, ${dataDir}`)
      if (refused && !/^(ready|note|grade) /m.test(output)) return resolve(null)
      const what = admitted
        ? 'let in'
        : signal
          ? `no answer within ${RUN_DEADLINE_MS / 1000} s`
          : `status ${code}`
      resolve(`${what}: ${output.slice(0, 300)}`)
    })
  })
}

/** One child's life: spawn, wait a random moment, SIGKILL, wait for it to be gone. */
function runOnce(
  script: string,
  dataDir: string,
  seed: number,
  acks: Acks,
  random: () => number
): Promise<Run> {
  const child = startChild(script, dataDir, seed)
  const run: Run = { ready: false, hung: false, notices: [], output: '', intruder: null }
  let pending = ''
  const kill = (): void => {
    child.kill('SIGKILL')
  }
  // One kill in ten lands while the child is still opening (reading, maybe recovering) the store.
  const killEarly = random() < 0.1
  const earlyTimer = killEarly ? setTimeout(kill, Math.floor(random() * 250)) : null
  const deadline = setTimeout(() => {
    run.hung = true
    kill()
  }, RUN_DEADLINE_MS)
  child.stdout.on('data', (chunk: Buffer) => {
    pending += chunk.toString()
    const lines = pending.split('\n')
    pending = lines.pop()!
    for (const line of lines) {
      const [kind, ...rest] = line.split(' ')
      if (kind === 'ready') {
        run.ready = true
        run.notices = JSON.parse(rest.join(' ')) as string[]
        // One run in five, a second child tries the same folder while this one writes. The kill
        // waits for its answer: an intruder that asked after the first was killed would rightly be
        // let in (its holder is gone), so a run whose kill is already set has none.
        if (killEarly) continue
        if (random() < 0.2) {
          run.intruder = intrude(script, dataDir, seed + 1_000_000)
          void run.intruder.then(() => setTimeout(kill, Math.floor(random() * 50)))
        } else setTimeout(kill, 10 + Math.floor(random() * 190))
      } else if (kind === 'note') {
        acks.count += 1
        acks.notes.add(rest[0]!)
      } else if (kind === 'grade') {
        acks.count += 1
        acks.grades += 1
        const [cardId, reps] = [rest[0]!, Number(rest[1])]
        acks.reps.set(cardId, Math.max(acks.reps.get(cardId) ?? 0, reps))
      }
    }
  })
  child.stderr.on('data', (chunk: Buffer) => (run.output += chunk.toString()))
  return new Promise((resolve) => {
    child.once('exit', () => {
      if (earlyTimer) clearTimeout(earlyTimer)
      clearTimeout(deadline)
      resolve(run)
    })
  })
}

/**
 * Check what a kill left, as the next start reads it (the file, then the journal replayed over it):
 * the file parses and validates, and the two together hold every acknowledged write.
 */
async function checkFile(
  text: string,
  journal: string,
  acks: Acks
): Promise<{ bad: string | null; lost: string[] }> {
  const state = parseStoreText(text)
  if (state.kind !== 'ok') return { bad: state.kind === 'bad' ? state.reason : state.kind, lost: [] }
  const data: StoreData = state.data
  replayJournal(data, (await readJournal(journal)).records)
  const notes = new Set(data.eventNotes.map((n) => n.note))
  const lost = [...acks.notes].filter((note) => !notes.has(note)).map((note) => `note ${note}`)
  for (const [cardId, reps] of acks.reps) {
    const saved = data.cards[cardId]?.reps ?? 0
    if (saved < reps) lost.push(`grade ${cardId}: ${reps} reps acknowledged, ${saved} saved`)
  }
  return { bad: null, lost }
}

/** SIGKILL the writing child `kills` times over one data folder, checking the file after each kill. */
export async function crashSoak(script: string, kills: number, seed = Date.now()): Promise<SoakReport> {
  const started = performance.now()
  const dataDir = await mkdtemp(join(tmpdir(), 'debrief-soak-'))
  const { file, journal } = storePaths(dataDir)
  let state = seed >>> 0 || 1
  const random = (): number => {
    // xorshift32: the kill timings, reproducible from the seed.
    state ^= state << 13
    state ^= state >>> 17
    state ^= state << 5
    return (state >>> 0) / 4294967296
  }
  const acks: Acks = { count: 0, grades: 0, notes: new Set(), reps: new Map() }
  const report: SoakReport = {
    kills: 0,
    killsDuringOpen: 0,
    acknowledged: 0,
    gradesAcknowledged: 0,
    intruders: 0,
    intrudersAdmitted: [],
    tempFilesLeft: 0,
    badStarts: [],
    badFiles: [],
    lost: [],
    seconds: 0
  }
  try {
    for (let kill = 0; kill < kills; kill += 1) {
      const run = await runOnce(script, dataDir, seed + kill, acks, random)
      if (run.hung) {
        report.badStarts.push(
          `run ${kill}: still running after ${RUN_DEADLINE_MS / 1000} s (ready: ${run.ready})`
        )
        break
      }
      report.kills += 1
      if (!run.ready) report.killsDuringOpen += 1
      if (run.intruder) {
        report.intruders += 1
        const wrong = await run.intruder
        if (wrong) report.intrudersAdmitted.push(`run ${kill}: ${wrong}`)
      }
      if (run.notices.some((kind) => kind === 'recovered-from-backup' || kind === 'started-fresh')) {
        report.badStarts.push(`run ${kill}: the store was found damaged (${run.notices.join(', ')})`)
      }
      if (run.output.trim()) report.badStarts.push(`run ${kill}: ${run.output.trim().slice(0, 500)}`)
      const names = await readdir(dataDir)
      if (names.some((name) => name.endsWith('.tmp'))) report.tempFilesLeft += 1
      if (names.some((name) => name.startsWith('debrief.corrupt-'))) {
        report.badStarts.push(`run ${kill}: a data file was set aside`)
      }
      let text: string
      try {
        text = await readFile(file, 'utf8')
      } catch {
        // A kill during the very first open, before anything was written, leaves no file yet.
        if (acks.notes.size === 0 && acks.reps.size === 0) continue
        report.badFiles.push(`run ${kill}: the data file is gone`)
        continue
      }
      const { bad, lost } = await checkFile(text, journal, acks)
      if (bad) report.badFiles.push(`run ${kill}: ${bad}`)
      report.lost.push(...lost.map((what) => `run ${kill}: ${what}`))
      if (report.badFiles.length + report.lost.length > 0) break
    }
    report.acknowledged = acks.count
    report.gradesAcknowledged = acks.grades
    const last = await openStore({ dataDir, content: await loadContent(join(ROOT, 'resources/content')) })
    if (last.data.notices.length > 0) report.badStarts.push('the last open found the file damaged')
    // The last open folded the journal into the file: the file alone must now hold everything.
    await last.close()
    const { lost } = await checkFile(await readFile(file, 'utf8'), join(dataDir, 'no-journal'), acks)
    report.lost.push(...lost.map((what) => `last open: ${what}`))
  } finally {
    await rm(dataDir, { recursive: true, force: true })
  }
  report.seconds = (performance.now() - started) / 1000
  return report
}

/**
 * Call at the top of a test file: the crash child is built once before its tests and removed after.
 * Answers a function giving the built script's path.
 */
export function useCrashChild(): () => string {
  let outDir = ''
  let script = ''
  beforeAll(async () => {
    outDir = await mkdtemp(join(tmpdir(), 'debrief-crash-child-'))
    script = await buildCrashChild(outDir)
  }, 60_000)
  afterAll(() => rm(outDir, { recursive: true, force: true }))
  return () => script
}
