import { createHash } from 'node:crypto'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it, vi } from 'vitest'
import type { Session, WebContents } from 'electron'
import { CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_META } from '@shared/csp'
import { RESUME_SCRIPT, RESUME_SCRIPT_HASH } from '@shared/resume-script'
import {
  contentSecurityPolicy,
  isAllowedRequest,
  isAppUrl,
  isSafeExternalUrl,
  secureSession,
  secureWebContents,
  withContentSecurityPolicy,
  type AppLocation
} from './security'

// security.ts needs only Electron's types; the double keeps the real package (and its download) out.
vi.mock('electron', () => ({}))

const rendererDir = join('/opt', 'debrief', 'out', 'renderer')
const built: AppLocation = { devServerUrl: null }
const dev: AppLocation = { devServerUrl: 'http://localhost:5173/' }
const indexUrl = 'app://debrief/'

describe('isAppUrl', () => {
  it('accepts the app: origin, with or without a path or fragment', () => {
    expect(isAppUrl(indexUrl, built)).toBe(true)
    expect(isAppUrl(`${indexUrl}#/notes`, built)).toBe(true)
    expect(isAppUrl('app://debrief/assets/index.js', built)).toBe(true)
    expect(isAppUrl(indexUrl, dev)).toBe(true)
  })

  it('refuses every file:// page, the built renderer’s own included', () => {
    expect(isAppUrl(pathToFileURL(join(rendererDir, 'index.html')).href, built)).toBe(false)
    expect(isAppUrl(pathToFileURL('/etc/passwd').href, built)).toBe(false)
    expect(isAppUrl(`file://${rendererDir}/../../secret.txt`, built)).toBe(false)
  })

  it('refuses other hosts, ports and credentials under app:', () => {
    for (const url of [
      'app://evil/',
      'app://debrief.evil/',
      'app://evil.debrief/',
      'app://debrief:1/',
      'app://user@debrief/',
      'app://:secret@debrief/',
      'app:debrief',
      'app:///debrief/'
    ]) {
      expect(isAppUrl(url, built), url).toBe(false)
    }
  })

  it('accepts the dev server only when there is one, and only its origin', () => {
    expect(isAppUrl('http://localhost:5173/', dev)).toBe(true)
    expect(isAppUrl('http://localhost:5173/src/main.ts', dev)).toBe(true)
    expect(isAppUrl('http://localhost:5173/', built)).toBe(false)
    expect(isAppUrl('http://localhost:5174/', dev)).toBe(false)
    expect(isAppUrl('https://localhost:5173/', dev)).toBe(false)
  })

  it('refuses remote, script and malformed URLs', () => {
    for (const url of ['https://example.com', 'javascript:alert(1)', 'data:text/html,hi', 'not a url', '']) {
      expect(isAppUrl(url, dev)).toBe(false)
    }
  })
})

describe('isSafeExternalUrl', () => {
  it('accepts http and https links', () => {
    expect(isSafeExternalUrl('https://apnews.com/article/x')).toBe(true)
    expect(isSafeExternalUrl('http://example.com')).toBe(true)
  })

  it('refuses every other scheme and anything malformed', () => {
    for (const url of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'data:text/html,<script>alert(1)</script>',
      'smb://server/share',
      'ms-msdt:/id',
      'https//missing-colon',
      'not a url',
      ''
    ]) {
      expect(isSafeExternalUrl(url), url).toBe(false)
    }
  })
})

