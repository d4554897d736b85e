/**
 * Crash safety, the quick version (npm run test:soak runs the long one): a process writing through
 * the real store is SIGKILLed at random moments, and every time the file it leaves parses,
 * validates, holds every write it acknowledged, and opens cleanly.
 */
import { expect, it } from 'vitest'
import { crashSoak, useCrashChild } from '../../test-util/crash/crash-soak'

const crashChild = useCrashChild()

it('survives 20 kills mid-write with every acknowledged write kept', async () => {
  const report = await crashSoak(crashChild(), 20)

  expect(report.badFiles).toEqual([])
  expect(report.lost).toEqual([])
  expect(report.badStarts).toEqual([])
  expect(report.kills).toBe(20)
  expect(report.acknowledged).toBeGreaterThan(20)
}, 120_000)
