/**
 * Crash safety, the quick version (npm run test:soak runs the long one): a process writing through
 * the real store is SIGKILLed at random moments, and every time the file it leaves parses,
 * validates, holds every write it acknowledged, and opens cleanly.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { buildCrashChild, crashSoak } from '../../test-util/crash/crash-soak'

let outDir = ''
let script = ''

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'debrief-crash-child-'))
  script = await buildCrashChild(outDir)
}, 60_000)

afterAll(() => rm(outDir, { recursive: true, force: true }))

it('survives 20 kills mid-write with every acknowledged write kept', async () => {
  const report = await crashSoak(script, 20)

  expect(report.badFiles).toEqual([])
  expect(report.lost).toEqual([])
  expect(report.badStarts).toEqual([])
  expect(report.kills).toBe(20)
  expect(report.acknowledged).toBeGreaterThan(20)
}, 120_000)
