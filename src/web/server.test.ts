import { request, type IncomingMessage } from 'node:http'
import { connect } from 'node:net'
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runInNewContext } from 'node:vm'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { eventNames, methodNames } from '@shared/api'
import { revisionOf } from '@shared/revision'
import { sendRequest, type Reply, type RequestOptions } from '../test-util/http'
import { openServices, type Services } from '../main/open-services'
import { startWebHost, type WebHost } from './server'
import { secretCookie } from '../test-util/web-secret'

let dir: string
let services: Services
let host: WebHost

/** A raw HTTP request, so tests can send the headers a browser would refuse to (Host, Origin). */
const send = (path: string, options: RequestOptions = {}): Promise<Reply> =>
  sendRequest(host.port, path, { ...options, headers: { cookie: secretCookie(host), ...options.headers } })

/** An open /events stream, as a window holds it: the next event's text, and a way to close it. */
async function openStream(): Promise<{ next(): Promise<string>; close(): void }> {
  const events: string[] = []
  const waiting: ((text: string) => void)[] = []
  let buffered = ''
  const req = request({
    host: '127.0.0.1',
    port: host.port,
    path: '/events',
    headers: { cookie: secretCookie(host) }
  })
  const response = await new Promise<IncomingMessage>((resolve, reject) => {
    req.on('response', resolve)
    req.on('error', reject)
    req.end()
  })
  expect(response.statusCode).toBe(200)
  expect(response.headers['content-type']).toContain('text/event-stream')
  response.setEncoding('utf8')
  response.on('data', (chunk: string) => {
    buffered += chunk
    let end: number
    while ((end = buffered.indexOf('\n\n')) !== -1) {
      const text = buffered.slice(0, end + 2)
      buffered = buffered.slice(end + 2)
      // Comments (": open", ": keepalive") keep the stream alive and carry nothing.
      if (text.startsWith(':')) continue
      const resolve = waiting.shift()
      if (resolve) resolve(text)
      else events.push(text)
    }
  })
  return {
    next: () => {
      const text = events.shift()
      return text !== undefined ? Promise.resolve(text) : new Promise((resolve) => waiting.push(resolve))
    },
    close: () => req.destroy()
  }
}

