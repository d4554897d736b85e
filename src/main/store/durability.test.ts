/**
 * What "saved" means: a write resolves only once the data file and its folder are fsync'd; a grade
 * is answered once it is in the fsync'd review journal, survives a kill before the data file is
 * rewritten, is never counted twice, and on a full disk is refused and taken back; a torn journal
 * line is ignored. The data folder and everything in it are private to the account (0700 / 0600),
 * from the first start, after writes and grades, and after a restore. A power cut cannot be
 * simulated here: the fsync calls themselves are asserted through an injected file system.
 */
import { appendFile, chmod, open, readFile, readdir, rename, stat, writeFile } from 'node:fs/promises'
import type * as FsPromises from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { dispatch } from '../dispatch'
import { openServices } from '../open-services'
import { createHandlers } from '../services'
import { DurableJsonFile, type DurableFs } from './durable-file'
import { openStore, type Store } from './open-store'
import { storePaths } from './paths'
import { CONTENT_DIR, TestClock, shipped, useTempDirs } from '../../test-util/store'

/** When set, appends to the review journal fail as on a full disk: half the bytes land, then ENOSPC. */
const faults = vi.hoisted(() => ({ journalFull: false }))

vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof FsPromises>()
  const openFaulty = (async (...args: Parameters<typeof fs.open>) => {
    const handle = await fs.open(...args)
    if (!String(args[0]).endsWith('debrief.journal')) return handle
    const write = handle.write.bind(handle) as (bytes: Buffer) => Promise<unknown>
    return Object.assign(handle, {
      write: async (bytes: Buffer) => {
        if (!faults.journalFull) return write(bytes)
        await write(bytes.subarray(0, Math.floor(bytes.length / 2)))
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' })
      }
    })
  }) as typeof fs.open
  return { ...fs, default: { ...fs, open: openFaulty }, open: openFaulty }
})

const tempDir = useTempDirs()
const opened: Store[] = []

afterEach(async () => {
  faults.journalFull = false
  await Promise.all(opened.splice(0).map((store) => store.close().catch(() => undefined)))
})

/** Open the store in `dataDir`, as a start does; a second open on the same folder is a restart after a kill. */
async function start(dataDir: string, clock = new TestClock('2025-08-20T09:00:00.000Z')) {
  const store = await openStore({ dataDir, content: await shipped(), now: clock.now })
  opened.push(store)
  const handlers = createHandlers(store, clock.now)
  return {
    store,
    clock,
    call: (name: Parameters<typeof dispatch>[1], input: unknown) => dispatch(handlers, name, input)
  }
}

const modeOf = async (path: string): Promise<number> => (await stat(path)).mode & 0o777
const CARD = 'rutte-role'

describe('a write of the data file', () => {
  it('fsyncs the temp file before renaming it over the data file, then fsyncs the folder', async () => {
    const dataDir = await tempDir()
    const calls: string[] = []
    const recording: DurableFs = {
      open: (async (path: string, flags: string, mode?: number) => {
        const handle = await open(path, flags, mode)
        const name = path === dataDir ? 'folder' : 'temp'
        calls.push(`open ${name} ${flags}${mode === undefined ? '' : ` ${mode.toString(8)}`}`)
        const [writeFile, sync] = [handle.writeFile.bind(handle), handle.sync.bind(handle)]
        return Object.assign(handle, {
          writeFile: async (text: string) => {
            calls.push(`write ${name}`)
            await writeFile(text)
          },
          sync: async () => {
            calls.push(`fsync ${name}`)
            await sync()
          }
        })
      }) as DurableFs['open'],
      rename: async (from, to) => {
        calls.push(`rename temp → ${String(to).slice(dataDir.length + 1)}`)
        await rename(from, to)
      }
    }
    const file = new DurableJsonFile<{ saved: number }>(join(dataDir, 'debrief.json'), { fs: recording })

    await file.write({ saved: 1 })

    expect(calls).toEqual([
      'open temp w 600',
      'write temp',
      'fsync temp',
      'rename temp → debrief.json',
      'open folder r',
      'fsync folder'
    ])
    expect(JSON.parse(await readFile(join(dataDir, 'debrief.json'), 'utf8'))).toEqual({ saved: 1 })
    expect(await readdir(dataDir)).toEqual(['debrief.json'])
  })
})

