/**
 * Every way the data file can be damaged or hostile, in one table: for each, Debrief still starts,
 * the user is told what happened and what to do, the damaged bytes are never overwritten, and a
 * good backup brings the data back. Unreadable files and a full disk are simulated by injected file
 * system errors: these tests run as root, whom no permission stops.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import type * as FsPromises from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { CURRENT_SCHEMA_VERSION, StoreSchema, type Content } from '@shared/schemas'
import { dispatch } from '../dispatch'
import { createHandlers } from '../services'
import { DurableJsonFile } from './durable-file'
import { openStore, type Store } from './open-store'
import { storePaths } from './paths'
import { TestClock, shipped, storeText, useTempDirs } from '../../test-util/store'

/** Paths whose (first) read, or whose renames, fail with the given error code, as missing permission would. */
const faults = vi.hoisted(() => ({
  reads: new Map<string, string>(),
  renames: new Map<string, string>()
}))

vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof FsPromises>()
  const failing = (code: string, path: string): NodeJS.ErrnoException =>
    Object.assign(new Error(`${code}: operation not permitted, '${path}'`), { code })
  const readFile = ((path: string, ...rest: unknown[]) => {
    const code = faults.reads.get(String(path))
    // Only the first read fails: the file at that path afterwards is the new one Debrief wrote.
    faults.reads.delete(String(path))
    if (code) return Promise.reject(failing(code, String(path)))
    return (fs.readFile as (...args: unknown[]) => Promise<unknown>)(path, ...rest)
  }) as typeof fs.readFile
  const rename = ((from: string, to: string) => {
    const code = faults.renames.get(String(from))
    if (code) return Promise.reject(failing(code, String(from)))
    return fs.rename(from, to)
  }) as typeof fs.rename
  return { ...fs, default: { ...fs, readFile, rename }, readFile, rename }
})

const tempDir = useTempDirs()

afterEach(() => {
  faults.reads.clear()
  faults.renames.clear()
  vi.restoreAllMocks()
})

/** A good backup, taken the day before, in which the text size is 26: the mark of restored data. */
const BACKUP_NAME = 'debrief-2025-08-17T09-00-00Z-daily.json'

interface DamagedCase {
  what: string
  /** Put the damage in place: write the file, install faults. Answers the bytes that must survive. */
  damage(file: string, content: Content): Promise<Buffer>
  /** What the notice must say: what happened, and what to do. */
  told: RegExp[]
  /** Where the damaged bytes end up: set aside under a new name, or left exactly where they were. */
  kept: 'set aside' | 'in place'
  /** Whether the backup is restored (a newer or immovable file is left alone, so nothing is restored). */
  restored: boolean
}

const write = async (file: string, text: string): Promise<Buffer> => {
  const bytes = Buffer.from(text)
  await writeFile(file, bytes)
  return bytes
}

const damagedCases: DamagedCase[] = [
  {
    what: 'an empty file',
    damage: (file) => write(file, ''),
    told: [/could not be read: it is empty/, /kept as debrief\.corrupt-/, /backup .* was restored/],
    kept: 'set aside',
    restored: true
  },
  {
    what: 'a truncated file',
    damage: (file, content) => write(file, storeText(content).slice(0, 5000)),
    told: [/not valid JSON \(it may have been cut short\)/, /kept as debrief\.corrupt-/],
    kept: 'set aside',
    restored: true
  },
  {
    what: 'a file that is not JSON',
    damage: (file) => write(file, '<html><body>Not a Debrief file</body></html>'),
    told: [/not valid JSON/, /kept as debrief\.corrupt-/],
    kept: 'set aside',
    restored: true
  },
  {
    what: 'JSON of the wrong shape',
    damage: (file, content) =>
      write(file, storeText(content).replace('"annotations": []', '"annotations": {"evil": true}')),
    told: [/contents are not valid at annotations/, /kept as debrief\.corrupt-/],
    kept: 'set aside',
    restored: true
  },
  {
    what: 'a file from a newer schema version',
    damage: (file, content) =>
      write(
        file,
        storeText(content).replace(
          `"schemaVersion": ${CURRENT_SCHEMA_VERSION}`,
          `"schemaVersion": ${CURRENT_SCHEMA_VERSION + 1}`
        )
      ),
    told: [/newer version of Debrief/, /left untouched/, /Update Debrief to use it/, /nothing .* is saved/],
    kept: 'in place',
    restored: false
  },
  {
    what: 'a file Debrief may not read (EACCES)',
    damage: async (file, content) => {
      const bytes = await write(
        file,
        storeText(content, (data) => (data.settings.theme = 'dark'))
      )
      faults.reads.set(file, 'EACCES')
      return bytes
    },
    told: [/could not be opened \(EACCES\)/, /kept as debrief\.corrupt-/, /was restored/],
    kept: 'set aside',
    restored: true
  },
  {
    what: 'a file Debrief may neither read nor move (EACCES)',
    damage: async (file, content) => {
      const bytes = await write(
        file,
        storeText(content, (data) => (data.settings.theme = 'dark'))
      )
      faults.reads.set(file, 'EACCES')
      faults.renames.set(file, 'EACCES')
      return bytes
    },
    told: [/could not be opened \(EACCES\)/, /left as it is/, /Fix its permissions/, /nothing is saved/],
    kept: 'in place',
    restored: false
  },
  {
    what: 'a folder where the file should be',
    damage: async (file) => {
      await mkdir(file)
      await writeFile(join(file, 'inside.txt'), 'mine')
      return Buffer.from('mine')
    },
    told: [/could not be opened \(EISDIR\)/, /kept as debrief\.corrupt-/, /was restored/],
    kept: 'set aside',
    restored: true
  }
]

