/**
 * What happens to the user's data file: it is created, reopened, upgraded, refreshed with new content,
 * recovered when damaged (never overwritten), left alone when it is newer, backed up and written safely.
 */
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { DEFAULT_SETTINGS } from '@shared/limits'
import {
  CURRENT_SCHEMA_VERSION,
  StoreSchema,
  type Content,
  type Notice,
  type StoreData
} from '@shared/schemas'
import { listBackups } from './rolling-backups'
import { DurableJsonFile } from './durable-file'
import { openStore } from './open-store'
import { storePaths } from './paths'
import { parseStoreText } from './read-store-file'
import { TestClock, namesIn, shipped, storeText, useTempDirs } from '../../test-util/store'

const tempDir = useTempDirs()

afterEach(() => {
  vi.restoreAllMocks()
})

async function savedData(file: string): Promise<StoreData> {
  return StoreSchema.parse(JSON.parse(await readFile(file, 'utf8')))
}

/** The name a damaged file is given when it is found at the TestClock's default time. */
const SET_ASIDE_NAME = 'debrief.corrupt-2025-08-18T17-15-00Z.json'

describe('opening a data folder for the first time', () => {
  it('creates debrief.json holding valid data, the shipped article and default settings', async () => {
    const dataDir = await tempDir()
    const content = await shipped()

    const store = await openStore({ dataDir, content, now: new TestClock().now })

    const saved = await savedData(join(dataDir, 'debrief.json'))
    expect(saved.schemaVersion).toBe(CURRENT_SCHEMA_VERSION)
    expect(saved.content).toEqual(content)
    expect(saved.settings).toEqual(DEFAULT_SETTINGS)
    expect(saved.notices).toEqual([])
    expect(store.data).toEqual(saved)
    expect(store.info).toEqual({ ...storePaths(dataDir), persistent: true })
  })

  it('creates the data folder itself when it does not exist yet', async () => {
    const dataDir = join(await tempDir(), 'nested', 'Debrief')

    await openStore({ dataDir, content: await shipped(), now: new TestClock().now })

    expect(await namesIn(dataDir)).toEqual(['backups', 'debrief.json'])
  })
})

describe('reopening a data folder', () => {
  it('keeps every change made with update', async () => {
    const dataDir = await tempDir()
    const content = await shipped()
    const clock = new TestClock()
    const store = await openStore({ dataDir, content, now: clock.now })

    await store.update((data) => {
      data.settings.theme = 'sepia'
      data.settings.textSize = 23
      data.progress = { paragraphId: 'P12', fraction: 0.4, updatedAt: clock.now().toISOString() }
    })
    const reopened = await openStore({ dataDir, content, now: clock.now })

    expect(reopened.data.settings).toEqual({ ...DEFAULT_SETTINGS, theme: 'sepia', textSize: 23 })
    expect(reopened.data.progress).toEqual({
      paragraphId: 'P12',
      fraction: 0.4,
      updatedAt: '2025-08-18T17:15:00.000Z'
    })
    expect(reopened.data.notices).toEqual([])
  })
})

describe('a data file from an older schema version', () => {
  it('is upgraded, saved as the current version, and its original bytes kept as a pre-migration backup', async () => {
    const dataDir = await tempDir()
    const content = await shipped()
    const { file, backupsDir } = storePaths(dataDir)
    const old = JSON.parse(storeText(content, (data) => (data.settings.theme = 'dark')))
    old.schemaVersion = 0
    delete old.reviewLog
    const originalBytes = Buffer.from(JSON.stringify(old))
    await writeFile(file, originalBytes)
    const addReviewLog = vi.fn((data: Record<string, unknown>) => ({ ...data, reviewLog: [] }))

    const store = await openStore({
      dataDir,
      content,
      now: new TestClock().now,
      migrations: [{ from: 0, migrate: addReviewLog }]
    })

    expect(addReviewLog).toHaveBeenCalledOnce()
    expect(store.data.schemaVersion).toBe(CURRENT_SCHEMA_VERSION)
    expect(store.data.reviewLog).toEqual([])
    expect(store.data.settings.theme).toBe('dark')
    expect(store.data.notices).toEqual([])
    const saved = await savedData(file)
    expect(saved.schemaVersion).toBe(CURRENT_SCHEMA_VERSION)
    expect(saved.settings.theme).toBe('dark')
    const preMigration = (await listBackups(backupsDir)).filter((b) => b.kind === 'pre-migration')
    expect(preMigration.map((b) => b.name)).toEqual(['debrief-2025-08-18T17-15-00Z-pre-migration.json'])
    expect(await readFile(preMigration[0]!.path)).toEqual(originalBytes)
  })
})