describe('a grade', () => {
  it('is answered once journaled, before the data file is rewritten, and a restart after a kill finds it', async () => {
    const dataDir = await tempDir()
    const { store, call } = await start(dataDir)
    await store.flush()
    const fileBefore = await readFile(storePaths(dataDir).file)

    expect((await call('cards:grade', { cardId: CARD, rating: 3 })).ok).toBe(true)

    expect(await readFile(storePaths(dataDir).file)).toEqual(fileBefore)
    expect((await readFile(storePaths(dataDir).journal, 'utf8')).trim().split('\n')).toHaveLength(1)
    // The first process is abandoned, not closed: a kill.
    const restarted = await start(dataDir)
    expect(restarted.store.data.cards[CARD]?.reps).toBe(1)
    expect(restarted.store.data.reviewLog).toHaveLength(1)
    // That start folded the journal into the file.
    expect(await readFile(storePaths(dataDir).journal, 'utf8')).toBe('')
  })

  it('is counted once when both the file and the journal hold it (a kill between writing one and emptying the other)', async () => {
    const dataDir = await tempDir()
    const { store, call } = await start(dataDir)
    await call('cards:grade', { cardId: CARD, rating: 3 })
    const journal = await readFile(storePaths(dataDir).journal)
    await store.flush()
    await writeFile(storePaths(dataDir).journal, journal)

    const restarted = await start(dataDir)

    expect(restarted.store.data.reviewLog).toHaveLength(1)
    expect(restarted.store.data.cards[CARD]?.reps).toBe(1)
  })

  it('is never brought back by the journal once undone and written', async () => {
    const dataDir = await tempDir()
    const { store, call } = await start(dataDir)
    await call('cards:grade', { cardId: CARD, rating: 3 })
    const journal = await readFile(storePaths(dataDir).journal)
    expect((await call('cards:undo', {})).ok).toBe(true)
    await store.flush()
    await writeFile(storePaths(dataDir).journal, journal)

    const restarted = await start(dataDir)

    expect(restarted.store.data.reviewLog).toEqual([])
    expect(restarted.store.data.cards[CARD]).toBeUndefined()
  })

  it('survives a torn last journal line (a kill mid-append), which is ignored', async () => {
    const dataDir = await tempDir()
    const first = await start(dataDir)
    await first.call('cards:grade', { cardId: CARD, rating: 3 })
    const line = (await readFile(storePaths(dataDir).journal, 'utf8')).trim()
    await appendFile(storePaths(dataDir).journal, line.slice(0, line.length / 2))

    const second = await start(dataDir)
    expect(second.store.data.reviewLog).toHaveLength(1)
    expect(second.store.data.notices).toEqual([])
    second.clock.advanceSeconds(600)
    expect((await second.call('cards:grade', { cardId: CARD, rating: 3 })).ok).toBe(true)

    const third = await start(dataDir)
    expect(third.store.data.reviewLog).toHaveLength(2)
    expect(third.store.data.cards[CARD]?.reps).toBe(2)
  })

  it('is refused on a full disk with the disk-full message, and taken back: nothing was recorded', async () => {
    const dataDir = await tempDir()
    const { store, call, clock } = await start(dataDir)
    await call('cards:grade', { cardId: CARD, rating: 3 })
    await store.flush()
    const dataBefore = structuredClone(store.data)
    const journalBefore = await readFile(storePaths(dataDir).journal)
    clock.advanceSeconds(600)
    faults.journalFull = true

    const result = await call('cards:grade', { cardId: CARD, rating: 1 })

    expect(result).toEqual({
      ok: false,
      error: {
        code: 'store-failed',
        message: expect.stringMatching(/^the disk is full\. Free some space\. Your grade was not recorded/)
      }
    })
    expect(store.data).toStrictEqual(dataBefore)
    // Half a record reached the journal before the disk filled: it was cut off again.
    expect(await readFile(storePaths(dataDir).journal)).toEqual(journalBefore)
    expect((await start(dataDir)).store.data.reviewLog).toHaveLength(1)

    faults.journalFull = false
    expect((await call('cards:grade', { cardId: CARD, rating: 1 })).ok).toBe(true)
    expect((await start(dataDir)).store.data.reviewLog).toHaveLength(2)
  })

  it('given in a long session is folded into the file every so often, and the journal emptied', async () => {
    const dataDir = await tempDir()
    const { store, call, clock } = await start(dataDir)
    for (let i = 0; i < 200; i += 1) {
      clock.advanceSeconds(60)
      expect((await call('cards:grade', { cardId: CARD, rating: 3 })).ok).toBe(true)
    }
    await vi.waitFor(async () => expect(await readFile(storePaths(dataDir).journal, 'utf8')).toBe(''))
    expect(JSON.parse(await readFile(store.info.file, 'utf8')).reviewLog).toHaveLength(200)
  }, 60_000)
})

