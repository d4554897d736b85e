import { spawn, type ChildProcess } from 'node:child_process'
import { join } from 'node:path'
import type { BrowserContext } from '@playwright/test'
import { secretCookieName } from '../src/web/launch-secret'

const CLI = join(import.meta.dirname, '..', 'out', 'web', 'cli.js')

/**
 * How long the host may take to print its address, and to exit after SIGTERM (flushing its
 * writes). Both are far beyond what a quiet machine needs (well under a second): they exist so a
 * host that truly hangs fails with its output printed, not so a busy machine fails a correct build.
 */
export const START_LIMIT_MS = 60_000
export const STOP_LIMIT_MS = 60_000

/** How a host process ended, with what it printed: enough to say why when it was not a clean exit. */
export interface HostExit {
  code: number | null
  signal: NodeJS.Signals | null
  /** True when it did not exit within STOP_LIMIT_MS of SIGTERM and was killed. */
  killedAfterLimit: boolean
  /** How long it took to exit after SIGTERM. */
  ms: number
  /** The last of what it printed (stdout and stderr). */
  output: string
}

/** A running browser host (out/web/cli.js) in its own process, as `npm run web` starts it. */
export interface HostProcess {
  /** The host's address without the secret, as its pages show it. */
  url: string
  /** The address it printed: `url` with this launch's secret as `?token=`. */
  launchUrl: string
  /**
   * SIGTERM, then wait for the host's own exit (code 0 once pending writes are flushed); only if it
   * has not exited after STOP_LIMIT_MS is it killed, and the answer says so.
   */
  stop(): Promise<HostExit>
}

/** One line saying how the host ended, for a failed expectation's message. */
export function describeExit(exit: HostExit): string {
  const how = exit.killedAfterLimit
    ? `it had not exited ${STOP_LIMIT_MS / 1000} s after SIGTERM and was killed`
    : exit.signal
      ? `it was ended by ${exit.signal} ${exit.ms} ms after SIGTERM`
      : `it exited with code ${exit.code} ${exit.ms} ms after SIGTERM`
  return `${how}; its output:\n${exit.output}`
}

/** Start the built browser host on a free port over `dataDir`; resolves once it prints its URL. */
export function startHostProcess(dataDir: string, extraArgs: string[] = []): Promise<HostProcess> {
  const child: ChildProcess = spawn(
    process.execPath,
    [CLI, '--port', '0', '--data-dir', dataDir, ...extraArgs],
    {
      stdio: ['ignore', 'pipe', 'pipe']
    }
  )
  let output = ''
  const record = (chunk: Buffer): void => {
    output = (output + chunk.toString()).slice(-8_000)
  }
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal }))
  )

  const stop = async (): Promise<HostExit> => {
    const sent = Date.now()
    child.kill('SIGTERM')
    let limit: NodeJS.Timeout | undefined
    const overdue = new Promise<'overdue'>((resolve) => {
      limit = setTimeout(() => resolve('overdue'), STOP_LIMIT_MS)
    })
    const first = await Promise.race([exited, overdue])
    clearTimeout(limit)
    if (first === 'overdue') child.kill('SIGKILL')
    const { code, signal } = await exited
    return { code, signal, killedAfterLimit: first === 'overdue', ms: Date.now() - sent, output }
  }

  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`the host did not start within ${START_LIMIT_MS / 1000} s:\n${output}`))
    }, START_LIMIT_MS)
    child.stdout?.on('data', (chunk: Buffer) => {
      record(chunk)
      const match = /Debrief is running at (http:\/\/\S+)/.exec(output)
      if (!match) return
      clearTimeout(timer)
      const launchUrl = match[1]!
      resolve({ url: launchUrl.replace(/\?.*$/, ''), launchUrl, stop })
    })
    child.stderr?.on('data', record)
    void exited.then(({ code, signal }) => {
      clearTimeout(timer)
      reject(new Error(`the host exited (${code ?? signal}) before starting:\n${output}`))
    })
  })
}

/**
 * Give `context` the cookie a browser gets by opening the host's launch address, so its pages can
 * load `url` itself, as a browser that has opened the printed address once does.
 */
export async function admitContext(
  context: BrowserContext,
  host: Pick<HostProcess, 'url' | 'launchUrl'>
): Promise<void> {
  const { port, searchParams } = new URL(host.launchUrl)
  await context.addCookies([
    {
      name: secretCookieName(Number(port)),
      value: searchParams.get('token') ?? '',
      url: host.url,
      httpOnly: true,
      sameSite: 'Strict'
    }
  ])
}

/** Fetch `path` from the host as an admitted browser would: with this launch's secret cookie. */
export function fetchAdmitted(host: Pick<HostProcess, 'url' | 'launchUrl'>, path = '/'): Promise<Response> {
  const { port, searchParams } = new URL(host.launchUrl)
  return fetch(new URL(path, host.url), {
    headers: { cookie: `${secretCookieName(Number(port))}=${searchParams.get('token') ?? ''}` }
  })
}
