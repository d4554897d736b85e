/**
 * Crash safety, the quick version (npm run test:soak runs the long one): a process writing and
 * grading through the real store is SIGKILLed at random moments, and every time the file and review
 * journal it leaves parse, hold every write and grade it acknowledged, and open cleanly; a second
 * process started on the folder meanwhile is refused.
 */
import { expect, it } from 'vitest'
import { crashSoak, useCrashChild } from '../../test-util/crash/crash-soak'

const crashChild = useCrashChild()

it('survives 20 kills mid-write with every acknowledged write and grade kept, one writer at a time', async () => {
  const report = await crashSoak(crashChild(), 20)
  console.info('crash soak, 20 kills:', JSON.stringify({ ...report, lost: report.lost.length }))

  expect(report.badFiles).toEqual([])
  expect(report.lost).toEqual([])
  expect(report.badStarts).toEqual([])
  expect(report.kills).toBe(20)
  expect(report.acknowledged).toBeGreaterThan(20)
  expect(report.gradesAcknowledged).toBeGreaterThan(0)
  expect(report.intrudersAdmitted).toEqual([])
}, 120_000)