describe('the data folder', () => {
  it('cannot be created inside /proc: opening fails at once, naming the folder and why', async () => {
    const started = performance.now()
    await expect(
      openServices({ dataDir: '/proc/debrief-cannot/data', contentDir: CONTENT_DIR })
    ).rejects.toThrow(/^Debrief could not create its data folder \/proc\/debrief-cannot\/data: ENOENT/)
    expect(performance.now() - started).toBeLessThan(2_000)
  })

  it('is private to this account from the first start, after writes and grades, and after a restore', async () => {
    const root = await tempDir()
    const dataDir = join(root, 'new', 'data')
    const paths = storePaths(dataDir)
    const { store, call, clock } = await start(dataDir)
    expect(await modeOf(dataDir)).toBe(0o700)
    expect(await modeOf(paths.backupsDir)).toBe(0o700)
    expect(await modeOf(paths.file)).toBe(0o600)

    await call('settings:update', { theme: 'dark' })
    await call('cards:grade', { cardId: CARD, rating: 3 })
    expect(await modeOf(paths.file)).toBe(0o600)
    expect(await modeOf(paths.journal)).toBe(0o600)

    const backup = await call('backup:export', {})
    clock.advanceDays(1)
    await call('settings:update', { theme: 'sepia' })
    if (!backup.ok) throw new Error('no backup')
    expect((await call('backup:restore', { text: (backup.value as { text: string }).text })).ok).toBe(true)
    await store.flush()
    for (const name of await readdir(paths.backupsDir)) {
      expect(await modeOf(join(paths.backupsDir, name)), name).toBe(0o600)
    }
    expect((await readdir(paths.backupsDir)).some((name) => name.endsWith('-pre-restore.json'))).toBe(true)
    expect(await modeOf(paths.file)).toBe(0o600)
  })

  it('is tightened at open when found looser (made by an older Debrief, or copied in by hand)', async () => {
    const dataDir = await tempDir()
    const paths = storePaths(dataDir)
    const first = await start(dataDir)
    await first.call('cards:grade', { cardId: CARD, rating: 3 })
    await first.store.close()
    await chmod(dataDir, 0o755)
    await chmod(paths.backupsDir, 0o755)
    await chmod(paths.file, 0o644)
    await chmod(paths.journal, 0o666)
    const backups = await readdir(paths.backupsDir)
    await chmod(join(paths.backupsDir, backups[0]!), 0o644)

    await start(dataDir)

    expect(await modeOf(dataDir)).toBe(0o700)
    expect(await modeOf(paths.backupsDir)).toBe(0o700)
    expect(await modeOf(paths.file)).toBe(0o600)
    expect(await modeOf(paths.journal)).toBe(0o600)
    expect(await modeOf(join(paths.backupsDir, backups[0]!))).toBe(0o600)
  })
})
