/**
 * Crash safety, the long run: a process writing through the real store (services → store.update →
 * write queue → steno's temp file and rename) is SIGKILLed 200 times at random moments, on one data
 * folder. After every kill the file parses, validates and holds every write the process
 * acknowledged, and the next start opens it cleanly, whatever temp file the kill left.
 */
import { expect, it } from 'vitest'
import { crashSoak, useCrashChild } from './crash-soak'

const KILLS = 200

const crashChild = useCrashChild()

it(`survives ${KILLS} kills mid-write with every acknowledged write kept`, async () => {
  const seed = Number(process.env.SOAK_SEED ?? Date.now())

  const report = await crashSoak(crashChild(), KILLS, seed)

  console.info(`crash soak (seed ${seed}):`, JSON.stringify(report))
  expect(report.badFiles).toEqual([])
  expect(report.lost).toEqual([])
  expect(report.badStarts).toEqual([])
  expect(report.kills).toBe(KILLS)
}, 1_200_000)
