/**
 * Full backup and restore through the contract: a backup restored into an empty data folder gives
 * back exactly what the user had; the data a restore replaces is kept and can itself be restored;
 * an older backup is upgraded; a damaged, foreign or newer file is refused and changes nothing.
 */
import { formatDateTime } from '@shared/dates'
import { readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { SavedFile } from '@shared/saved-file'
import { BACKUP_FORMAT, USER_DATA_KEYS, type RestoreReport } from '@shared/backup-schemas'
import { CURRENT_SCHEMA_VERSION, type Content } from '@shared/schemas'
import type { ApiResult, MethodName, Input } from '@shared/api'
import { describeRange } from '@shared/anchoring/anchor'
import { articleText } from '@shared/anchoring/article-text'
import { dispatch } from '../dispatch'
import { openStore, type Store } from '../store/open-store'
import { TestClock, shipped, useTempDirs } from '../../test-util/store'
import { backupHandlers } from './full-backup'
import { WriteGate } from './write-gate'
import { createHandlers, type Handlers } from '.'

const tempDir = useTempDirs()

interface App {
  store: Store
  handlers: Handlers
  clock: TestClock
  call<M extends MethodName>(name: M, input: Input<M>): Promise<ApiResult<unknown>>
}

/** A fresh app; `clock` shared with another app has both computers' clocks agree. */
async function openApp(content?: Content, clock = new TestClock()): Promise<App> {
  const store = await openStore({
    dataDir: await tempDir(),
    content: content ?? (await shipped()),
    now: clock.now
  })
  const handlers = createHandlers(store, clock.now)
  return { store, handlers, clock, call: (name, input) => dispatch(handlers, name, input) }
}

/** Use the app as a student would: highlight, note, grade, change settings, read, write a timeline note. */
async function useApp(app: App): Promise<void> {
  const ok = async (name: MethodName, input: unknown): Promise<void> => {
    const result = await dispatch(app.handlers, name, input)
    expect(result.ok, `${name}: ${JSON.stringify(result)}`).toBe(true)
  }
  const text = articleText(app.store.data.content.article).text
  const at = text.indexOf('Oval Workplace')
  await ok('annotations:create', {
    color: 'green',
    selector: describeRange(text, at, at + 'Oval Workplace'.length),
    note: 'Same room as in *February*.',
    tags: ['room']
  })
  await ok('settings:update', { theme: 'sepia', textSize: 22 })
  await ok('progress:save', { paragraphId: 'P12', fraction: 0.4 })
  await ok('pagenotes:write', { target: 'article', note: 'Second Oval Office meeting.' })
  await ok('highlightcolors:rename', { color: 'pink', name: 'Ask in class' })
  await ok('eventnotes:add', { eventId: 'oval-office-august', note: 'Cordial.', tags: ['tone'] })
  await ok('cards:grade', { cardId: app.store.data.content.cards[0]!.id, rating: 3 })
  app.clock.advanceDays(2)
  await ok('cards:grade', { cardId: app.store.data.content.cards[1]!.id, rating: 1 })
  await ok('cards:create', { card: { type: 'basic', front: 'Who hosted?', back: 'Trump' } })
  await ok('cards:configure', { newCardsPerDay: 12 })
  await app.store.flush()
}

/**
 * Everything in the store but what belongs to the machine: written independently of USER_DATA_KEYS,
 * so a new kind of user data left out of backups fails the round trip.
 */
function userPart(store: Store): Record<string, unknown> {
  const { content: _content, notices: _notices, window: _window, ...rest } = store.data
  return rest
}

async function exportBackup(app: App): Promise<SavedFile> {
  const result = await app.call('backup:export', {})
  if (!result.ok) throw new Error(result.error.message)
  return result.value as SavedFile
}

describe('backup:export then backup:restore', () => {
  it('gives back identical user data in an empty data folder, and keeps what it replaced', async () => {
    const source = await openApp()
    await useApp(source)
    const backup = await exportBackup(source)
    const target = await openApp(undefined, source.clock)
    const emptyUserData = userPart(target.store)

    const result = await target.call('backup:restore', { text: backup.text })

    expect(result.ok, JSON.stringify(result)).toBe(true)
    expect(userPart(target.store)).toEqual(userPart(source.store))
    const reopened = await openStore({
      dataDir: target.store.info.dataDir,
      content: await shipped(),
      now: target.clock.now
    })
    expect(userPart(reopened)).toEqual(userPart(source.store))
    const report = (result as { value: RestoreReport }).value
    expect(report).toMatchObject({
      annotations: 1,
      cards: 2,
      reviews: 2,
      eventNotes: 1,
      exportedAt: '2025-08-20T17:15:00.000Z'
    })
    expect(report.replacedKeptAs).toMatch(/^debrief-.*-pre-restore\.json$/)
    expect(target.store.data.notices.at(-1)!.message).toContain(report.replacedKeptAs)
    // The backup's day as every date in the app is written (local time: 17:15 UTC is 20 Aug anywhere within ±6 h).
    expect(target.store.data.notices.at(-1)!.message).toMatch(/^Your backup from 20 Aug 2025 was restored\./)
    // The data the restore replaced is kept whole: restoring it is the undo.
    const kept = JSON.parse(await readFile(join(target.store.info.backupsDir, report.replacedKeptAs), 'utf8'))
    const { content: _content, notices: _notices, window: _window, ...keptUserData } = kept
    expect(keptUserData).toEqual(emptyUserData)
  })

  it('names the file by date and says what it holds: format, data format and content version', async () => {
    const app = await openApp()
    app.clock.advanceDays(1)

    const backup = await exportBackup(app)

    expect(backup.fileName).toBe('debrief-backup-2025-08-19.json')
    expect(backup.mimeType).toBe('application/json')
    const envelope = JSON.parse(backup.text)
    expect(envelope).toMatchObject({
      format: BACKUP_FORMAT,
      version: 1,
      exportedAt: '2025-08-19T17:15:00.000Z',
      schemaVersion: CURRENT_SCHEMA_VERSION,
      contentVersion: app.store.data.content.version
    })
    expect(Object.keys(envelope.data).sort()).toEqual([...USER_DATA_KEYS].sort())
    expect(backup.text).not.toContain('"article"')
  })

  it('upgrades a backup from an older data format with the migrations', async () => {
    const source = await openApp()
    await useApp(source)
    const envelope = JSON.parse((await exportBackup(source)).text)
    envelope.schemaVersion = CURRENT_SCHEMA_VERSION - 1
    envelope.data.settings.theme = 'purple-old-name'
    const target = await openApp(undefined, source.clock)
    const handlers = backupHandlers(new WriteGate(target.store), target.clock.now, [
      {
        from: CURRENT_SCHEMA_VERSION - 1,
        migrate: (data) => ({ ...data, settings: { ...(data.settings as object), theme: 'dark' } })
      }
    ])

    await handlers['backup:restore']({ text: JSON.stringify(envelope) })

    expect(target.store.data.settings.theme).toBe('dark')
    expect(target.store.data.settings.textSize).toBe(22)
  })
})

describe('restoring a file that is not a good backup', () => {
  const refusals: { what: string; text: (good: string) => string; says: RegExp }[] = [
    { what: 'a backup cut short', text: (good) => good.slice(0, good.length / 2), says: /not valid JSON/ },
    {
      what: 'some other JSON file',
      text: () => '{"type":"AnnotationCollection","items":[]}',
      says: /not a Debrief backup/
    },
    { what: 'a JSON array', text: () => '[1,2,3]', says: /not a Debrief backup/ },
    {
      what: 'a backup from a newer Debrief',
      text: (good) =>
        good.replace(
          `"schemaVersion":${CURRENT_SCHEMA_VERSION}`,
          `"schemaVersion":${CURRENT_SCHEMA_VERSION + 1}`
        ),
      says: /newer version of Debrief.*Update Debrief/
    },
    {
      what: 'a backup with a newer envelope',
      text: (good) => good.replace('"version":1', '"version":2'),
      says: /newer version of Debrief/
    },
    {
      what: 'a backup whose data is damaged',
      text: (good) => good.replace('"theme":"sepia"', '"theme":"neon"'),
      says: /cannot be restored: its contents are not valid at settings\.theme/
    },
    {
      what: 'a backup holding two highlights with one id',
      text: (good) => {
        const envelope = JSON.parse(good)
        const [first] = envelope.data.annotations
        envelope.data.annotations.push({ ...first, note: 'A second highlight, same id.' })
        return JSON.stringify(envelope)
      },
      says: /two highlights with the same id “a?[\w-]+”, so one of them could never be edited or deleted/
    },
    {
      what: 'a backup holding two own cards with one id',
      text: (good) => {
        const envelope = JSON.parse(good)
        envelope.data.flashcards.own.push({ ...envelope.data.flashcards.own[0], back: 'Someone else' })
        return JSON.stringify(envelope)
      },
      says: /two own cards with the same id/
    },
    {
      what: 'a backup holding a review dated in the future',
      text: (good) => {
        const envelope = JSON.parse(good)
        envelope.data.reviewLog.at(-1)[2] = Date.parse('2031-03-01T09:00:00Z')
        return JSON.stringify(envelope)
      },
      // Dated as every date in the app is, in this computer's time zone.
      says: new RegExp(
        `a review dated ${formatDateTime(new Date('2031-03-01T09:00:00Z'))}, later than this computer’s ` +
          `clock \\(${formatDateTime(new Date('2025-08-20T17:15:00Z'))}\\)`
      )
    },
    {
      what: 'a backup whose review log has a malformed entry',
      text: (good) => {
        const envelope = JSON.parse(good)
        envelope.data.reviewLog[1][1] = 7
        return JSON.stringify(envelope)
      },
      says: /review 2 of its log is malformed/
    },
    {
      what: 'a backup from a format with no migration',
      text: (good) => good.replace(`"schemaVersion":${CURRENT_SCHEMA_VERSION}`, '"schemaVersion":0'),
      says: /cannot be restored: it could not be upgraded from version 0/
    }
  ]

  it.each(refusals)('refuses $what, says why, and changes nothing', async ({ text, says }) => {
    const source = await openApp()
    await useApp(source)
    const good = (await exportBackup(source)).text
    const target = await openApp(undefined, source.clock)
    await target.call('settings:update', { theme: 'dark' })
    await target.store.flush()
    const before = await readFile(target.store.info.file)
    const backupsBefore = await readdir(target.store.info.backupsDir)

    const result = await target.call('backup:restore', { text: text(good) })

    expect(result.ok).toBe(false)
    expect(!result.ok && result.error.code).toBe('invalid-input')
    expect(!result.ok && result.error.message).toMatch(says)
    expect(!result.ok && result.error.message).toMatch(/Nothing was changed\.$/)
    await target.store.flush()
    expect(await readFile(target.store.info.file)).toEqual(before)
    expect(await readdir(target.store.info.backupsDir)).toEqual(backupsBefore)
    expect(target.store.data.settings.theme).toBe('dark')
  })

  it('refuses a file over the size limit before reading it', async () => {
    const app = await openApp()

    const result = await app.call('backup:restore', { text: 'x'.repeat(50_000_001) })

    expect(!result.ok && result.error.message).toMatch(/too large to be a backup/)
  })
})

describe('a restore racing with writes', () => {
  it('keeps every write it answered ok, in the restored data or in the copy of what it replaced', async () => {
    const source = await openApp()
    await useApp(source)
    // A long review log, so that the restore spans many turns of the event loop.
    const last = source.store.data.reviewLog.at(-1)!
    await source.store.update((data) => {
      for (let i = 0; i < 100_000; i += 1) data.reviewLog.push([...last])
    })
    const backup = await exportBackup(source)
    const target = await openApp(undefined, source.clock)
    const text = articleText(target.store.data.content.article).text
    const at = text.indexOf('Zelenskyy')
    const selector = describeRange(text, at, at + 'Zelenskyy'.length)

    let restoring = true
    const acknowledged: string[] = []
    const refusals = new Set<string>()
    // Each request arrives as its own event, as a host's requests do.
    const write = async (): Promise<void> => {
      await new Promise((resolve) => setImmediate(resolve))
      const result = await target.call('annotations:create', { color: 'blue', selector })
      if (result.ok) acknowledged.push((result.value as { id: string }).id)
      else refusals.add(result.error.message)
    }
    const writer = async (): Promise<void> => {
      while (restoring) await write()
      for (let i = 0; i < 5; i += 1) await write()
    }
    const restore = target.call('backup:restore', { text: backup.text }).finally(() => {
      restoring = false
    })
    const [result] = await Promise.all([restore, writer(), writer(), writer(), writer()])

    expect(result.ok, JSON.stringify(result)).toBe(true)
    await target.store.flush()
    const keptAs = (result as { value: RestoreReport }).value.replacedKeptAs
    const ids = async (path: string): Promise<Set<string>> =>
      new Set((JSON.parse(await readFile(path, 'utf8')).annotations as { id: string }[]).map((a) => a.id))
    const restored = await ids(target.store.info.file)
    const replaced = await ids(join(target.store.info.backupsDir, keptAs))
    expect(acknowledged.length).toBeGreaterThan(20)
    const lost = acknowledged.filter((id) => !restored.has(id) && !replaced.has(id))
    expect(lost).toEqual([])
    // Writes made after the restore land on the restored data; those during it were refused, saying why.
    expect([...restored].filter((id) => acknowledged.includes(id)).length).toBeGreaterThan(0)
    expect([...refusals]).toEqual([
      'Your data is being restored from a backup. Try again in a moment. Nothing was changed.'
    ])
  }, 60_000)
})
