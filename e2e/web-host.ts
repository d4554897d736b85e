import { spawn, type ChildProcess } from 'node:child_process'
import { join } from 'node:path'
import type { BrowserContext } from '@playwright/test'
import { secretCookieName } from '../src/web/launch-secret'

const CLI = join(import.meta.dirname, '..', 'out', 'web', 'cli.js')

/** A running browser host (out/web/cli.js) in its own process, as `npm run web` starts it. */
export interface HostProcess {
  /** The host's address without the secret, as its pages show it. */
  url: string
  /** The address it printed: `url` with this launch's secret as `?token=`. */
  launchUrl: string
  /** SIGTERM, then wait: resolves with the exit code (0 once pending writes are flushed). */
  stop(): Promise<number | null>
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
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the host did not start:\n${output}`)), 15_000)
    const onData = (chunk: Buffer): void => {
      output += chunk.toString()
      const match = /Debrief is running at (http:\/\/\S+)/.exec(output)
      if (!match) return
      clearTimeout(timer)
      const launchUrl = match[1]!
      resolve({
        url: launchUrl.replace(/\?.*$/, ''),
        launchUrl,
        stop: async () => {
          child.kill('SIGTERM')
          return exited
        }
      })
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
    void exited.then((code) => {
      clearTimeout(timer)
      reject(new Error(`the host exited (${code}) before starting:\n${output}`))
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
