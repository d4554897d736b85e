/**
 * One writer per data folder, between real processes: a second host on a folder another one holds
 * is refused with a message naming the folder and the holder, and exits non-zero; the first goes on
 * writing and loses nothing; a lock left by a SIGKILLed holder is taken over at once; one left by a
 * process this computer cannot see is taken over only once it has gone stale.
 */
import { spawn, type ChildProcessByStdio } from 'node:child_process'
import { mkdir, mkdtemp, readFile, rm, stat, symlink, utimes, writeFile } from 'node:fs/promises'
import { hostname, tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Readable } from 'node:stream'
import { build } from 'vite'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { DataFolderInUse, lockDataFolder, lockPath } from './data-folder-lock'
import { buildCrashChild, ROOT } from '../../test-util/crash/crash-soak'
import { openStore } from './open-store'
import { shipped, useTempDirs } from '../../test-util/store'

const tempDir = useTempDirs()
let outDir = ''
let crashChild = ''
let webHost = ''

/**
 * The browser host built as `npm run build` builds it, in a folder laid out like out/ (the bundle in
 * web/, a renderer page beside it, the content at ../resources), so it starts exactly as it does there.
 */
async function buildWebHost(root: string): Promise<string> {
  await build({
    configFile: join(ROOT, 'vite.web.config.ts'),
    root: ROOT,
    logLevel: 'error',
    ssr: { noExternal: true },
    build: { outDir: join(root, 'out', 'web'), emptyOutDir: true }
  })
  await mkdir(join(root, 'out', 'renderer'))
  await writeFile(
    join(root, 'out', 'renderer', 'index.html'),
    '<!doctype html><html><head></head><body></body></html>'
  )
  await symlink(join(ROOT, 'resources'), join(root, 'resources'))
  return join(root, 'out', 'web', 'cli.js')
}

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'debrief-one-writer-'))
  crashChild = await buildCrashChild(join(outDir, 'child'))
  webHost = await buildWebHost(outDir)
}, 180_000)

afterAll(() => rm(outDir, { recursive: true, force: true }))

interface Proc {
  child: ChildProcessByStdio<null, Readable, Readable>
  stdout: string
  stderr: string
  exited: Promise<number | null>
  /** Resolves once stdout holds a line matching `pattern`. */
  waitFor(pattern: RegExp): Promise<void>
}

function start(args: string[]): Proc {
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] })
  const proc: Proc = {
    child,
    stdout: '',
    stderr: '',
    exited: new Promise((resolve) => child.once('exit', (code) => resolve(code))),
    waitFor: (pattern) =>
      new Promise((resolve, reject) => {
        const check = (): void => {
          if (pattern.test(proc.stdout)) resolve()
        }
        child.stdout.on('data', check)
        void proc.exited.then(() => reject(new Error(`exited before ${pattern}:\n${proc.stderr}`)))
        check()
      })
  }
  child.stdout.on('data', (chunk: Buffer) => (proc.stdout += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (proc.stderr += chunk.toString()))
  return proc
}

const writer = (dataDir: string, seed = 7): Proc =>
  start([crashChild, dataDir, join(ROOT, 'resources/content'), String(seed)])
const browserHost = (dataDir: string): Proc => start([webHost, '--port', '0', '--data-dir', dataDir])

const acknowledgements = (output: string): number => (output.match(/^(note|grade) /gm) ?? []).length

/** Every note and grade the writer acknowledged is in the store as the next start opens it. */
async function expectAllKept(dataDir: string, output: string): Promise<number> {
  const store = await openStore({ dataDir, content: await shipped() })
  const notes = new Set(store.data.eventNotes.map((n) => n.note))
  let acknowledged = 0
  for (const line of output.split('\n')) {
    const [kind, a, b] = line.split(' ')
    if (kind === 'note') expect(notes.has(a!), `note ${a}`).toBe(true)
    if (kind === 'grade')
      expect(store.data.cards[a!]?.reps ?? 0, `grade ${a}`).toBeGreaterThanOrEqual(Number(b))
    if (kind === 'note' || kind === 'grade') acknowledged += 1
  }
  await store.close()
  return acknowledged
}

