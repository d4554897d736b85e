import { connect } from 'node:net'
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runInNewContext } from 'node:vm'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { methodNames } from '@shared/api'
import { sendRequest, type Reply, type RequestOptions } from '../test-util/http'
import { openServices, type Services } from '../main/open-services'
import { startWebHost, type WebHost } from './server'

let dir: string
let services: Services
let host: WebHost

/** A raw HTTP request, so tests can send the headers a browser would refuse to (Host, Origin). */
const send = (path: string, options?: RequestOptions): Promise<Reply> => sendRequest(host.port, path, options)

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