interface DamagedFile {
  what: string
  text: (content: Content) => string
  /** How the notice should describe the problem. */
  reason: RegExp
}

const damagedFiles: DamagedFile[] = [
  { what: 'nothing (an empty file)', text: () => '', reason: /empty/ },
  {
    what: 'JSON cut short',
    text: (content) => storeText(content).slice(0, 300),
    reason: /not valid JSON/
  },
  {
    what: 'text that is not JSON',
    text: () => 'The second Oval Workplace assembly in six months\n',
    reason: /not valid JSON/
  },
  {
    what: 'JSON of the wrong shape (theme "neon")',
    text: (content) => storeText(content).replace('"theme": "system"', '"theme": "neon"'),
    reason: /settings\.theme/
  },
  {
    what: 'JSON with no schemaVersion',
    text: (content) => storeText(content).replace(`"schemaVersion": ${CURRENT_SCHEMA_VERSION},`, ''),
    reason: /schemaVersion/
  },
  { what: 'a JSON array', text: (content) => `[${storeText(content)}]`, reason: /data object/ },
  {
    what: 'an old schema version with no migration',
    text: (content) =>
      storeText(content).replace(`"schemaVersion": ${CURRENT_SCHEMA_VERSION},`, '"schemaVersion": 0,'),
    reason: /upgraded from version 0/
  }
]

/** Put a file into the backups folder under the name a daily backup taken at `stamp` would have. */
async function putBackup(dataDir: string, stamp: string, text: string): Promise<string> {
  const { backupsDir } = storePaths(dataDir)
  await mkdir(backupsDir, { recursive: true })
  const name = `debrief-${stamp}-daily.json`
  await writeFile(join(backupsDir, name), text)
  return name
}