describe('two processes on one data folder', () => {
  it('refuses a browser host on a folder another process writes to; the writer goes on and loses nothing', async () => {
    const dataDir = await tempDir()
    const first = writer(dataDir)
    await first.waitFor(/^note /m)

    const second = browserHost(dataDir)
    expect(await second.exited).toBe(1)

    expect(second.stderr).toContain(
      `Debrief is already open on this data folder, ${dataDir} (a crash-soak child, pid ${first.child.pid}). ` +
        'Close it, or start with --data-dir <another folder>.'
    )
    expect(second.stdout).not.toContain('Debrief is running')
    // The writer was never interrupted: it goes on acknowledging writes after the refusal.
    const acknowledgedBefore = acknowledgements(first.stdout)
    await vi.waitFor(() => expect(acknowledgements(first.stdout)).toBeGreaterThan(acknowledgedBefore), {
      timeout: 10_000
    })
    expect(first.child.exitCode).toBeNull()
    first.child.kill('SIGKILL')
    await first.exited
    expect(await expectAllKept(dataDir, first.stdout)).toBeGreaterThan(0)
  }, 60_000)

  it('refuses a second process on a folder a browser host holds, and the host still quits cleanly', async () => {
    const dataDir = await tempDir()
    const host = browserHost(dataDir)
    await host.waitFor(/Debrief is running at/)

    const second = writer(dataDir)
    expect(await second.exited).toBe(3)
    expect(second.stderr).toContain(
      `Debrief is already open on this data folder, ${dataDir} (the browser host, pid ${host.child.pid}).`
    )
    expect(second.stdout).not.toMatch(/^(note|grade) /m)

    host.child.kill('SIGTERM')
    expect(await host.exited).toBe(0)
    // Let go on exit: the next start takes the folder.
    await expect(stat(lockPath(dataDir))).rejects.toMatchObject({ code: 'ENOENT' })
  }, 60_000)
})

describe('a lock left behind', () => {
  it('is taken over at once when its holder was SIGKILLed', async () => {
    const dataDir = await tempDir()
    const killed = writer(dataDir)
    await killed.waitFor(/^ready /m)
    killed.child.kill('SIGKILL')
    await killed.exited
    const left = JSON.parse(await readFile(join(lockPath(dataDir), 'holder.json'), 'utf8')) as { pid: number }
    expect(left.pid).toBe(killed.child.pid)

    const started = performance.now()
    const lock = await lockDataFolder(dataDir, { app: 'the desktop app', onLost: () => {} })

    expect(performance.now() - started).toBeLessThan(2_000)
    expect(JSON.parse(await readFile(join(lockPath(dataDir), 'holder.json'), 'utf8'))).toEqual({
      app: 'the desktop app',
      pid: process.pid,
      hostname: hostname()
    })
    await lock.release()
  }, 60_000)

  it('by a process on another computer is refused while fresh, and taken over once stale', async () => {
    const dataDir = await tempDir()
    await mkdir(lockPath(dataDir))
    await writeFile(
      join(lockPath(dataDir), 'holder.json'),
      JSON.stringify({ app: 'the desktop app', pid: 1, hostname: `not-${hostname()}` })
    )
    const take = () => lockDataFolder(dataDir, { app: 'the browser host', onLost: () => {} })

    await expect(take()).rejects.toThrow(
      `Debrief is already open on this data folder, ${dataDir} (the desktop app, pid 1).`
    )
    const elevenSecondsAgo = new Date(Date.now() - 11_000)
    await utimes(lockPath(dataDir), elevenSecondsAgo, elevenSecondsAgo)
    const lock = await take()
    await lock.release()
  })
})

describe('one process', () => {
  it('cannot take its own folder twice, and takes it again once released; the lock is private', async () => {
    const dataDir = await tempDir()
    const lock = await lockDataFolder(dataDir, { app: 'the browser host', onLost: () => {} })
    expect((await stat(lockPath(dataDir))).mode & 0o777).toBe(0o700)
    expect((await stat(join(lockPath(dataDir), 'holder.json'))).mode & 0o777).toBe(0o600)

    const refusal = await lockDataFolder(dataDir, { app: 'the browser host', onLost: () => {} }).catch(
      (error: unknown) => error
    )
    expect(refusal).toBeInstanceOf(DataFolderInUse)
    expect((refusal as DataFolderInUse).holder).toEqual({
      app: 'the browser host',
      pid: process.pid,
      hostname: hostname()
    })

    await lock.release()
    await (await lockDataFolder(dataDir, { app: 'the browser host', onLost: () => {} })).release()
  })
})
