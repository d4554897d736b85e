/**
 * Everything the browser host must refuse, case by case: a spoofed Host (DNS rebinding), a foreign
 * Origin (other sites' pages), binding anything but loopback, oversized and malformed bodies,
 * unknown methods, wrong HTTP verbs, and static paths that would leave the renderer folder
 * (traversal, encodings, absolute paths, NUL bytes, symlinks), and any request without this launch's
 * secret. Each refusal leaves the store as it was.
 */
import { connect } from 'node:net'
import { networkInterfaces, tmpdir } from 'node:os'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { postJson as postJsonTo, sendRequest, type Reply, type RequestOptions } from '../test-util/http'
import { openServices, type Services } from '../main/open-services'
import { api, methodNames } from '@shared/api'
import { REQUEST_MAX_BYTES } from '@shared/limits'
import {
  createTraversalFixture,
  fillTraversalPath,
  SECRET,
  TRAVERSAL_PATHS
} from '../test-util/path-traversal'
import { startWebHost, type WebHost } from './server'
import { secretCookie } from '../test-util/web-secret'

let dir: string
let rendererDir: string
let services: Services
let host: WebHost
let storeBefore: Buffer

/** A raw request, with whatever Host, Origin, verb and path a hostile client might send. */
const send = (path: string, options: RequestOptions = {}): Promise<Reply> =>
  sendRequest(host.port, path, { ...options, headers: { cookie: secretCookie(host), ...options.headers } })

/** Bytes straight onto the socket, for requests Node's client will not send (no Host, absolute-form). */
function sendRaw(text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(host.port, '127.0.0.1', () => socket.write(text))
    let reply = ''
    socket.setEncoding('utf8')
    socket.on('data', (chunk: string) => (reply += chunk))
    socket.on('end', () => resolve(reply))
    socket.on('error', reject)
  })
}

const postJson = (name: string, body: string | Buffer, headers?: Record<string, string>): Promise<Reply> =>
  postJsonTo(host.port, name, body, { cookie: secretCookie(host), ...headers })

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'debrief-refusals-'))
  rendererDir = await createTraversalFixture(dir)
  services = await openServices({ dataDir: join(dir, 'data'), contentDir: 'resources/content' })
  await services.store.update((data) => {
    data.settings.theme = 'sepia'
  })
  host = await startWebHost({ services, rendererDir, port: 0 })
  storeBefore = await readFile(services.store.info.file)
})

afterAll(async () => {
  await host.close()
  await rm(dir, { recursive: true, force: true })
})

/** A case's text with this run's port, another port and the temp folder filled in. */
function fill(template: string): string {
  return fillTraversalPath(
    template.replaceAll('{port}', String(host.port)).replaceAll('{other-port}', String(host.port + 1)),
    dir
  )
}

/** The refusal changed nothing on disk, and leaked nothing from outside the renderer folder. */
async function expectHarmless(reply: Reply | string): Promise<void> {
  expect(typeof reply === 'string' ? reply : reply.body).not.toContain(SECRET)
  await services.store.flush()
  expect((await readFile(services.store.info.file)).equals(storeBefore)).toBe(true)
}

describe('a spoofed Host header (DNS rebinding) is refused', () => {
  const hosts = [
    'evil.example',
    'evil.example:{port}',
    '127.0.0.1',
    '127.0.0.1:{other-port}',
    'localhost.evil.example:{port}',
    '127.0.0.1.nip.io:{port}',
    '[::1]:{other-port}',
    '0.0.0.0:{port}',
    '127.0.0.2:{port}',
    '127.0.0.1:{port}@evil.example'
  ]

  it.each(hosts)('Host "%s", on a page and on the API', async (template) => {
    const spoofed = fill(template)
    const page = await send('/', { headers: { host: spoofed } })
    const call = await postJson('settings:update', '{"theme":"dark"}', { host: spoofed })
    expect([page.status, call.status], spoofed).toEqual([403, 403])
    await expectHarmless(call)
  })

  it.each([
    ['no Host at all (HTTP/1.0)', 'GET / HTTP/1.0\r\n\r\n'],
    ['an empty Host', 'GET / HTTP/1.1\r\nHost: \r\nConnection: close\r\n\r\n']
  ])('and a request with %s', async (_what, text) => {
    const reply = await sendRaw(fill(text))
    expect(reply).toMatch(/^HTTP\/1\.1 (400|403)/)
    await expectHarmless(reply)
  })

  it('while this host under each of its own names is served', async () => {
    for (const name of [`127.0.0.1:${host.port}`, `localhost:${host.port}`, `LOCALHOST:${host.port}`]) {
      expect((await send('/', { headers: { host: name } })).status, name).toBe(200)
    }
  })
})