describe.each(damagedFiles)('a data file holding $what', ({ text, reason }) => {
  /** Write the damaged file, open the store over it, and check the file was set aside intact. */
  async function openOverDamagedFile(dataDir: string, content: Content) {
    const { file } = storePaths(dataDir)
    expect(parseStoreText(text(content)).kind).toBe('bad')
    const damagedBytes = Buffer.from(text(content))
    await writeFile(file, damagedBytes)

    const store = await openStore({ dataDir, content, now: new TestClock().now })

    const aside = join(dataDir, SET_ASIDE_NAME)
    expect(await readFile(aside)).toEqual(damagedBytes)
    const saved = await savedData(file)
    expect(saved).toEqual(store.data)
    expect(store.info.persistent).toBe(true)
    return { store, aside }
  }

  function onlyNotice(notices: readonly Notice[]): Notice {
    expect(notices).toHaveLength(1)
    return notices[0]!
  }

  it('is set aside untouched, a fresh store starts when there is no backup, and the user is told', async () => {
    const dataDir = await tempDir()
    const content = await shipped()

    const { store, aside } = await openOverDamagedFile(dataDir, content)

    expect(store.data.settings).toEqual(DEFAULT_SETTINGS)
    const notice = onlyNotice(store.data.notices)
    expect(notice.kind).toBe('started-fresh')
    expect(notice.file).toBe(aside)
    expect(notice.message).toContain(SET_ASIDE_NAME)
    expect(notice.message).toMatch(reason)
    expect(notice.message).toMatch(/No usable backup/)
  })

  it('is set aside untouched and the newest good backup is restored', async () => {
    const dataDir = await tempDir()
    const content = await shipped()
    await putBackup(
      dataDir,
      '2025-08-16T09-00-00Z',
      storeText(content, (data) => (data.settings.textSize = 22))
    )
    const newest = await putBackup(
      dataDir,
      '2025-08-17T09-00-00Z',
      storeText(content, (data) => (data.settings.textSize = 26))
    )

    const { store, aside } = await openOverDamagedFile(dataDir, content)

    expect(store.data.settings.textSize).toBe(26)
    const notice = onlyNotice(store.data.notices)
    expect(notice.kind).toBe('recovered-from-backup')
    expect(notice.file).toBe(aside)
    expect(notice.message).toContain(SET_ASIDE_NAME)
    expect(notice.message).toContain(newest)
    expect(notice.message).toMatch(reason)
  })

  it("is never kept as a backup, even in part: the day's copy of it is dropped", async () => {
    const dataDir = await tempDir()
    const content = await shipped()
    const good = await putBackup(dataDir, '2025-08-17T09-00-00Z', storeText(content))

    await openOverDamagedFile(dataDir, content)

    const { backupsDir } = storePaths(dataDir)
    const names = await namesIn(backupsDir)
    expect(names.filter((name) => !name.endsWith('-daily.json'))).toEqual([])
    expect(names).toContain(good)
    for (const name of names) {
      expect(parseStoreText(await readFile(join(backupsDir, name), 'utf8')).kind, name).toBe('ok')
    }
  })

  it('is set aside untouched and an older good backup is restored when the newest backup is damaged too', async () => {
    const dataDir = await tempDir()
    const content = await shipped()
    const older = await putBackup(
      dataDir,
      '2025-08-16T09-00-00Z',
      storeText(content, (data) => (data.settings.textSize = 22))
    )
    await putBackup(dataDir, '2025-08-17T09-00-00Z', text(content))

    const { store } = await openOverDamagedFile(dataDir, content)

    expect(store.data.settings.textSize).toBe(22)
    const notice = onlyNotice(store.data.notices)
    expect(notice.kind).toBe('recovered-from-backup')
    expect(notice.message).toContain(older)
  })
})

describe('recovering from a damaged data file', () => {
  it('keeps the notice across restarts, and sets nothing else aside once the file is good again', async () => {
    const dataDir = await tempDir()
    const content = await shipped()
    const clock = new TestClock()
    await writeFile(storePaths(dataDir).file, '{"schemaVersion": 1, "settings": ')
    const first = await openStore({ dataDir, content, now: clock.now })
    clock.advanceSeconds(90)

    const second = await openStore({ dataDir, content, now: clock.now })

    expect(second.data.notices).toEqual(first.data.notices)
    expect(await namesIn(dataDir)).toEqual(['backups', SET_ASIDE_NAME, 'debrief.json'])
  })

  it('keeps both set-aside files when two damaged files are found within the same second', async () => {
    const dataDir = await tempDir()
    const content = await shipped()
    const { file } = storePaths(dataDir)
    const clock = new TestClock()
    await writeFile(file, 'first damaged file')
    await openStore({ dataDir, content, now: clock.now })
    await writeFile(file, 'second damaged file')

    const store = await openStore({ dataDir, content, now: clock.now })

    const aside = (await namesIn(dataDir)).filter((name) => name.startsWith('debrief.corrupt-'))
    expect(aside).toHaveLength(2)
    const kept = await Promise.all(aside.map((name) => readFile(join(dataDir, name), 'utf8')))
    expect(kept.sort()).toEqual(['first damaged file', 'second damaged file'])
    const latest = store.data.notices.at(-1)!
    expect(await readFile(latest.file!, 'utf8')).toBe('second damaged file')
    expect(latest.message).toContain(basename(latest.file!))
  })

  it('moves a folder standing where the data file should be aside, with its contents, and starts fresh', async () => {
    const dataDir = await tempDir()
    const { file } = storePaths(dataDir)
    await mkdir(file)
    await writeFile(join(file, 'notes.txt'), 'mine')

    const store = await openStore({ dataDir, content: await shipped(), now: new TestClock().now })

    expect(await readFile(join(dataDir, SET_ASIDE_NAME, 'notes.txt'), 'utf8')).toBe('mine')
    expect((await savedData(file)).settings).toEqual(DEFAULT_SETTINGS)
    expect(store.data.notices).toHaveLength(1)
    expect(store.data.notices[0]).toMatchObject({
      kind: 'started-fresh',
      file: join(dataDir, SET_ASIDE_NAME)
    })
    expect(store.data.notices[0]!.message).toMatch(/EISDIR/)
  })

  const runningAsRoot = process.getuid?.() === 0
  it.skipIf(runningAsRoot)(
    'sets aside a data file it is not allowed to read (skipped when running as root, who can read any file)',
    async () => {
      const dataDir = await tempDir()
      const content = await shipped()
      const { file } = storePaths(dataDir)
      const original = storeText(content, (data) => (data.settings.theme = 'dark'))
      await writeFile(file, original)
      await chmod(file, 0o000)

      const store = await openStore({ dataDir, content, now: new TestClock().now })

      const aside = join(dataDir, SET_ASIDE_NAME)
      await chmod(aside, 0o600)
      expect(await readFile(aside, 'utf8')).toBe(original)
      expect(store.data.notices[0]!.message).toMatch(/EACCES|EPERM/)
    }
  )
})

