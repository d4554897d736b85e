/**
 * Crash safety, the long run: a process writing through the real store (services → store.update →
 * write queue → steno's temp file and rename) is SIGKILLed 200 times at random moments, on one data
 * folder. After every kill the file parses, validates and holds every write the process
 * acknowledged, and the next start opens it cleanly, whatever temp file the kill left.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { buildCrashChild, crashSoak } from './crash-soak'

const KILLS = 200

let outDir = ''
let script = ''

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'debrief-crash-child-'))
  script = await buildCrashChild(outDir)
}, 60_000)

afterAll(() => rm(outDir, { recursive: true, force: true }))

it(`survives ${KILLS} kills mid-write with every acknowledged write kept`, async () => {
  const seed = Number(process.env.SOAK_SEED ?? Date.now())

  const report = await crashSoak(script, KILLS, seed)

  console.info(`crash soak (seed ${seed}):`, JSON.stringify(report))
  expect(report.badFiles).toEqual([])
  expect(report.lost).toEqual([])
  expect(report.badStarts).toEqual([])
  expect(report.kills).toBe(KILLS)
}, 1_200_000)