describe('isAllowedRequest', () => {
  it('lets the app load its own files, data: images and the developer tools', () => {
    expect(isAllowedRequest(indexUrl, built)).toBe(true)
    expect(isAllowedRequest('data:image/png;base64,AAAA', built)).toBe(true)
    expect(isAllowedRequest('devtools://devtools/bundled/devtools_app.html', built)).toBe(true)
  })

  it('lets the page save a file it built in memory (a blob: URL), as the flashcard export does', () => {
    expect(isAllowedRequest('blob:app://debrief/5b1f0c5e-3f3a-4c1e-9a37-0c2b6f1d2e4a', built)).toBe(true)
    expect(isAllowedRequest('blob:http://localhost:5173/5b1f0c5e-3f3a-4c1e-9a37-0c2b6f1d2e4a', dev)).toBe(
      true
    )
  })

  it('refuses blobs of any other origin', () => {
    for (const url of [
      'blob:null/5b1f0c5e-3f3a-4c1e-9a37-0c2b6f1d2e4a',
      'blob:https://example.com/5b1f0c5e',
      'blob:app://evil/5b1f0c5e',
      'blob:'
    ]) {
      expect(isAllowedRequest(url, built), url).toBe(false)
    }
  })

  it('never lets a request leave the machine', () => {
    for (const url of [
      'https://example.com/x.js',
      'http://127.0.0.1:8080/',
      'wss://example.com/',
      'ftp://x/'
    ]) {
      expect(isAllowedRequest(url, built), url).toBe(false)
      expect(isAllowedRequest(url, dev), url).toBe(false)
    }
    expect(isAllowedRequest(pathToFileURL('/etc/passwd').href, built)).toBe(false)
    expect(isAllowedRequest(pathToFileURL(join(rendererDir, 'index.html')).href, built)).toBe(false)
    expect(isAllowedRequest('app://evil/x.js', built)).toBe(false)
  })

  it('lets the dev server and its hot-reload socket through, in development only', () => {
    expect(isAllowedRequest('http://localhost:5173/@vite/client', dev)).toBe(true)
    expect(isAllowedRequest('ws://localhost:5173/', dev)).toBe(true)
    expect(isAllowedRequest('ws://localhost:5173/', built)).toBe(false)
    expect(isAllowedRequest('ws://evil.example:5173/', dev)).toBe(false)
  })
})

describe('content security policy', () => {
  it('is strict in a built app', () => {
    expect(contentSecurityPolicy(null)).toBe(CONTENT_SECURITY_POLICY)
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'")
    expect(CONTENT_SECURITY_POLICY).toContain(`script-src 'self' ${RESUME_SCRIPT_HASH};`)
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'")
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:|\*/)
  })

  it("lets one inline script run, the returning reader's positioning, named by the hash of its exact text", () => {
    const hash = `'sha256-${createHash('sha256').update(RESUME_SCRIPT).digest('base64')}'`
    expect(RESUME_SCRIPT_HASH).toBe(hash)
    for (const policy of [CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_META]) {
      expect(policy.split('; ').find((d) => d.startsWith('script-src'))).toBe(`script-src 'self' ${hash}`)
    }
  })

  it('only adds the hot-reload socket under the dev server', () => {
    const policy = contentSecurityPolicy('http://localhost:5173/')
    expect(policy).toContain("connect-src 'self' ws://localhost:5173;")
    expect(policy.replace(' ws://localhost:5173', '')).toBe(CONTENT_SECURITY_POLICY)
  })

  it("replaces a server's own policy whatever its casing, keeping other headers", () => {
    const headers = withContentSecurityPolicy(
      { 'content-security-policy': ['default-src *'], 'Content-Type': ['text/html'] },
      CONTENT_SECURITY_POLICY
    )
    expect(headers).toEqual({
      'Content-Type': ['text/html'],
      'Content-Security-Policy': [CONTENT_SECURITY_POLICY]
    })
  })
})

/** A session double that records the handlers installed on it. */
function fakeSession() {
  const installed = {
    permissionRequest: undefined as undefined | ((...args: unknown[]) => void),
    permissionCheck: undefined as undefined | ((...args: unknown[]) => boolean),
    beforeRequest: undefined as undefined | ((details: { url: string }, cb: (r: unknown) => void) => void),
    headersReceived: undefined as
      | undefined
      | ((
          details: { url: string; responseHeaders?: Record<string, string[]> },
          cb: (r: unknown) => void
        ) => void)
  }
  const session = {
    setPermissionRequestHandler: (handler: never) => (installed.permissionRequest = handler),
    setPermissionCheckHandler: (handler: never) => (installed.permissionCheck = handler),
    webRequest: {
      onBeforeRequest: (handler: never) => (installed.beforeRequest = handler),
      onHeadersReceived: (handler: never) => (installed.headersReceived = handler)
    }
  }
  return { session: session as unknown as Session, installed }
}