const callApi = (name: string, input: unknown, headers: Record<string, string> = {}): Promise<Reply> =>
  send(`/api/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(input)
  })

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'debrief-web-'))
  const rendererDir = join(dir, 'renderer')
  await mkdir(join(rendererDir, 'assets'), { recursive: true })
  await writeFile(
    join(rendererDir, 'index.html'),
    '<html><head><script type="module" src="/assets/app.js"></script></head></html>'
  )
  await writeFile(join(rendererDir, 'assets', 'app.js'), 'export {}')
  await writeFile(join(dir, 'secret.txt'), 'not for the web')
  services = await openServices({ dataDir: join(dir, 'data'), contentDir: 'resources/content' })
  host = await startWebHost({ services, rendererDir, port: 0 })
})

afterEach(async () => {
  await host.close()
  await rm(dir, { recursive: true, force: true })
})

describe('the browser host', () => {
  it('serves the renderer with the bridge loaded before its scripts', async () => {
    const page = await send('/')
    expect(page.status).toBe(200)
    expect(page.headers['content-security-policy']).toContain("default-src 'self'")
    expect(page.body.indexOf('/bridge.js')).toBeLessThan(page.body.indexOf('/assets/app.js'))
    expect((await send('/assets/app.js')).headers['content-type']).toContain('text/javascript')
  })

  it('defines window.api with one function per contract method, each posting to /api/<method>', async () => {
    const script = (await send('/bridge.js')).body
    const calls: { url: string; body: string }[] = []
    const window: Record<string, unknown> = {}
    const fetch = async (url: string, init: { body: string }): Promise<unknown> => {
      calls.push({ url, body: init.body })
      return { json: async () => ({ ok: true, value: 'answer' }) }
    }
    runInNewContext(script, { window, fetch })
    const api = window.api as Record<string, (input: unknown) => Promise<unknown>>
    expect(Object.keys(api).sort()).toEqual([...methodNames].sort())
    await expect(api['settings:update']!({ theme: 'dark' })).resolves.toEqual({ ok: true, value: 'answer' })
    expect(calls).toEqual([{ url: '/api/settings:update', body: '{"theme":"dark"}' }])
  })

  it('defines window.apiEvents with one function per contract event, each listening on /events', async () => {
    const script = (await send('/bridge.js')).body
    const opened: FakeEventSource[] = []
    class FakeEventSource {
      readonly handlers = new Map<string, (event: { data: string }) => void>()
      constructor(readonly url: string) {
        opened.push(this)
      }
      addEventListener(name: string, handler: (event: { data: string }) => void): void {
        this.handlers.set(name, handler)
      }
    }
    const window: Record<string, unknown> = {}
    runInNewContext(script, { window, EventSource: FakeEventSource })
    const events = window.apiEvents as Record<string, (listener: (payload: unknown) => void) => () => void>
    expect(Object.keys(events).sort()).toEqual([...eventNames].sort())
    expect(opened, 'no stream until the page listens').toEqual([])

    const heard: unknown[] = []
    const stop = events['data:changed']!((payload) => heard.push(payload))
    events['data:changed']!(() => undefined)
    expect(opened.map((source) => source.url)).toEqual(['/events'])
    opened[0]!.handlers.get('data:changed')!({ data: '{"method":"cards:grade","domain":"cards"}' })
    stop()
    opened[0]!.handlers.get('data:changed')!({ data: '{"method":"cards:undo","domain":"cards"}' })
    expect(heard).toEqual([{ method: 'cards:grade', domain: 'cards' }])
  })

  it('streams a change notice to every open window after a write, and none after a read', async () => {
    const first = await openStream()
    const second = await openStream()
    await callApi('settings:get', {})
    await callApi('pagenotes:write', { target: 'article', note: 'Seen in both.' })
    const expected = 'event: data:changed\ndata: {"method":"pagenotes:write","domain":"annotations"}\n\n'
    await expect(first.next()).resolves.toBe(expected)
    await expect(second.next()).resolves.toBe(expected)
    first.close()
    second.close()
  })

  it('answers contract calls with the same services and store as Electron', async () => {
    const reply = await callApi('settings:update', { theme: 'sepia' })
    expect(reply.status).toBe(200)
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true, value: { theme: 'sepia' } })
    await host.close()
    const onDisk = JSON.parse(await readFile(services.store.info.file, 'utf8'))
    expect(onDisk.settings.theme).toBe('sepia')
    host = await startWebHost({ services, rendererDir: join(dir, 'renderer'), port: 0 })
  })

  it('rejects invalid input with a typed error and changes nothing', async () => {
    const before = await readFile(services.store.info.file, 'utf8')
    const reply = await callApi('settings:update', { theme: 'neon' })
    expect(reply.status).toBe(400)
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    await services.store.flush()
    expect(await readFile(services.store.info.file, 'utf8')).toBe(before)
  })

  it('answers each typed error with its HTTP status: a missing highlight 404, a conflict 409', async () => {
    const missing = await callApi('annotations:delete', { id: 'no-such-highlight' })
    expect([missing.status, JSON.parse(missing.body).error.code]).toEqual([404, 'not-found'])

    const nothing = revisionOf('')
    const first = await callApi('pagenotes:write', {
      target: 'article',
      note: 'A’s overview.',
      revision: nothing
    })
    expect(first.status).toBe(200)
    const second = await callApi('pagenotes:write', {
      target: 'article',
      note: 'B’s overview.',
      revision: nothing
    })
    expect([second.status, JSON.parse(second.body).error.code]).toEqual([409, 'conflict'])
  })

  it('refuses unknown methods, other verbs, other content types, malformed and oversized bodies', async () => {
    expect((await callApi('files:delete', {})).status).toBe(404)
    expect((await send('/api/content:get')).status).toBe(405)
    expect((await send('/api/content:get', { method: 'POST', body: '{}' })).status).toBe(415)
    const malformed = await send('/api/content:get', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"oops"'
    })
    expect(malformed.status).toBe(400)
    const huge = await send('/api/settings:update', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: Buffer.alloc(2_000_000, 0x20)
    })
    expect(huge.status).toBe(413)
    expect((await send('/', { method: 'DELETE' })).status).toBe(405)
  })

  it('lets a full backup past the 1 MB limit of other calls, up to its own', async () => {
    const big = { text: JSON.stringify({ padding: 'x'.repeat(2_000_000) }) }
    const reply = await callApi('backup:restore', big)
    expect(reply.status).toBe(400)
    expect(JSON.parse(reply.body).error.message).toMatch(/not a Debrief backup/)
  })

  it('refuses a foreign Host (DNS rebinding) and a foreign Origin (other sites)', async () => {
    expect((await send('/', { headers: { host: 'evil.example' } })).status).toBe(403)
    expect((await send('/', { headers: { host: `127.0.0.1:${host.port + 1}` } })).status).toBe(403)
    expect((await callApi('content:get', {}, { origin: 'http://evil.example' })).status).toBe(403)
    expect((await callApi('content:get', {}, { origin: 'null' })).status).toBe(403)
    expect((await callApi('content:get', {}, { origin: `http://127.0.0.1:${host.port}` })).status).toBe(200)
    expect((await send('/', { headers: { host: `localhost:${host.port}` } })).status).toBe(200)
  })

  it('serves nothing outside the renderer folder', async () => {
    for (const path of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/%00',
      '/..\\secret.txt'
    ]) {
      const reply = await send(path)
      expect(reply.status, path).toBeGreaterThanOrEqual(400)
      expect(reply.body, path).not.toContain('not for the web')
    }
  })

  it('will not listen on anything but loopback', async () => {
    await expect(
      startWebHost({ services, rendererDir: join(dir, 'renderer'), port: 0, hostname: '0.0.0.0' })
    ).rejects.toThrow(/loopback/)
  })
})

describe('closing the browser host', () => {
  it('does not wait for a connection that never sends a request', async () => {
    const socket = connect(host.port, '127.0.0.1')
    await new Promise((resolve) => socket.once('connect', resolve))
    const started = performance.now()
    await host.close()
    expect(performance.now() - started).toBeLessThan(5_000)
    socket.destroy()
    host = await startWebHost({ services, rendererDir: join(dir, 'renderer'), port: 0 })
  })
})