describe('a data file from a newer version of Debrief', () => {
  it('is left byte for byte untouched, even after changes, and the user is told nothing is saved', async () => {
    const dataDir = await tempDir()
    const content = await shipped()
    const { file, backupsDir } = storePaths(dataDir)
    const newer = JSON.parse(storeText(content))
    newer.schemaVersion = CURRENT_SCHEMA_VERSION + 1
    newer.aFieldFromTheFuture = { kept: true }
    const originalBytes = Buffer.from(JSON.stringify(newer, null, 2))
    await writeFile(file, originalBytes)

    const store = await openStore({ dataDir, content, now: new TestClock().now })
    await store.update((data) => (data.settings.theme = 'dark'))
    await store.flush()

    expect(store.info.persistent).toBe(false)
    expect(store.data.settings.theme).toBe('dark')
    expect(store.data.notices).toHaveLength(1)
    expect(store.data.notices[0]).toMatchObject({ kind: 'newer-schema', file })
    expect(store.data.notices[0]!.message).toMatch(/newer version of Debrief/)
    expect(store.data.notices[0]!.message).toMatch(/nothing you do here is saved/)
    expect(await readFile(file)).toEqual(originalBytes)
    expect(await namesIn(dataDir)).toEqual(['backups', 'debrief.json'])
    expect(await namesIn(backupsDir)).toEqual([])
  })
})

describe('backups', () => {
  it("backs a good file up at the day's first start, byte for byte, with no write and nothing half-copied left", async () => {
    const dataDir = await tempDir()
    const content = await shipped()
    const { file, backupsDir } = storePaths(dataDir)
    const text = storeText(content, (data) => (data.settings.textSize = 24))
    await writeFile(file, text)

    const store = await openStore({ dataDir, content, now: new TestClock().now })

    const backups = await listBackups(backupsDir)
    expect(backups.map((b) => [b.day, b.kind])).toEqual([['2025-08-18', 'daily']])
    expect(await readFile(backups[0]!.path, 'utf8')).toBe(text)
    expect(await namesIn(backupsDir)).toEqual([backups[0]!.name])
    expect(await readFile(file, 'utf8')).toBe(text)
    expect(store.data.settings.textSize).toBe(24)
  })

  it('takes a daily backup on the first write of a new day, holding the data as the day before left it', async () => {
    const dataDir = await tempDir()
    const content = await shipped()
    const { backupsDir } = storePaths(dataDir)
    const clock = new TestClock('2025-08-18T09:00:00.000Z')
    const store = await openStore({ dataDir, content, now: clock.now })
    await store.update((data) => (data.settings.theme = 'sepia'))
    clock.advanceDays(1)

    await store.update((data) => (data.settings.theme = 'dark'))
    await store.update((data) => (data.settings.textSize = 25))

    const backups = await listBackups(backupsDir)
    expect(backups.map((b) => [b.day, b.kind])).toEqual([
      ['2025-08-19', 'daily'],
      ['2025-08-18', 'daily']
    ])
    const dayBefore = parseStoreText(await readFile(backups[0]!.path, 'utf8'))
    expect(dayBefore.kind === 'ok' && dayBefore.data.settings).toEqual({
      ...DEFAULT_SETTINGS,
      theme: 'sepia'
    })
  })

  it('keeps at most one daily backup per day, for the last five days, and every pre-migration backup', async () => {
    const dataDir = await tempDir()
    const content = await shipped()
    const { file, backupsDir } = storePaths(dataDir)
    const clock = new TestClock('2025-08-11T09:00:00.000Z')
    await writeFile(
      file,
      storeText(content).replace(`"schemaVersion": ${CURRENT_SCHEMA_VERSION},`, '"schemaVersion": 0,')
    )
    const migrations = [{ from: 0, migrate: (data: Record<string, unknown>) => data }]

    for (let day = 0; day < 8; day += 1) {
      if (day > 0) clock.advanceDays(1)
      const store = await openStore({ dataDir, content, now: clock.now, migrations })
      for (let change = 0; change < 3; change += 1) {
        clock.advanceSeconds(600)
        await store.update((data) => (data.settings.textSize = 15 + day))
      }
    }

    const backups = await listBackups(backupsDir)
    const daily = backups.filter((b) => b.kind === 'daily')
    expect(daily.map((b) => b.day)).toEqual([
      '2025-08-18',
      '2025-08-17',
      '2025-08-16',
      '2025-08-15',
      '2025-08-14'
    ])
    expect(backups.filter((b) => b.kind === 'pre-migration').map((b) => b.day)).toEqual(['2025-08-11'])
    for (const backup of daily) {
      expect(parseStoreText(await readFile(backup.path, 'utf8')).kind).toBe('ok')
    }
  })
})