/** The bytes at `path`, or for a folder the bytes of the one file the test put inside it. */
async function bytesAt(path: string): Promise<Buffer> {
  try {
    return await readFile(path)
  } catch {
    return readFile(join(path, 'inside.txt'))
  }
}

describe.each(damagedCases)('$what', ({ damage, told, kept, restored }) => {
  it(`starts, tells the user, keeps the bytes ${kept}, and ${restored ? 'restores the backup' : 'touches nothing'}`, async () => {
    const dataDir = await tempDir()
    const content = await shipped()
    const { file, backupsDir } = storePaths(dataDir)
    await mkdir(backupsDir, { recursive: true })
    const backupBytes = Buffer.from(storeText(content, (data) => (data.settings.textSize = 26)))
    await writeFile(join(backupsDir, BACKUP_NAME), backupBytes)
    const damagedBytes = await damage(file, content)

    const store = await openStore({ dataDir, content, now: new TestClock().now })

    // Told: one notice, naming the problem and the way out, which the renderer lists as an alert.
    expect(store.data.notices).toHaveLength(1)
    for (const phrase of told) expect(store.data.notices[0]!.message).toMatch(phrase)
    // Never overwritten.
    const aside = (await readdir(dataDir)).filter((name) => name.startsWith('debrief.corrupt-'))
    if (kept === 'set aside') {
      expect(aside).toHaveLength(1)
      expect(await bytesAt(join(dataDir, aside[0]!))).toEqual(damagedBytes)
      expect(store.data.notices[0]!.file).toBe(join(dataDir, aside[0]!))
    } else {
      expect(aside).toEqual([])
      faults.reads.clear()
      expect(await bytesAt(file)).toEqual(damagedBytes)
    }
    expect(await readFile(join(backupsDir, BACKUP_NAME))).toEqual(backupBytes)
    // Recovered from the backup, and saved as a good file, or left alone and nothing written.
    expect(store.data.settings.textSize).toBe(restored ? 26 : 19)
    expect(store.info.persistent).toBe(restored)
    if (restored) {
      const saved = StoreSchema.parse(JSON.parse(await readFile(file, 'utf8')))
      expect(saved.settings.textSize).toBe(26)
    }
    // And it works: a change is kept (in memory at least), without an error.
    await store.update((data) => (data.settings.theme = 'sepia'))
    expect(store.data.settings.theme).toBe('sepia')
  })
})

describe('the disk filling up (ENOSPC) while saving', () => {
  /** Make the next write of the store file fail as a full disk does: half a temp file, then ENOSPC. */
  function fillTheDiskOnNextWrite(file: string): void {
    vi.spyOn(DurableJsonFile.prototype, 'write').mockImplementationOnce(async function (
      this: DurableJsonFile<unknown>,
      data
    ) {
      const text = JSON.stringify(data)
      await writeFile(join(file, '..', '.debrief.json.tmp'), text.slice(0, text.length / 2))
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' })
    })
  }

  async function openWithHandlers(dataDir: string): Promise<{ store: Store; file: string }> {
    const store = await openStore({ dataDir, content: await shipped(), now: new TestClock().now })
    return { store, file: store.info.file }
  }

  it('tells the user the disk is full, keeps the change in memory and the last good file on disk', async () => {
    const dataDir = await tempDir()
    const { store, file } = await openWithHandlers(dataDir)
    const handlers = createHandlers(store, new TestClock().now)
    await dispatch(handlers, 'settings:update', { theme: 'dark' })
    const lastGood = await readFile(file)
    fillTheDiskOnNextWrite(file)

    const result = await dispatch(handlers, 'settings:update', { textSize: 24 })

    expect(result).toEqual({
      ok: false,
      error: { code: 'store-failed', message: expect.stringMatching(/^the disk is full\. Free some space\./) }
    })
    expect(!result.ok && result.error.message).toMatch(/kept while Debrief stays open/)
    expect(store.data.settings).toMatchObject({ theme: 'dark', textSize: 24 })
    expect(await readFile(file)).toEqual(lastGood)
  })

  it('saves the kept change with the next one once there is space, and the half-written temp file harms nothing', async () => {
    const dataDir = await tempDir()
    const { store, file } = await openWithHandlers(dataDir)
    const handlers = createHandlers(store, new TestClock().now)
    fillTheDiskOnNextWrite(file)
    expect((await dispatch(handlers, 'settings:update', { textSize: 24 })).ok).toBe(false)

    expect((await dispatch(handlers, 'settings:update', { theme: 'sepia' })).ok).toBe(true)

    const reopened = await openStore({ dataDir, content: await shipped(), now: new TestClock().now })
    expect(reopened.data.settings).toMatchObject({ theme: 'sepia', textSize: 24 })
    expect(reopened.data.notices).toEqual([])
  })

  it('saves the kept change when the app quits (flush) once there is space', async () => {
    const dataDir = await tempDir()
    const { store, file } = await openWithHandlers(dataDir)
    fillTheDiskOnNextWrite(file)
    await expect(store.update((data) => (data.settings.textSize = 24))).rejects.toThrow(/disk is full/)

    await store.flush()

    expect(StoreSchema.parse(JSON.parse(await readFile(file, 'utf8'))).settings.textSize).toBe(24)
  })
})