describe('a foreign Origin (another site’s page calling the API) is refused', () => {
  const origins = [
    'http://evil.example',
    'null',
    'https://127.0.0.1:{port}',
    'http://127.0.0.1:{other-port}',
    'http://127.0.0.1:{port}.evil.example',
    'http://localhost:{port}/',
    'file://',
    'chrome-extension://abcdefghijklmnop',
    'http://evil.example:{port}',
    ''
  ]

  it.each(origins)('Origin "%s"', async (template) => {
    const origin = fill(template)
    const call = await postJson('settings:update', '{"theme":"dark"}', { origin })
    expect(call.status, origin).toBe(403)
    await expectHarmless(call)
  })

  it('while the host’s own origin may call it', async () => {
    const own = await postJson('settings:get', '{}', { origin: `http://127.0.0.1:${host.port}` })
    expect(own.status).toBe(200)
  })
})

describe('binding anything but loopback is refused', () => {
  const lan = Object.values(networkInterfaces())
    .flat()
    .find((address) => address && !address.internal)?.address
  const addresses = ['0.0.0.0', '::', '', '192.168.1.10', '10.0.0.1', 'example.com', '127.0.0.1.nip.io']
  if (lan) addresses.push(lan)

  it.each(addresses)('refuses to listen on "%s"', async (hostname) => {
    await expect(startWebHost({ services, rendererDir, port: 0, hostname })).rejects.toThrow(/loopback/)
  })
})

describe('bodies that are too large or malformed are refused', () => {
  const oversized = Buffer.alloc(REQUEST_MAX_BYTES + 1, 0x20)
  const cases: [string, () => Promise<Reply>, number][] = [
    ['a body over the limit', () => postJson('settings:update', oversized), 413],
    [
      'a body over the limit sent in chunks, with no length declared',
      () =>
        postJson('settings:update', oversized, {
          'transfer-encoding': 'chunked'
        }),
      413
    ],
    [
      'a declared length over the limit',
      () =>
        send('/api/settings:update', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-length': String(REQUEST_MAX_BYTES + 1) },
          body: '{}'
        }),
      413
    ],
    ['JSON cut short', () => postJson('settings:update', '{"theme":"da'), 400],
    ['not JSON', () => postJson('settings:update', 'theme=dark'), 400],
    ['an empty body', () => postJson('settings:update', ''), 400],
    ['bytes that are not UTF-8', () => postJson('settings:update', Buffer.from([0xff, 0xfe, 0x7b])), 400],
    ['JSON null', () => postJson('settings:update', 'null'), 400],
    ['a JSON array', () => postJson('settings:update', '[{"theme":"dark"}]'), 400],
    [
      'a __proto__ key (prototype pollution)',
      () => postJson('settings:update', '{"__proto__":{"theme":"dark","polluted":true}}'),
      400
    ],
    [
      'a constructor.prototype key',
      () => postJson('settings:update', '{"constructor":{"prototype":{"polluted":true}}}'),
      400
    ],
    [
      'a form post (text/plain, as another page could send without asking)',
      () =>
        send('/api/settings:update', {
          method: 'POST',
          headers: { 'content-type': 'text/plain' },
          body: '{"theme":"dark"}'
        }),
      415
    ],
    [
      'a form post (urlencoded)',
      () =>
        send('/api/settings:update', {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: 'theme=dark'
        }),
      415
    ],
    ['no content type', () => send('/api/settings:update', { method: 'POST', body: '{"theme":"dark"}' }), 415]
  ]

  it.each(cases)('%s', async (_what, call, status) => {
    const reply = await call()
    expect(reply.status).toBe(status)
    if (reply.body.startsWith('{')) {
      expect(JSON.parse(reply.body)).toEqual({
        ok: false,
        error: { code: 'invalid-input', message: expect.any(String) }
      })
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    await expectHarmless(reply)
  })
})