describe('writing', () => {
  it('serialises 200 changes fired at once: the file holds them all, in far fewer than 200 writes', async () => {
    const dataDir = await tempDir()
    const clock = new TestClock()
    const store = await openStore({ dataDir, content: await shipped(), now: clock.now })
    const writes = vi.spyOn(DurableJsonFile.prototype, 'write')
    const ids = Array.from({ length: 200 }, (_, i) => `change-${i}`)

    await Promise.all(
      ids.map((id) =>
        store.update((data) => {
          data.notices.push({
            id,
            kind: 'content-updated',
            message: id,
            file: null,
            at: clock.now().toISOString()
          })
        })
      )
    )

    expect((await savedData(store.info.file)).notices.map((n) => n.id)).toEqual(ids)
    expect(writes.mock.calls.length).toBeGreaterThanOrEqual(1)
    expect(writes.mock.calls.length).toBeLessThanOrEqual(2)
  })
})

describe('a new version of the shipped content', () => {
  it("replaces the stored article and keeps the reader's settings, progress and notices", async () => {
    const dataDir = await tempDir()
    const versionA = await shipped()
    const versionB: Content = {
      ...versionA,
      version: 'b'.repeat(16),
      article: { ...versionA.article, shortTitle: 'A revised short title' }
    }
    const clock = new TestClock()
    const store = await openStore({ dataDir, content: versionA, now: clock.now })
    const notice: Notice = {
      id: 'kept',
      kind: 'content-updated',
      message: 'Kept across the refresh.',
      file: null,
      at: clock.now().toISOString()
    }
    await store.update((data) => {
      data.settings = { theme: 'dark', textSize: 22, lineWidth: 'wide', showStandardTerms: true }
      data.progress = { paragraphId: 'P20', fraction: 0.5, updatedAt: clock.now().toISOString() }
      data.notices.push(notice)
    })

    const refreshed = await openStore({ dataDir, content: versionB, now: clock.now })

    expect(refreshed.data.content).toEqual(versionB)
    expect(refreshed.data.settings).toEqual({
      theme: 'dark',
      textSize: 22,
      lineWidth: 'wide',
      showStandardTerms: true
    })
    expect(refreshed.data.progress).toEqual({
      paragraphId: 'P20',
      fraction: 0.5,
      updatedAt: clock.now().toISOString()
    })
    expect(refreshed.data.notices).toContainEqual(notice)
    expect((await savedData(store.info.file)).content.version).toBe(versionB.version)
  })
})