describe('secureSession', () => {
  it('denies every permission request and check', () => {
    const { session, installed } = fakeSession()
    secureSession(session, built)
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read']) {
      const callback = vi.fn()
      installed.permissionRequest?.({}, permission, callback, {})
      expect(callback).toHaveBeenCalledWith(false)
      expect(installed.permissionCheck?.({}, permission, 'file://', {})).toBe(false)
    }
  })

  it('cancels remote requests and lets local ones through', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    const { session, installed } = fakeSession()
    secureSession(session, built)
    const callback = vi.fn()
    installed.beforeRequest?.({ url: 'https://example.com/tracker.gif' }, callback)
    installed.beforeRequest?.({ url: indexUrl }, callback)
    expect(callback.mock.calls).toEqual([[{ cancel: true }], [{ cancel: false }]])
  })

  it('adds the strict policy to every response', () => {
    const { session, installed } = fakeSession()
    secureSession(session, built)
    const callback = vi.fn()
    installed.headersReceived?.({ url: indexUrl, responseHeaders: { 'X-Other': ['1'] } }, callback)
    installed.headersReceived?.({ url: indexUrl }, callback)
    expect(callback.mock.calls).toEqual([
      [{ responseHeaders: { 'X-Other': ['1'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } }],
      [{ responseHeaders: { 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } }]
    ])
  })
})

/** A web contents double: records its listeners and window-open handler. */
function fakeContents() {
  const listeners = new Map<string, (event: unknown) => void>()
  let openHandler: ((details: { url: string }) => { action: string }) | undefined
  const contents = {
    on: (name: string, listener: (event: unknown) => void) => listeners.set(name, listener),
    setWindowOpenHandler: (handler: typeof openHandler) => (openHandler = handler)
  }
  const navigate = (name: string, url: string): boolean => {
    const event = { url, preventDefault: vi.fn() }
    listeners.get(name)?.(event)
    return event.preventDefault.mock.calls.length > 0
  }
  return {
    contents: contents as unknown as WebContents,
    listeners,
    navigate,
    open: (url: string) => openHandler?.({ url })
  }
}

describe('secureWebContents', () => {
  it('stops navigation and redirects away from the app', () => {
    const fake = fakeContents()
    secureWebContents(fake.contents, built, vi.fn())
    for (const name of ['will-navigate', 'will-redirect']) {
      expect(fake.navigate(name, 'https://example.com'), name).toBe(true)
      expect(fake.navigate(name, 'file:///etc/passwd'), name).toBe(true)
      expect(fake.navigate(name, 'javascript:alert(1)'), name).toBe(true)
      expect(fake.navigate(name, `${indexUrl}#/timeline`), name).toBe(false)
    }
  })

  it('allows navigation within the dev server in development', () => {
    const fake = fakeContents()
    secureWebContents(fake.contents, dev, vi.fn())
    expect(fake.navigate('will-navigate', 'http://localhost:5173/')).toBe(false)
    expect(fake.navigate('will-navigate', 'http://example.com:5173/')).toBe(true)
  })

  it('refuses to attach a <webview>', () => {
    const fake = fakeContents()
    secureWebContents(fake.contents, built, vi.fn())
    const event = { preventDefault: vi.fn() }
    fake.listeners.get('will-attach-webview')?.(event)
    expect(event.preventDefault).toHaveBeenCalled()
  })

  it('never opens a window, and hands only http(s) links to the browser', () => {
    const openExternal = vi.fn(() => Promise.resolve())
    const fake = fakeContents()
    secureWebContents(fake.contents, built, openExternal)
    const urls = [
      'https://apnews.com/article/x',
      'http://example.com/',
      'javascript:alert(1)',
      'file:///etc/passwd',
      'data:text/html,hi',
      'not a url',
      indexUrl
    ]
    for (const url of urls) expect(fake.open(url), url).toEqual({ action: 'deny' })
    expect(openExternal.mock.calls).toEqual([['https://apnews.com/article/x'], ['http://example.com/']])
  })

  it('reports, rather than throws, a link the system cannot open', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const fake = fakeContents()
    secureWebContents(fake.contents, built, () => Promise.reject(new Error('no browser')))
    expect(fake.open('https://example.com')).toEqual({ action: 'deny' })
    await vi.waitFor(() => expect(error).toHaveBeenCalled())
  })
})
