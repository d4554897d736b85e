/**
 * Electron's app: protocol, driven as Electron drives it (a Request in, a Response out): the page
 * comes with the first screen drawn in, exactly as the browser host builds it; the renderer's files
 * are served; and every path that would leave the renderer folder, every other host and every verb
 * but GET and HEAD is refused, by the same table of cases the browser host runs.
 */
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '@shared/csp'
import {
  createTraversalFixture,
  fillTraversalPath,
  SECRET,
  TRAVERSAL_PATHS
} from '../test-util/path-traversal'
import { inlineStylesheets, pageWithFirstScreen } from '../web/first-screen'
import { APP_SCHEME_PRIVILEGES, APP_URL } from './app-origin'
import {
  createAppRequestHandler,
  registerAppScheme,
  serveAppProtocol,
  type AppRequestHandler
} from './app-protocol'
import { openServices, type Services } from './open-services'

let dir: string
let rendererDir: string
let services: Services
let handle: AppRequestHandler
let storeBefore: Buffer

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'debrief-protocol-'))
  rendererDir = await createTraversalFixture(dir)
  // The renderer's real page and a stylesheet, so the page is the one Electron would send.
  await copyFile('src/renderer/index.html', join(rendererDir, 'index.html'))
  await writeFile(
    join(rendererDir, 'index.html'),
    (await readFile(join(rendererDir, 'index.html'), 'utf8')).replace(
      '</head>',
      '<link rel="stylesheet" crossorigin href="./assets/app.css"></head>'
    )
  )
  await writeFile(join(rendererDir, 'assets', 'app.css'), 'p { margin: 0 }')
  services = await openServices({ dataDir: join(dir, 'data'), contentDir: 'resources/content' })
  await services.store.update((data) => {
    data.settings.theme = 'sepia'
  })
  await services.store.flush()
  storeBefore = await readFile(services.store.info.file)
  handle = await createAppRequestHandler({ rendererDir, handlers: services.handlers })
})

afterAll(async () => {
  await services.store.flush()
  await rm(dir, { recursive: true, force: true })
})

const get = (url: string, method = 'GET'): Promise<Response> => handle(new Request(url, { method }))

describe('the page at app://debrief/', () => {
  it('is the page the browser host builds: the article drawn in, in the saved theme, stylesheet inline', async () => {
    const response = await get(APP_URL)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    const page = await response.text()
    const template = await inlineStylesheets(
      await readFile(join(rendererDir, 'index.html'), 'utf8'),
      rendererDir
    )
    expect(page).toBe(await pageWithFirstScreen(template, services.handlers))
    expect(page).toMatch(/<html lang="en"[^>]* data-theme="sepia"/)
    expect(page).toContain('<style>p { margin: 0 }</style>')
    for (const paragraph of services.store.data.content.article.sections.flatMap((s) => s.paragraphs)) {
      expect(page).toContain(`id="${paragraph.id}"`)
    }
  })

  it('is drawn afresh for each request, so a reload shows what changed since', async () => {
    await services.handlers['settings:update']({ theme: 'dark' })
    expect(await (await get(`${APP_URL}index.html`)).text()).toMatch(/data-theme="dark"/)
    await services.handlers['settings:update']({ theme: 'sepia' })
    await services.store.flush()
    storeBefore = await readFile(services.store.info.file)
  })

  it('carries the app’s policy and headers, as the browser host sends them', async () => {
    const response = await get(APP_URL)
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('cache-control')).toBe('no-store')
  })

  it('answers HEAD with the headers alone', async () => {
    const response = await get(APP_URL, 'HEAD')
    expect(response.status).toBe(200)
    expect(await response.text()).toBe('')
  })
})

describe('the renderer’s files', () => {
  it('are served with their type', async () => {
    const response = await get(`${APP_URL}assets/app.js`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(await response.text()).toBe('export {}')
  })

  it('are not found when missing', async () => {
    expect((await get(`${APP_URL}assets/missing.js`)).status).toBe(404)
  })
})

/** The refusal leaked nothing from outside the renderer folder and changed nothing on disk. */
async function expectHarmless(response: Response): Promise<void> {
  const body = await response.text()
  expect(body).not.toContain(SECRET)
  expect(body).not.toContain('schemaVersion')
  await services.store.flush()
  expect((await readFile(services.store.info.file)).equals(storeBefore)).toBe(true)
}

describe('paths that would leave the renderer folder are refused, as by the browser host', () => {
  it.each(TRAVERSAL_PATHS)('%s', async (template) => {
    const url = `app://debrief${fillTraversalPath(template, dir)}`
    const response = await get(url)
    expect(response.status, url).toBeGreaterThanOrEqual(400)
    expect(response.status, url).toBeLessThan(500)
    await expectHarmless(response)
  })
})

describe('other hosts and verbs are refused', () => {
  it.each([
    'app://evil/secret.txt',
    'app://debrief.evil/',
    'app://evil.debrief/index.html',
    'app://debrief:8080/',
    'https://debrief/'
  ])('%s', async (url) => {
    const response = await get(url)
    expect(response.status).toBe(404)
    await expectHarmless(response)
  })

  it.each(['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'])('%s', async (method) => {
    const response = await get(APP_URL, method)
    expect(response.status).toBe(405)
    await expectHarmless(response)
  })
})

describe('the Electron glue', () => {
  it('registers app: as standard and secure, and nothing that loosens the page’s rules', () => {
    const registered: unknown[] = []
    registerAppScheme({ registerSchemesAsPrivileged: (schemes) => registered.push(...schemes) })
    expect(registered).toEqual([APP_SCHEME_PRIVILEGES])
    expect(APP_SCHEME_PRIVILEGES).toEqual({
      scheme: 'app',
      privileges: { standard: true, secure: true, codeCache: true }
    })
  })

  it('serves the scheme with the handler', () => {
    const served: [string, unknown][] = []
    serveAppProtocol({ handle: (scheme, handler) => served.push([scheme, handler]) }, handle)
    expect(served).toEqual([['app', handle]])
  })
})