describe('every method refuses a body over its own limit in the contract', () => {
  const withDefaultLimit = methodNames.filter((name) => api[name].maxRequestBytes === REQUEST_MAX_BYTES)
  const oversized = Buffer.alloc(REQUEST_MAX_BYTES + 1, 0x20)

  it('all but the methods that carry a whole file keep the default limit', () => {
    expect(methodNames.filter((name) => !withDefaultLimit.includes(name)).sort()).toEqual([
      'annotations:import',
      'backup:restore'
    ])
  })

  it.each(withDefaultLimit)('%s refuses a body one byte over the default limit', async (name) => {
    const reply = await postJson(name, oversized)
    expect(reply.status).toBe(413)
    await expectHarmless(reply)
  })

  it.each(methodNames)('%s refuses a declared length one byte over its limit', async (name) => {
    const reply = await send(`/api/${name}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'content-length': String(api[name].maxRequestBytes + 1)
      },
      body: '{}'
    })
    expect(reply.status).toBe(413)
    await expectHarmless(reply)
  })
})

describe('unknown methods and wrong verbs are refused', () => {
  const unknown = [
    'files:delete',
    'settings:delete',
    'Settings:get',
    'constructor',
    '__proto__',
    'toString',
    'hasOwnProperty',
    '',
    'settings:get/extra',
    'settings%3Aget',
    '../settings:get'
  ]

  it.each(unknown)('answers 404 unknown-method for /api/%s', async (name) => {
    const reply = await postJson(name, '{}')
    expect(reply.status).toBe(404)
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'unknown-method' } })
    await expectHarmless(reply)
  })

  const verbs: [string, string][] = [
    ['GET', '/api/settings:update'],
    ['PUT', '/api/settings:update'],
    ['DELETE', '/api/settings:update'],
    ['PATCH', '/api/settings:update'],
    ['OPTIONS', '/api/settings:update'],
    ['POST', '/'],
    ['PUT', '/index.html'],
    ['DELETE', '/assets/app.js'],
    ['PATCH', '/bridge.js'],
    ['OPTIONS', '/']
  ]

  it.each(verbs)('answers 405 to %s %s', async (method, path) => {
    const body = '{"theme":"dark"}'
    // The length is declared: Node's client sends a GET's body unframed otherwise.
    const reply = await send(path, {
      method,
      headers: { 'content-type': 'application/json', 'content-length': String(body.length) },
      body
    })
    expect(reply.status).toBe(405)
    await expectHarmless(reply)
  })
})

describe('static paths that would leave the renderer folder are refused', () => {
  it.each(TRAVERSAL_PATHS)('%s', async (template) => {
    const path = fill(template)
    const reply = await send(path)
    expect(reply.status, path).toBeGreaterThanOrEqual(400)
    expect(reply.status, path).toBeLessThan(500)
    expect(reply.body, path).not.toContain('schemaVersion')
    await expectHarmless(reply)
  })

  it('and an absolute-form request for another site', async () => {
    const reply = await sendRaw(
      `GET http://evil.example/../secret.txt HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\nConnection: close\r\n\r\n`
    )
    expect(reply).toMatch(/^HTTP\/1\.1 4\d\d/)
    await expectHarmless(reply)
  })

  it('while files inside it are served', async () => {
    expect((await send('/assets/app.js')).status).toBe(200)
  })
})

describe('a request without the launch secret is refused, though its Host and Origin are right', () => {
  const own = (): Record<string, string> => ({ origin: `http://127.0.0.1:${host.port}` })
  const token = (): string => new URL(host.launchUrl).searchParams.get('token')!
  // What another account's process on this computer can send: everything but the secret.
  const cookies: [string, () => string][] = [
    ['no cookie', () => ''],
    ['a wrong secret', () => `debrief-${host.port}=${'x'.repeat(token().length)}`],
    ['a secret one character short', () => `debrief-${host.port}=${token().slice(0, -1)}`],
    ['the secret under another port’s cookie name', () => `debrief-${host.port + 1}=${token()}`],
    ['an empty secret', () => `debrief-${host.port}=`]
  ]
  const requests: [string, (cookie: string) => Promise<Reply>][] = [
    ['a write', (cookie) => postJson('settings:update', '{"theme":"dark"}', { ...own(), cookie })],
    [
      'a note',
      (cookie) => postJson('pagenotes:write', '{"target":"article","note":"in"}', { ...own(), cookie })
    ],
    ['an export of everything', (cookie) => postJson('backup:export', '{}', { ...own(), cookie })],
    ['the page', (cookie) => send('/', { headers: { cookie } })],
    ['the bridge script', (cookie) => send('/bridge.js', { headers: { cookie } })],
    ['a static file', (cookie) => send('/assets/app.js', { headers: { cookie } })],
    ['the event stream', (cookie) => send('/events', { headers: { cookie } })],
    [
      'a write with the secret as ?token= (only the first page load may carry it)',
      () => postJson(`settings:update?token=${token()}`, '{"theme":"dark"}', { ...own(), cookie: '' })
    ]
  ]

  for (const [what, request] of requests) {
    it.each(cookies)(`${what}, with %s`, async (_how, cookie) => {
      const reply = await request(cookie())
      expect(reply.status).toBe(403)
      expect(reply.body).not.toContain('schemaVersion')
      await expectHarmless(reply)
    })
  }

  it('while the page with the right ?token= sets the cookie and moves to the clean address', async () => {
    const reply = await send(`/?token=${token()}`, { headers: { cookie: '' } })
    expect(reply.status).toBe(303)
    expect(reply.headers.location).toBe('/')
    expect(reply.headers['set-cookie']).toEqual([
      `debrief-${host.port}=${token()}; HttpOnly; SameSite=Strict; Path=/`
    ])
    await expectHarmless(reply)
  })

  it('and a wrong ?token= sets nothing', async () => {
    const reply = await send(`/?token=${'x'.repeat(token().length)}`, { headers: { cookie: '' } })
    expect(reply.status).toBe(403)
    expect(reply.headers['set-cookie']).toBeUndefined()
  })

  it('and the secret appears in no page, script or answer the host sends once the cookie is set', async () => {
    for (const reply of [
      await send('/'),
      await send('/index.html'),
      await send('/bridge.js'),
      await postJson('store:info', '{}'),
      await postJson('backup:export', '{}')
    ]) {
      expect(reply.status).toBe(200)
      expect(reply.body).not.toContain(token())
    }
  })
})
