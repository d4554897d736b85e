/**
 * Crash safety, the long run: a process writing through the real store (services → store.update →
 * write queue → fsync'd temp file and rename; grades → fsync'd review journal) is SIGKILLed 200 times
 * at random moments, on one data folder. After every kill the file and journal hold every write and
 * grade the process acknowledged, the next start opens them cleanly (taking over the lock the
 * killed process left), and a second process started meanwhile is refused.
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
  expect(report.intrudersAdmitted).toEqual([])
  expect(report.gradesAcknowledged).toBeGreaterThan(0)
  expect(report.kills).toBe(KILLS)
}, 1_200_000)
